import { invalid } from '@tuijin/domain-kernel';

/**
 * A group robot's webhook (企业微信 / 钉钉群机器人): http or https only, and no user name or
 * password in it. Its query string usually holds the robot's key, so it is shown masked.
 */
export function requireWebhookUrl(field: string, value: unknown): string {
  let url: URL;
  try {
    url = new URL(String(value).trim());
  } catch {
    throw invalid(field, `${field} must be a web address starting with http:// or https://`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw invalid(field, `${field} must start with http:// or https://`);
  if (url.username || url.password) throw invalid(field, `${field} must not contain a user name or password`);
  if (url.href.length > 1000) throw invalid(field, `${field} must be at most 1000 characters`);
  return url.href;
}

/** The address without its secret parts (query and fragment), for screens and logs. */
export function maskWebhookUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search ? '?…' : ''}`;
}
