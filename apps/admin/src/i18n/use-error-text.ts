import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type UserMessage } from '../lib/api-error';
import { errorSource } from '../lib/apollo-error';
import { messageText } from '../lib/message-text';
import { useLocale } from './i18n';

/** Plain-language text for any error the API or the network gave. */
export function useErrorText(): {
  describe: (error: unknown) => UserMessage;
  text: (error: unknown) => string;
  textOf: (message: UserMessage) => string;
} {
  const { i18n } = useTranslation();
  const { t, locale } = useLocale();
  const textOf = useCallback(
    (message: UserMessage) => messageText(message, t as never, (key) => i18n.exists(key), locale),
    [t, i18n, locale],
  );
  const describe = useCallback((error: unknown) => describeError(errorSource(error)), []);
  const text = useCallback((error: unknown) => textOf(describe(error)), [describe, textOf]);
  return { describe, text, textOf };
}
