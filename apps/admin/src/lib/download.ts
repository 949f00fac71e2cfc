import { readSession } from '../auth/session-store';

/** The file name a server gave in Content-Disposition: the UTF-8 name (RFC 5987) if there is one. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="([^"]+)"/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/** The signed-in user's token, as the platform's file routes ask for it. */
export function bearer(): Record<string, string> {
  const session = readSession();
  return session ? { authorization: `Bearer ${session.token}` } : {};
}

/** Why a download failed: the server's error code, for the screen to put in words. */
export class DownloadError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/** Downloads a file the platform serves to signed-in users (or makes from what is sent), and saves it under the server's name. */
export async function downloadFile(path: string, fallbackName: string, init: RequestInit = {}): Promise<void> {
  const response = await fetch(path, {
    ...init,
    headers: { ...(init.headers as Record<string, string>), ...bearer() },
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string } };
    throw new DownloadError(body.error?.code ?? `HTTP_${response.status}`);
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'), fallbackName);
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
