import type { BulletinKind } from '@tuijin/domain-bulletins';
import { kindText, periodText } from './bulletin-text';

/** "铜梁区重点项目通报-2025年7月-第7期.pdf": what the browser saves a download as. */
export function bulletinFileName(
  districtName: string,
  kind: BulletinKind,
  period: string,
  number: number | undefined,
  extension: 'pdf' | 'xlsx',
): string {
  const issue = number === undefined ? `${kindText(kind)}预览` : `第${number}期`;
  return `${districtName}重点项目通报-${periodText(kind, period)}-${issue}.${extension}`;
}

/** Content-Disposition for a Chinese file name: an ASCII fallback and the UTF-8 name (RFC 5987/6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
