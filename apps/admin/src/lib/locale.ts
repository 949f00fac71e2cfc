/** The languages the app is translated into; zh-CN is the default. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Instants are shown in the districts' own time, whatever the browser's clock says. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';
