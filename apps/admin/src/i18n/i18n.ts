import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { DEFAULT_LOCALE, isLocale, type Locale } from '../lib/locale';
import { TRANSLATIONS } from './translations';

const STORAGE_KEY = 'tuijin.locale';

function savedLocale(): Locale {
  const saved = localStorage.getItem(STORAGE_KEY);
  return isLocale(saved) ? saved : DEFAULT_LOCALE;
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: TRANSLATIONS['zh-CN'] }, en: { translation: TRANSLATIONS.en } },
  lng: savedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  interpolation: { escapeValue: false },
});
document.documentElement.lang = i18n.language;

export function changeLocale(locale: Locale): void {
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
  void i18n.changeLanguage(locale);
}

/** The current language with the translation function. */
export function useLocale(): { locale: Locale; t: ReturnType<typeof useTranslation>['t'] } {
  const { t, i18n: instance } = useTranslation();
  return { locale: isLocale(instance.language) ? instance.language : DEFAULT_LOCALE, t };
}

export default i18n;
