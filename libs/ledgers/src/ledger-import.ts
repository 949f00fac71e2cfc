import { conflict } from '@tuijin/domain-kernel';
import type { CommandMessage, CommandMetadata } from '@tuijin/application';
import { checkLedger, type LedgerCheck, type LedgerDeps, type LedgerFile } from './ledger-check';
import type { LedgerKind } from './ledger-kind';

/** What an import did: nothing (the check found problems, or nothing differs), or the whole file. */
export interface LedgerImportResult {
  imported: boolean;
  /** `<districtId>/<number>` in the district's book of imports, once imported. */
  importId: string | null;
  registered: number;
  changed: number;
  /** The log position to wait for before reading what it wrote (0 when nothing was). */
  position: number;
  check: LedgerCheck;
}

/**
 * Imports a ledger: checks it again (the district may have changed since the person
 * looked at the report), and only when no row has a problem writes every row's commands and the
 * import's own record as one batch: all of it is in the log, or none of it. Every event it writes
 * names the file. A ledger that changes nothing writes nothing, so importing a file twice changes
 * nothing the second time.
 */
export async function importLedger<K extends string>(
  kind: LedgerKind<K>,
  file: LedgerFile,
  districtId: string,
  metadata: CommandMetadata,
  deps: LedgerDeps,
  checkedDigest?: string,
): Promise<LedgerImportResult> {
  const nothing = (check: LedgerCheck): LedgerImportResult => ({
    imported: false,
    importId: null,
    registered: 0,
    changed: 0,
    position: 0,
    check,
  });
  const { check, rows } = await checkLedger(kind, file, districtId, metadata, deps);
  if (checkedDigest !== undefined && checkedDigest !== check.digest)
    throw conflict('the file differs from the one that was checked: check it again before importing', 'digest');
  const planned = rows.filter((row) => row.messages.length > 0);
  if (check.issues.length > 0 || planned.length === 0) return nothing(check);
  const { name: ledger } = kind.ledger;
  const importedFrom = { ledger, fileName: file.name, digest: check.digest };
  const importer: CommandMetadata = { ...metadata, actor: { ...metadata.actor, importedFrom } };
  const registered = planned.filter((row) => row.isNew).map((row) => row.id);
  const changed = planned.filter((row) => !row.isNew).map((row) => row.id);
  const record: CommandMessage = {
    type: 'RecordLedgerImport',
    data: {
      districtId,
      ledger,
      fileName: file.name,
      digest: check.digest,
      rowCount: check.rowCount,
      registered,
      changed,
    },
    metadata: importer,
  };
  const messages = [...planned.flatMap((row) => row.messages.map((m) => ({ ...m, metadata: importer }))), record];
  const outcome = await deps.commands.handleAll(messages as CommandMessage[]);
  // refused now though it passed the check: the district changed in between; the report says how
  if (!outcome.written) return nothing((await checkLedger(kind, file, districtId, metadata, deps)).check);
  const last = outcome.outcomes[outcome.outcomes.length - 1];
  return {
    imported: true,
    importId: last.ok ? last.id : null,
    registered: registered.length,
    changed: changed.length,
    position: outcome.position,
    check,
  };
}
