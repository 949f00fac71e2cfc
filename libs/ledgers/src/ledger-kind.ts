import type { CommandData, CommandType } from '@tuijin/application';
import type { LedgerName } from '@tuijin/domain-organization';
import type { ReadModelQueries } from '@tuijin/read-models';
import type { Ledger, LedgerChoices, LedgerIssue, LedgerRow } from './ledger';

/** A command a ledger row asks for, with the columns it comes from, where a refusal is shown. */
export type PlannedCommand<K extends string = string> = {
  [T in CommandType]: { type: T; data: CommandData<T>; columns: readonly K[] };
}[CommandType];

/** What one row of a ledger becomes: the commands that make its project as the row says. */
export interface RowPlan<K extends string = string> {
  row: number;
  /** The project's code, as the row names it. */
  code: string;
  projectId: string;
  /** A project the district does not have yet. */
  isNew: boolean;
  commands: PlannedCommand<K>[];
}

/**
 * A kind of ledger a district imports: its declaration (columns, template), the choices its
 * cells may name, and how its rows become commands. The check, the import and the files
 * work the same for every kind.
 */
export interface LedgerKind<K extends string = string> {
  ledger: Ledger<K> & { name: LedgerName };
  /** What the district's cells may name: the choices every district shares and its own units. */
  choices(districtId: string, queries: ReadModelQueries): Promise<LedgerChoices>;
  /** Each readable row as the commands it asks for, and what is wrong across rows (a code twice, an unknown project). */
  plan(
    rows: readonly LedgerRow<K>[],
    districtId: string,
    queries: ReadModelQueries,
  ): Promise<{ plans: RowPlan<K>[]; issues: LedgerIssue[] }>;
  /** The column a command's field was read from, where its name is not the column's key. */
  fieldColumns: Readonly<Record<string, K>>;
}
