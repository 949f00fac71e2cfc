import type { Dayjs } from 'dayjs';

/** antd's pickers give dayjs values; the API wants plain strings. */
export const dayValue = (value: Dayjs | null | undefined): string | undefined => value?.format('YYYY-MM-DD');
export const monthValue = (value: Dayjs | null | undefined): string | undefined => value?.format('YYYY-MM');

/** Empty text fields are left out rather than sent as "". */
export const textValue = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
};

/** Business facts may be back-dated but not dated in the future. */
export const isFutureDay = (today: string) => (current: Dayjs) => current.format('YYYY-MM-DD') > today;

/**
 * Enter in a date field confirms the date typed; it must not also submit the whole form
 * (the browser's implicit submission), or a half-filled form would be sent.
 */
export const confirmDateOnEnter = {
  onKeyDown: (event: { key: string; preventDefault: () => void }) => {
    if (event.key === 'Enter') event.preventDefault();
  },
};
