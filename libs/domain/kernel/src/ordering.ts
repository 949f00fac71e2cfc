/**
 * Strings in code-unit order: right for ISO dates, months, ids and codes, and far quicker than
 * `localeCompare`, whose collation a sort of thousands of them pays on every comparison.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
