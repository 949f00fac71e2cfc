import type { BulletinTable } from './bulletin-tables';
import { dayText } from './bulletin-text';
import { cellText } from './cell-text';
import { cjkFonts } from './cjk-font';
import type { PrintedDocument } from './printed-document';

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 64, bottom: 64, side: 54 };
const RED = '#c00000';
const GRID = '#7f7f7f';
const HEADER_FILL = '#e8e8e8';
const BODY_SIZE = 10.5;
const TABLE_SIZE = 8.5;
const CELL_PAD = 3;

type Doc = PDFKit.PDFDocument;

/**
 * A bulletin as an A4 PDF: title, issuing office and date, each section with its table,
 * rows never split across pages (a table's header repeats on each page), page numbers, and
 * the CJK font embedded as a subset so the text can be searched and copied.
 */
export async function renderBulletinPdf(printed: PrintedDocument): Promise<Buffer> {
  const { issue } = printed;
  // loaded on the first bulletin, not with the API: most requests never print one
  const { default: PDFDocument } = await import('pdfkit');
  const fonts = cjkFonts();
  const issued = new Date(`${issue.issuedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.side, right: MARGIN.side },
    bufferPages: true,
    info: {
      Title: printed.title,
      Author: printed.office,
      Subject: `content digest ${issue.digest}`,
      Creator: 'Tuijin 推进',
      Producer: 'Tuijin 推进',
      CreationDate: issued,
      ModDate: issued,
    },
    lang: 'zh-CN',
    displayTitle: true,
  });
  doc.registerFont('body', fonts.regular);
  doc.registerFont('bold', fonts.bold);
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  masthead(doc, printed);
  section(doc, printed.opening.title);
  paragraph(doc, printed.opening.text);
  for (const table of printed.tables.slice(1)) drawTable(doc, table);
  footer(doc, printed);
  doc.end();
  return done;
}

const contentWidth = () => A4.width - 2 * MARGIN.side;
const bottomLimit = () => A4.height - MARGIN.bottom;

function masthead(doc: Doc, { title, office, issue }: PrintedDocument): void {
  doc.font('bold').fontSize(17).fillColor(RED);
  doc.text(title, MARGIN.side, MARGIN.top, { width: contentWidth(), align: 'center' });
  doc.moveDown(0.6);
  const y = doc.y;
  doc.font('body').fontSize(BODY_SIZE).fillColor('black');
  doc.text(office, MARGIN.side, y, { width: contentWidth() / 2, lineBreak: false });
  doc.text(dayText(issue.issuedOn), MARGIN.side + contentWidth() / 2, y, { width: contentWidth() / 2, align: 'right' });
  const rule = doc.y + 4;
  doc
    .moveTo(MARGIN.side, rule)
    .lineTo(A4.width - MARGIN.side, rule)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.y = rule + 10;
  if (issue.correctionNote) {
    doc
      .font('bold')
      .fillColor(RED)
      .text(`更正说明：${issue.correctionNote}`, MARGIN.side, doc.y, { width: contentWidth() });
    doc.fillColor('black').moveDown(0.5);
  }
}

function section(doc: Doc, title: string): void {
  if (doc.y + 60 > bottomLimit()) doc.addPage();
  doc.moveDown(0.4);
  doc.font('bold').fontSize(12).fillColor('black').text(title, MARGIN.side, doc.y, { width: contentWidth() });
  doc.moveDown(0.3);
}

function paragraph(doc: Doc, text: string): void {
  doc.font('body').fontSize(BODY_SIZE).fillColor('black');
  doc.text(text, MARGIN.side, doc.y, { width: contentWidth(), indent: BODY_SIZE * 2, lineGap: 3, align: 'justify' });
  doc.moveDown(0.4);
}

function drawTable(doc: Doc, table: BulletinTable): void {
  // a heading never stands alone at the foot of a page: it moves with its note and first rows
  if (doc.y + 130 > bottomLimit()) doc.addPage();
  section(doc, table.title);
  if (table.note) paragraph(doc, table.note);
  if (table.rows.length === 0) {
    paragraph(doc, table.empty);
    return;
  }
  const total = table.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = table.columns.map((c) => (c.width / total) * contentWidth());
  const header = table.columns.map((c) => c.header);
  /** Each cell's width on one line (or null when it wraps) and the row's height. */
  const layout = (cells: string[], font: string) => {
    doc.font(font).fontSize(TABLE_SIZE);
    const lineHeight = doc.currentLineHeight(true);
    let height = lineHeight;
    // most cells fit on one line: measuring a word's width is much cheaper than wrapping it
    const oneLine = cells.map((text, i) => {
      const width = doc.widthOfString(text);
      if (width <= widths[i] - 2 * CELL_PAD && !text.includes('\n')) return width;
      height = Math.max(height, doc.heightOfString(text, { width: widths[i] - 2 * CELL_PAD }));
      return null;
    });
    return { oneLine, height: height + 2 * CELL_PAD };
  };
  const drawRow = (cells: string[], font: string, row: ReturnType<typeof layout>, fill?: string) => {
    const top = doc.y;
    let x = MARGIN.side;
    cells.forEach((text, i) => {
      if (fill) doc.rect(x, top, widths[i], row.height).fill(fill);
      doc.rect(x, top, widths[i], row.height).lineWidth(0.5).strokeColor(GRID).stroke();
      const numeric = table.columns[i].kind !== 'text' && font === 'body';
      doc.font(font).fontSize(TABLE_SIZE).fillColor('black');
      const width = row.oneLine[i];
      if (width === null)
        doc.text(text, x + CELL_PAD, top + CELL_PAD, {
          width: widths[i] - 2 * CELL_PAD,
          align: numeric ? 'right' : 'left',
        });
      else
        doc.text(text, numeric ? x + widths[i] - CELL_PAD - width : x + CELL_PAD, top + CELL_PAD, { lineBreak: false });
      x += widths[i];
    });
    doc.y = top + row.height;
  };
  const headerRow = layout(header, 'bold');
  if (doc.y + headerRow.height * 2 > bottomLimit()) doc.addPage();
  drawRow(header, 'bold', headerRow, HEADER_FILL);
  for (const row of table.rows) {
    const cells = row.map((cell, i) => cellText(cell, table.columns[i].kind));
    const laid = layout(cells, 'body');
    // a row that does not fit goes whole to the next page, under the header again
    if (doc.y + laid.height > bottomLimit()) {
      doc.addPage();
      drawRow(header, 'bold', headerRow, HEADER_FILL);
    }
    drawRow(cells, 'body', laid);
  }
  doc.x = MARGIN.side;
  doc.moveDown(0.6);
}

function footer(doc: Doc, printed: PrintedDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    // writing inside the bottom margin would otherwise start a new page
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('body').fontSize(8).fillColor(GRID);
    doc.text(`${printed.footer} · 核验码 ${printed.issue.digest.slice(0, 16)}`, MARGIN.side, A4.height - 40, {
      width: contentWidth() / 1.5,
      lineBreak: false,
    });
    doc.fontSize(9).fillColor('black');
    doc.text(`第 ${i + 1} 页 / 共 ${range.count} 页`, MARGIN.side, A4.height - 40, {
      width: contentWidth(),
      align: 'right',
    });
    doc.page.margins.bottom = margin;
  }
}
