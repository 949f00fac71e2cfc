import { createHash } from 'crypto';
import type { CommandMessage, CommandMetadata, CommandRefusal, CommandType, Commands } from '@tuijin/application';
import { projectIdFor } from '@tuijin/application';
import type { ReadModelQueries } from '@tuijin/read-models';
import { readLedger, type LedgerIssue, type ReadLedger } from './ledger';
import { PROJECT_CHOICES, PROJECT_LEDGER, unitChoices, type ProjectLedgerKey } from './project-ledger';
import { projectLedgerCommands, type PlannedCommand, type RowPlan } from './project-ledger-commands';
import { readTables } from './table-file';

/** What a row of the ledger would do: register a project, change it, or nothing (it is as the file says). */
export interface LedgerRowReport {
  row: number;
  code: string;
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
  projectId: string;
  isNew: boolean;
  messages: CommandMessage[];
}

export interface LedgerFile {
  name: string;
  bytes: Uint8Array;
}

/** The input field a refusal names, as the ledger column it was read from. */
const FIELD_COLUMNS: Record<string, ProjectLedgerKey> = {
  leadUnitId: 'leadUnit',
  occurredOn: 'registeredOn',
  year: 'planYear',
  asOfMonth: 'openingAsOfMonth',
  'leader.name': 'leaderName',
  'leader.phone': 'leaderPhone',
  'secretary.name': 'secretaryName',
  'secretary.phone': 'secretaryPhone',
};
const COLUMN_ORDER = new Map<string, number>(PROJECT_LEDGER.columns.map((c, i) => [c.header, i]));
const HEADERS = new Map<ProjectLedgerKey, string>(PROJECT_LEDGER.columns.map((c) => [c.key, c.header]));

function columnOf(field: string | undefined, command: PlannedCommand): ProjectLedgerKey {
  const bare = field?.replace(/^changes\./, '') ?? '';
  const key = FIELD_COLUMNS[bare] ?? (HEADERS.has(bare as ProjectLedgerKey) ? (bare as ProjectLedgerKey) : undefined);
  return key && command.columns.includes(key) ? key : command.columns[0];
}

/** The rule's own words stay beside a sentence that says where and what kind of problem it is. */
function refusalText(error: CommandRefusal, header: string): string {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return `“${header}”不符合规则：${error.message}`;
    case 'NOT_FOUND':
      return `“${header}”所指的对象不存在：${error.message}`;
    case 'CONFLICT':
      return `与系统中已有数据冲突：${error.message}`;
    default:
      return `不能导入：${error.message}`;
  }
}

/** Reads the file's sheets and keeps the one that reads as a projects ledger (the first, on a tie). */
async function readProjectSheet(
  file: LedgerFile,
  choices: typeof PROJECT_CHOICES,
): Promise<ReadLedger<ProjectLedgerKey>> {
  const reads = (await readTables(file.name, file.bytes)).map((table) => readLedger(PROJECT_LEDGER, table, choices));
  const missingColumns = (read: ReadLedger) => read.issues.filter((i) => i.message.startsWith('缺少必填列')).length;
  return reads.reduce((best, read) => (missingColumns(read) < missingColumns(best) ? read : best));
}

/**
 * The dry run of a projects ledger for a district: reads every row, turns each into the commands
 * that would make the project as the row says, and decides them all in order (each against the
 * rows before it) without writing anything. Answers the report, and each row's messages, as an
 * import of this very file sends them.
 */
export async function checkProjectLedger(
  file: LedgerFile,
  districtId: string,
  metadata: CommandMetadata,
  deps: { queries: ReadModelQueries; commands: Commands },
): Promise<{ check: LedgerCheck; rows: CheckedRow[] }> {
  const units = await deps.queries.units(districtId);
  const read = await readProjectSheet(file, { ...PROJECT_CHOICES, units: unitChoices(units) });
  const codes = [...new Set(read.rows.flatMap((r) => (typeof r.values.code === 'string' ? [r.values.code] : [])))];
  const existing = await deps.queries.projectsByIds(codes.map((code) => projectIdFor(districtId, code)));
  const { plans, issues: planIssues } = projectLedgerCommands(read.rows, {
    districtId,
    existing: new Map(existing.map((p) => [p.code, p])),
  });
  const unreadable = new Set([...read.issues, ...planIssues].map((issue) => issue.row));
  const checked = plans.filter((plan) => !unreadable.has(plan.row));
  const sent = checked.flatMap((plan) => plan.commands.map((command) => ({ plan, command })));
  const messages = sent.map(({ command }) => ({ type: command.type, data: command.data, metadata }) as CommandMessage);
  const outcomes = messages.length === 0 ? [] : await deps.commands.dryRun(messages);
  const cells = new Map(read.rows.map((r) => [r.row, r.cells]));
  const refused = new Set<RowPlan>();
  const refusals: LedgerIssue[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) continue;
    const { plan, command } = sent[outcome.index];
    // once a project cannot be registered, what follows on its row only repeats that it does not exist
    if (refused.has(plan) && plan.isNew) continue;
    refused.add(plan);
    const key = columnOf(outcome.error.field, command);
    const header = HEADERS.get(key) as string;
    refusals.push({
      row: plan.row,
      column: header,
      value: cells.get(plan.row)?.[key] ?? '',
      message: refusalText(outcome.error, header),
    });
  }
  const issues = [...read.issues, ...planIssues, ...refusals].sort(
    (a, b) => a.row - b.row || (COLUMN_ORDER.get(a.column) ?? 0) - (COLUMN_ORDER.get(b.column) ?? 0),
  );
  return {
    check: {
      fileName: file.name,
      digest: createHash('sha256').update(file.bytes).digest('hex'),
      rowCount: read.rows.length,
      issues,
      rows: plans.map((plan) => ({
        row: plan.row,
        code: plan.code,
        isNew: plan.isNew,
        changes: plan.commands.map((c) => c.type),
      })),
    },
    rows: checked.map((plan) => ({
      projectId: plan.projectId,
      isNew: plan.isNew,
      messages: plan.commands.map(({ type, data }) => ({ type, data, metadata }) as CommandMessage),
    })),
  };
}
