import type { PrintedDocument } from './printed-document';
import { renderTablesXlsx } from './table-sheet';

/** A bulletin as a workbook: one sheet per section (see `addTableSheet`), dated the day it was issued. */
export function renderBulletinXlsx({ title, office, issue, tables }: PrintedDocument): Promise<Buffer> {
  return renderTablesXlsx(tables, {
    title,
    creator: office,
    subject: `content digest ${issue.digest}`,
    created: new Date(`${issue.issuedOn}T00:00:00Z`),
  });
}
