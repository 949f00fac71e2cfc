import { ledgerImportBookDecider, type LedgerImportRecord } from '@tuijin/domain-organization';
import { handlersOf } from '../commands/command-handler';
import { streamOf } from '../ids';

const book = handlersOf(ledgerImportBookDecider);

export type RecordLedgerImportInput = Omit<LedgerImportRecord, 'number'>;

/** Recording a ledger import, in the same batch as the commands it wrote. Answers `<districtId>/<number>` as `id`. */
export const ledgerImportHandlers = {
  RecordLedgerImport: book<RecordLedgerImportInput>({
    stream: (data) => streamOf.ledgerImports(data.districtId),
    command: async (data, _state, { metadata, checks }) => {
      await checks.requireDistrict(data.districtId);
      return { type: 'RecordLedgerImport', today: metadata.today, ...data };
    },
    answer: (data, after) => ({ id: `${data.districtId}/${after.imports}` }),
  }),
};
