import type { Actor, Projection } from '@tuijin/application';
import type { LedgerImportBookEvent, LedgerName } from '@tuijin/domain-organization';
import { aggregateIdOf, domainEvent, needOwnDocs } from './stream-keys';
import { COLLECTIONS } from './views';

/** One ledger import as the district's book lists it: the file, who imported it and when, and what it did. */
export interface LedgerImportView {
  /** `<districtId>/<number>`. */
  id: string;
  number: number;
  ledger: LedgerName;
  fileName: string;
  digest: string;
  rowCount: number;
  registeredCount: number;
  changedCount: number;
  importedAt: string;
  importedBy: Actor;
}

/** A district's ledger imports, newest first. */
export interface LedgerImportBookView {
  id: string;
  districtId: string;
  imports: LedgerImportView[];
}

/** The ledger (台账) imports of each district. */
export const ledgerImportBookProjection: Projection = {
  name: 'ledger-import-book',
  reads(stored, need) {
    needOwnDocs(stored, 'ledgerimports', need, COLLECTIONS.ledgerImportBooks);
  },
  apply(stored, views) {
    if (!stored.streamId.startsWith('ledgerimports-')) return;
    const districtId = aggregateIdOf(stored);
    const { data } = domainEvent<LedgerImportBookEvent>(stored);
    const entry: LedgerImportView = {
      id: `${districtId}/${data.number}`,
      number: data.number,
      ledger: data.ledger,
      fileName: data.fileName,
      digest: data.digest,
      rowCount: data.rowCount,
      registeredCount: data.registered.length,
      changedCount: data.changed.length,
      importedAt: stored.recordedAt,
      importedBy: { userId: stored.actor.userId, role: stored.actor.role },
    };
    const book = views.edit<LedgerImportBookView>(COLLECTIONS.ledgerImportBooks, districtId);
    if (book) book.imports.unshift(entry);
    else
      views.put(COLLECTIONS.ledgerImportBooks, {
        id: districtId,
        districtId,
        imports: [entry],
      } satisfies LedgerImportBookView);
  },
};
