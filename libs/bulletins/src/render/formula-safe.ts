/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return,
 * that some spreadsheets strip before doing so): a project named `=HYPERLINK(…)` must stay a name.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text as a CSV cell that no spreadsheet runs: a leading `'` shows the rest as typed. */
export const formulaSafe = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);
