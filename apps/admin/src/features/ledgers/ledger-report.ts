import { describeError, type MessageRef, type UserMessage } from '../../lib/api-error';

/** One problem of a ledger file, where it is: the spreadsheet's row number and column header. */
export interface LedgerIssue {
  row: number;
  column: string;
  value: string;
  message: string;
  /** A rule of the platform that refused the row, in its own (English) words. */
  refusal?: { code: string; message: string; field?: string };
}

/** What to say of a problem: a refusal by a rule in the app's plain words (as its forms say it), else the platform's Chinese text. */
export const issueMessage = (issue: LedgerIssue): UserMessage | string =>
  issue.refusal ? describeError({ kind: 'api', errors: [issue.refusal] }) : issue.message;

/** What one row of the file would do: create what it names (a project, problem, unit, account), change it (by these commands), or nothing. */
export interface LedgerRowReport {
  row: number;
  /** What the row is named by: a project's or unit's code, a username, a problem's project, day and description. */
  key: string;
  isNew: boolean;
  changes: string[];
}

/** The platform's dry run of a ledger file. */
export interface LedgerCheck {
  fileName: string;
  digest: string;
  rowCount: number;
  issues: LedgerIssue[];
  rows: LedgerRowReport[];
}

/** What an import did; `imported` is false when nothing in the file differs from what the district has. */
export interface LedgerImportResult {
  imported: boolean;
  importId: string | null;
  registered: number;
  changed: number;
  check: LedgerCheck;
}

export type RowOutcome = 'new' | 'changed' | 'unchanged';

export const rowOutcome = (row: LedgerRowReport): RowOutcome =>
  row.isNew ? 'new' : row.changes.length > 0 ? 'changed' : 'unchanged';

export interface CheckSummary {
  rows: number;
  registered: number;
  changed: number;
  unchanged: number;
  problems: number;
  /** Whether an import would write anything: no problems, and at least one row that differs. */
  importable: boolean;
}

/** The counts a person reads before importing. */
export function summarize(check: LedgerCheck): CheckSummary {
  const count = (outcome: RowOutcome) => check.rows.filter((row) => rowOutcome(row) === outcome).length;
  const registered = count('new');
  const changed = count('changed');
  const problems = check.issues.length;
  return {
    rows: check.rowCount,
    registered,
    changed,
    unchanged: count('unchanged'),
    problems,
    importable: problems === 0 && registered + changed > 0,
  };
}

/** The commands a row may turn into, each named in a few words (`ledgers.change.<type>`). */
const CHANGE_TYPES = new Set([
  'RegisterProject',
  'ReviseProjectDetails',
  'ChangeLeadUnit',
  'ChangeStage',
  'SetAnnualPlan',
  'SetOpeningBalance',
  'AssignLeader',
  'AssignServiceSecretary',
  'SubmitMonthlyReport',
  'RaiseProblem',
  'AssignProblem',
  'ResolveProblem',
  'CreateUnit',
  'SetReserveTarget',
  'CreateUser',
]);

/** The translation of a change; a command this version of the app does not know is shown by its name. */
export const changeLabel = (type: string): MessageRef =>
  CHANGE_TYPES.has(type) ? { key: `ledgers.change.${type}` } : { key: 'ledgers.change.other', params: { type } };
