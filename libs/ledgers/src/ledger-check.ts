import { createHash } from 'crypto';
import type { CommandMessage, CommandMetadata, CommandRefusal, CommandType, Commands } from '@tuijin/application';
import type { ReadModelQueries } from '@tuijin/read-models';
import { describeRefusal, refusalWords } from '@tuijin/refusal-wording';
import { readLedger, type LedgerIssue, type LedgerRow, type ReadLedger } from './ledger';
import type { LedgerKind, PlannedCommand, RowPlan } from './ledger-kind';
import { readTables } from './table-file';

/** What a row of the ledger would do: create what it names (a project, unit, account, problem), change it, or nothing (it is as the file says). */
export interface LedgerRowReport {
  row: number;
  /** What the row is named by: a project's or unit's code, a username, a problem's project code and description. */
  key: string;
  isNew: boolean;
  changes: CommandType[];
}

/** The dry run of a ledger file: every problem by row and column, and what each row would change. */
export interface LedgerCheck {
  fileName: string;
  /** SHA-256 of the file, so an import names exactly the file that was checked. */
  digest: string;
  rowCount: number;
  issues: LedgerIssue[];
  rows: LedgerRowReport[];
}

/** A checked row's commands, as an import sends them. */
export interface CheckedRow {
  /** The aggregate the row makes or changes (a project's, unit's, account's or problem's id). */
  id: string;
  isNew: boolean;
  messages: CommandMessage[];
}

export interface LedgerFile {
  name: string;
  bytes: Uint8Array;
}

export interface LedgerDeps {
  queries: ReadModelQueries;
  commands: Commands;
}

/**
 * A refusal in Chinese, in the reason's words the app's forms use: the column's header stands
 * where a form names its field. The platform's own (English) message is never shown; one no
 * rule knows reads as the generic reason.
 */
function refusalText(error: CommandRefusal, header: string): string {
  const reason = describeRefusal(error);
  if (!reason) return error.code === 'NOT_FOUND' ? `“${header}”所指的对象不存在` : `“${header}”不能导入`;
  const words = refusalWords(reason, 'zh-CN');
  // a conflict is said as a whole sentence, as the app says it
  return error.code === 'CONFLICT' ? words : `“${header}”不符合规则：${words}`;
}

/** The column a refusal's field was read from: the kind's own mapping, the field's name, or the command's first column. */
function columnOf<K extends string>(kind: LedgerKind<K>, field: string | undefined, command: PlannedCommand<K>): K {
  const bare = field?.replace(/^changes\./, '') ?? '';
  const key = kind.fieldColumns[bare] ?? kind.ledger.columns.find((c) => c.key === bare)?.key;
  return key && command.columns.includes(key) ? key : command.columns[0];
}

/** Reads the file's sheets and keeps the one that reads best as this ledger (the first, on a tie). */
async function readSheet<K extends string>(
  kind: LedgerKind<K>,
  file: LedgerFile,
  districtId: string,
  deps: LedgerDeps,
) {
  const choices = await kind.choices(districtId, deps.queries);
  const reads = (await readTables(file.name, file.bytes)).map((table) => readLedger(kind.ledger, table, choices));
  const missingColumns = (read: ReadLedger<K>) => read.issues.filter((i) => i.message.startsWith('缺少必填列')).length;
  return reads.reduce((best, read) => (missingColumns(read) < missingColumns(best) ? read : best));
}

/**
 * The dry run of a ledger for a district: reads every row, turns each into the commands that
 * would make its project as the row says, and decides them all in order (each against the rows
 * before it) without writing anything. Answers the report, and each row's messages, as an
 * import of this very file sends them.
 */
export async function checkLedger<K extends string>(
  kind: LedgerKind<K>,
  file: LedgerFile,
  districtId: string,
  metadata: CommandMetadata,
  deps: LedgerDeps,
): Promise<{ check: LedgerCheck; rows: CheckedRow[]; read: LedgerRow<K>[] }> {
  const read = await readSheet(kind, file, districtId, deps);
  const { plans, issues: planIssues } = await kind.plan(read.rows, districtId, deps.queries, metadata.actor);
  const unreadable = new Set([...read.issues, ...planIssues].map((issue) => issue.row));
  const checked = plans.filter((plan) => !unreadable.has(plan.row));
  const cells = new Map(read.rows.map((r) => [r.row, r.cells]));
  const headers = new Map<K, string>(kind.ledger.columns.map((c) => [c.key, c.header]));
  /** Decides the plans' commands in order without writing: the refusals, each at the cell it names. */
  const dryRun = async (rowPlans: RowPlan<K>[]) => {
    const sent = rowPlans.flatMap((plan) => plan.commands.map((command) => ({ plan, command })));
    const messages = sent.map(
      ({ command }) => ({ type: command.type, data: command.data, metadata }) as CommandMessage,
    );
    const outcomes = messages.length === 0 ? [] : await deps.commands.dryRun(messages);
    const refused = new Set<number>();
    /** Rows refused for what they say themselves, not for the number the rows before gave them. */
    const ownFault = new Set<number>();
    const refusals: LedgerIssue[] = [];
    for (const outcome of outcomes) {
      if (outcome.ok) continue;
      const { plan, command } = sent[outcome.index];
      // once a row's project, unit, account or problem cannot be created, what follows on its row only repeats that
      if (refused.has(plan.row) && plan.isNew) continue;
      if (kind.sequenceField === undefined || outcome.error.field !== kind.sequenceField) ownFault.add(plan.row);
      refused.add(plan.row);
      const key = columnOf(kind, outcome.error.field, command);
      const header = headers.get(key) as string;
      refusals.push({
        row: plan.row,
        column: header,
        value: cells.get(plan.row)?.[key] ?? '',
        message: refusalText(outcome.error, header),
        refusal: outcome.error,
      });
    }
    return { refused, ownFault, refusals };
  };
  const first = await dryRun(checked);
  let refusals = first.refusals;
  if (first.refused.size > first.ownFault.size) {
    // a row refused for its own fault takes no part in what the rows after it are checked against
    // (the number a new problem gets): those refused only for their number are planned and decided again without it
    const kept = read.rows.filter((row) => !first.ownFault.has(row.row));
    const replanned = await kind.plan(kept, districtId, deps.queries, metadata.actor);
    const again = await dryRun(replanned.plans.filter((plan) => !unreadable.has(plan.row)));
    refusals = [...first.refusals.filter((issue) => first.ownFault.has(issue.row)), ...again.refusals];
  }
  const order = new Map<string, number>(kind.ledger.columns.map((c, i) => [c.header, i]));
  const issues = [...read.issues, ...planIssues, ...refusals].sort(
    (a, b) => a.row - b.row || (order.get(a.column) ?? 0) - (order.get(b.column) ?? 0),
  );
  return {
    check: {
      fileName: file.name,
      digest: createHash('sha256').update(file.bytes).digest('hex'),
      rowCount: read.rows.length,
      issues,
      rows: plans.map((plan) => ({
        row: plan.row,
        key: plan.key,
        isNew: plan.isNew,
        changes: plan.commands.map((c) => c.type),
      })),
    },
    read: read.rows,
    rows: checked.map((plan) => ({
      id: plan.id,
      isNew: plan.isNew,
      messages: plan.commands.map(({ type, data }) => ({ type, data, metadata }) as CommandMessage),
    })),
  };
}
