import { bearer } from '../../lib/download';

/** One error as the platform's file routes report it. */
export interface FileRouteError {
  code: string;
  message: string;
  field?: string;
}

/** The largest map file the platform accepts. */
export const MAX_MAP_FILE_BYTES = 2 * 1024 * 1024;

/** Sends a district's map (GeoJSON text) to the platform; resolves with the error it refused it for, if any. */
export async function uploadDistrictMap(
  districtId: string,
  geojson: string,
  options: { approximate: boolean; source?: string },
): Promise<FileRouteError | undefined> {
  const query = new URLSearchParams({ approximate: String(options.approximate) });
  if (options.source) query.set('source', options.source);
  const response = await fetch(`/maps/${encodeURIComponent(districtId)}/boundary?${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/geo+json', ...bearer() },
    body: geojson,
  });
  if (response.ok) return undefined;
  const body = (await response.json().catch(() => ({}))) as { error?: FileRouteError };
  return body.error ?? { code: response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR', message: '' };
}

/** Downloads a file the platform serves to signed-in users, and saves it under `filename`. */
export async function downloadWithLogin(path: string, filename: string): Promise<FileRouteError | undefined> {
  const response = await fetch(path, { headers: bearer() });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: FileRouteError };
    return body.error ?? { code: 'INTERNAL_SERVER_ERROR', message: '' };
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  URL.revokeObjectURL(url);
  return undefined;
}

/** The same file read as JSON, for the app to show what it holds. */
export async function fetchWithLogin<T>(path: string): Promise<T | FileRouteError> {
  const response = await fetch(path, { headers: bearer() });
  const body = (await response.json().catch(() => ({}))) as T & { error?: FileRouteError };
  return response.ok ? body : (body.error ?? { code: 'INTERNAL_SERVER_ERROR', message: '' });
}
