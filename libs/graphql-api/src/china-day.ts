/** The day (YYYY-MM-DD) an instant falls on in China Standard Time: the day printed on a bulletin or judged in a ledger. */
export const chinaDay = (instant: string): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(instant));
