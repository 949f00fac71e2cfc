import {
  ledgerImportBookDecider,
  type LedgerImportBookCommand,
  type LedgerImportBookEvent,
} from './ledger-import-book.decider';
import { specify } from './testing/decider-specification';

const spec = specify(ledgerImportBookDecider);
const TODAY = '2025-06-01';
const record = (fileName: string): LedgerImportBookCommand => ({
  type: 'RecordLedgerImport',
  today: TODAY,
  districtId: 'd-1',
  ledger: 'projects',
  fileName,
  digest: 'ab'.repeat(32),
  rowCount: 3,
  registered: ['p-1', 'p-2'],
  changed: ['p-3'],
});
const imported = (number: number, fileName: string): LedgerImportBookEvent => {
  const { type: _type, today: _today, ...data } = record(fileName);
  return { type: 'LedgerImported', occurredOn: TODAY, data: { ...data, number } };
};

describe("a district's book of ledger imports", () => {
  it('numbers each import within the district and keeps what it registered and changed', () => {
    spec
      .given([])
      .when(record('台账2025.xlsx'))
      .then([imported(1, '台账2025.xlsx')]);
    const after = spec
      .given([imported(1, '台账2025.xlsx')])
      .when(record('台账2025-修订.xlsx'))
      .then([imported(2, '台账2025-修订.xlsx')]);
    expect(after.imports).toBe(2);
  });

  it('refuses a record without a file name or with a negative row count', () => {
    spec
      .given([])
      .when({ ...record(''), fileName: '' })
      .thenRejects('BAD_USER_INPUT', 'fileName');
    spec
      .given([])
      .when({ ...record('a.xlsx'), rowCount: -1 })
      .thenRejects('BAD_USER_INPUT', 'rowCount');
  });

  it("keeps the ids of every ledger's rows: units, accounts and problems as well as projects", () => {
    for (const [ledger, registered] of [
      ['units', ['unit-1']],
      ['users', ['user-1']],
      ['problems', ['p-1:3', 'p-1:4']],
    ] as const) {
      const command = { ...record('台账.xlsx'), ledger, registered: [...registered], changed: [] };
      const { type: _type, today: _today, ...data } = command;
      spec
        .given([])
        .when(command)
        .then([{ type: 'LedgerImported', occurredOn: TODAY, data: { ...data, number: 1 } }]);
    }
  });

  it('refuses a ledger it does not know, and an id that is not one', () => {
    spec
      .given([])
      .when({ ...record('a.xlsx'), ledger: 'budgets' as never })
      .thenRejects('BAD_USER_INPUT', 'ledger');
    spec
      .given([])
      .when({ ...record('a.xlsx'), changed: [' p-1'] })
      .thenRejects('BAD_USER_INPUT', 'changed[0]');
  });
});
