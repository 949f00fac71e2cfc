import {
  assertNever,
  invalid,
  requireDay,
  requireInteger,
  requireOneOf,
  requireText,
  type Decider,
  type DomainEvent,
} from '@tuijin/domain-kernel';
import { requireId } from './aggregate-guards';

/**
 * The ledgers (台账) a district can import: its projects, monthly reports, problems (问题台账),
 * responsible units (责任单位台账) and user accounts (账号台账).
 */
export const LEDGER_NAMES = ['projects', 'reports', 'problems', 'units', 'users'] as const;
export type LedgerName = (typeof LEDGER_NAMES)[number];

/**
 * One import as recorded: which file (by name and SHA-256), and what it created (`registered`) or
 * changed: the ids of the projects, units, user accounts or problems its rows name (the field
 * names are those of the first ledgers, which were all projects; the event keeps them).
 */
export interface LedgerImportRecord {
  districtId: string;
  /** 1, 2, … within the district. */
  number: number;
  ledger: LedgerName;
  fileName: string;
  digest: string;
  rowCount: number;
  registered: string[];
  changed: string[];
}

/**
 * A district's book of ledger imports: every import is recorded with the commands it wrote,
 * in the same atomic batch, so the log says where each of those changes came from.
 */
export type LedgerImportBookCommand = {
  type: 'RecordLedgerImport';
  today: string;
} & Omit<LedgerImportRecord, 'number'>;

export type LedgerImportBookEvent = DomainEvent<'LedgerImported', LedgerImportRecord>;

export interface LedgerImportBookState {
  imports: number;
}

const MAX_FILE_NAME = 255;

function decide(command: LedgerImportBookCommand, state: LedgerImportBookState): LedgerImportBookEvent[] {
  requireDay('today', command.today);
  switch (command.type) {
    case 'RecordLedgerImport': {
      const ids = (field: string, list: unknown) => {
        if (!Array.isArray(list)) throw invalid(field, `${field} must be a list of ids`);
        return list.map((id, i) => requireId(`${field}[${i}]`, id));
      };
      return [
        {
          type: 'LedgerImported',
          occurredOn: command.today,
          data: {
            districtId: requireId('districtId', command.districtId),
            number: state.imports + 1,
            ledger: requireOneOf('ledger', command.ledger, LEDGER_NAMES),
            fileName: requireText('fileName', command.fileName, MAX_FILE_NAME),
            digest: requireText('digest', command.digest, 64),
            rowCount: requireInteger('rowCount', command.rowCount, 0, 1_000_000),
            registered: ids('registered', command.registered),
            changed: ids('changed', command.changed),
          },
        },
      ];
    }
    default:
      return assertNever(command.type);
  }
}

function evolve(_state: LedgerImportBookState, event: LedgerImportBookEvent): LedgerImportBookState {
  switch (event.type) {
    case 'LedgerImported':
      return { imports: event.data.number };
    default:
      return assertNever(event.type);
  }
}

export const ledgerImportBookDecider: Decider<LedgerImportBookCommand, LedgerImportBookEvent, LedgerImportBookState> = {
  initialState: { imports: 0 },
  decide,
  evolve,
};
