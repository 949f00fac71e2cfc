import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n';
import { useErrorText } from '../i18n/use-error-text';
import { fieldNamePath } from '../lib/api-error';
import { reasonText } from '../lib/message-text';

export type FieldMapper = (path: (string | number)[]) => (string | number)[];

const samePath = (a: (string | number)[], b: (string | number)[]) =>
  a.length === b.length && a.every((part, i) => String(part) === String(b[i]));

/**
 * Shows a refused command on its form: bad input under the field the platform names (in the
 * reader's language), anything else as one message above the form.
 */
export function useFormErrors(form: FormInstance, mapField?: FieldMapper) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { describe, textOf } = useErrorText();
  const [formError, setFormError] = useState<string | undefined>();

  const showError = useCallback(
    (error: unknown) => {
      const described = describe(error);
      const apiPath = described.field ? fieldNamePath(described.field) : undefined;
      const path = apiPath && mapField ? mapField(apiPath) : apiPath;
      const onForm = path && form.getFieldsError().some((field) => samePath(field.name, path));
      if (path && onForm) {
        form.setFields([{ name: path, errors: [reasonText(described, t as never, locale)] }]);
        form.scrollToField(path, { focus: true });
      } else {
        setFormError(textOf(described));
      }
    },
    [describe, textOf, form, mapField, t, locale],
  );
  const clearError = useCallback(() => setFormError(undefined), []);
  /** A problem the app itself found before asking the platform. */
  const showMessage = useCallback((text: string) => setFormError(text), []);
  return { formError, showError, showMessage, clearError };
}
