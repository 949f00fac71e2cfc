import { REFUSAL_TEXTS } from '@tuijin/refusal-wording';
import en from './en.json';
import zhCN from './zh-CN.json';

type RefusalTexts = (typeof REFUSAL_TEXTS)['zh-CN'];

/** The app's own texts with the reasons of a refusal, which the platform's ledger files are worded with too. */
const withRefusals = <T extends { errors: object }>(app: T, refusals: RefusalTexts) => ({
  ...app,
  reason: refusals.reason,
  errors: { ...app.errors, ...refusals.errors },
});

/** Every text of the app, by language. */
export const TRANSLATIONS = {
  'zh-CN': withRefusals(zhCN, REFUSAL_TEXTS['zh-CN']),
  en: withRefusals(en, REFUSAL_TEXTS.en),
};
