import { formatDate } from './format';
import { fieldLabelKey, type MessageRef, type ParamValue, type UserMessage } from './api-error';
import type { Locale } from './locale';

/** The parts of i18next this module needs, so that it stays testable without React. */
export interface Translator {
  (key: string, options?: Record<string, unknown>): string;
}

const isRef = (value: ParamValue): value is MessageRef => typeof value === 'object' && !Array.isArray(value);

/** Translates a message, translating nested messages among its parameters first. */
export function refText(ref: MessageRef, t: Translator, locale: Locale): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(ref.params ?? {})) {
    if (Array.isArray(value)) params[name] = value.map((item) => refText(item, t, locale)).join(t('common.listSeparator'));
    else if (isRef(value)) params[name] = refText(value, t, locale);
    // Parameters named `date` are business dates, written the reader's way.
    else params[name] = name === 'date' && typeof value === 'string' ? formatDate(value, locale) : value;
  }
  return t(ref.key, params);
}

/** The label of an input field, or a neutral word when the app has none for it. */
export function fieldLabel(field: string, t: Translator, exists: (key: string) => boolean): string {
  const key = fieldLabelKey(field);
  return exists(key) ? t(key) : t('fields.unknown');
}

/** Just the reason ("不能为空"), for showing under a form field that already names itself. */
export function reasonText(message: UserMessage, t: Translator, locale: Locale): string {
  return refText(message.reason ?? message, t, locale);
}

/** The whole sentence, e.g. "本月完成投资：应为不小于 0 的金额（万元）". */
export function messageText(
  message: UserMessage,
  t: Translator,
  exists: (key: string) => boolean,
  locale: Locale,
): string {
  const field = message.field ? fieldLabel(message.field, t, exists) : '';
  const reason = message.reason ? refText(message.reason, t, locale) : '';
  return refText({ key: message.key, params: { ...message.params, field, reason } }, t, locale);
}
