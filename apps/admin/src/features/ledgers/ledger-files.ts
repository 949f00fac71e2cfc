import { bearer, downloadFile } from '../../lib/download';
import type { FileRouteError } from '../map/map-files';
import type { LedgerCheck, LedgerImportResult } from './ledger-report';

/** The largest ledger file the platform accepts (its `MAX_LEDGER_UPLOAD`). */
export const MAX_LEDGER_FILE_BYTES = 20 * 1024 * 1024;

/** What the platform answered to a ledger sent to it. */
export type LedgerAnswer<T> =
  | { ok: true; body: T }
  /** Refused; `check` is the report when the refusal is the file's problems (422). */
  | { ok: false; error: FileRouteError; check?: LedgerCheck };

/**
 * The ledgers a district imports: its projects (重点项目台账), a month's reports (月报台账), its
 * problems (问题台账), responsible units (责任单位台账) and user accounts (账号台账).
 */
export const LEDGERS = ['projects', 'reports', 'problems', 'units', 'users'] as const;
export type LedgerName = (typeof LEDGERS)[number];

const ledgerPath = (districtId: string, ledger: LedgerName) =>
  `/files/ledgers/${encodeURIComponent(districtId)}/${ledger}`;

/** The ledger's template to fill in. */
export const templatePath = (districtId: string, ledger: LedgerName): string =>
  `${ledgerPath(districtId, ledger)}-template.xlsx`;

/** The district's projects ledger as it stands, to edit in Excel and import back. */
export const projectsLedgerPath = (districtId: string): string => `${ledgerPath(districtId, 'projects')}.xlsx`;

async function send<T>(path: string, bytes: ArrayBuffer): Promise<LedgerAnswer<T>> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...bearer() },
    body: bytes,
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: FileRouteError; check?: LedgerCheck };
  if (response.ok) return { ok: true, body };
  const error = body.error ?? {
    code: response.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'INTERNAL_SERVER_ERROR',
    message: '',
  };
  return { ok: false, error, ...(body.check ? { check: body.check } : {}) };
}

/** The dry run of an import: every problem by row and column, and what each row would change. Writes nothing. */
export function checkLedger(
  districtId: string,
  ledger: LedgerName,
  fileName: string,
  bytes: ArrayBuffer,
): Promise<LedgerAnswer<LedgerCheck>> {
  const query = new URLSearchParams({ fileName });
  return send(`${ledgerPath(districtId, ledger)}/check?${query}`, bytes);
}

/** Imports the file that was checked (named by its digest), all of it or nothing. */
export function importLedger(
  districtId: string,
  ledger: LedgerName,
  fileName: string,
  digest: string,
  bytes: ArrayBuffer,
): Promise<LedgerAnswer<LedgerImportResult>> {
  const query = new URLSearchParams({ fileName, digest });
  return send(`${ledgerPath(districtId, ledger)}/import?${query}`, bytes);
}

/** The rows at fault of a file, each with its problems, as a workbook to fix them in (writes nothing). */
export function downloadIssueRows(districtId: string, ledger: LedgerName, fileName: string, bytes: ArrayBuffer) {
  const query = new URLSearchParams({ fileName, format: 'xlsx' });
  return downloadFile(`${ledgerPath(districtId, ledger)}/check?${query}`, 'issues.xlsx', {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: bytes,
  });
}
