import type { Actor, CommandData, CommandType } from '@tuijin/application';
import type { LedgerName } from '@tuijin/domain-organization';
import type { ReadModelQueries } from '@tuijin/read-models';
import type { Ledger, LedgerChoices, LedgerIssue, LedgerRow } from './ledger';

/** A command a ledger row asks for, with the columns it comes from, where a refusal is shown. */
export type PlannedCommand<K extends string = string> = {
  [T in CommandType]: { type: T; data: CommandData<T>; columns: readonly K[] };
}[CommandType];

/** What one row of a ledger becomes: the commands that make what it names (a project, unit, account or problem) as the row says. */
export interface RowPlan<K extends string = string> {
  row: number;
  /** What the row is named by, as a person reads it: a project's or unit's code, a username, a problem's project and description. */
  key: string;
  /** The aggregate the row makes or changes: a project's, unit's, account's or problem's id. */
  id: string;
  /** Something the district does not have yet, which the row creates. */
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
  /**
   * Each readable row as the commands it asks for, and what is wrong across rows (a code twice, an
   * unknown project). `actor` is who imports: a kind whose rows only some may ask for (accounts) checks it.
   */
  plan(
    rows: readonly LedgerRow<K>[],
    districtId: string,
    queries: ReadModelQueries,
    actor: Actor,
  ): Promise<{ plans: RowPlan<K>[]; issues: LedgerIssue[] }>;
  /**
   * A field whose refusal only says that a row before was refused: a new problem's number, which
   * follows the rows before it. A row refused there alone is checked again without the rows
   * refused for their own reasons, so a file's problems are each reported once, at their own row.
   */
  sequenceField?: string;
  /** The column a command's field was read from, where its name is not the column's key. */
  fieldColumns: Readonly<Record<string, K>>;
}
