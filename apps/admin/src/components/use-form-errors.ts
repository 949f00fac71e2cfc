import type { FormInstance } from 'antd';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n';
import { useErrorText } from '../i18n/use-error-text';
import { describeError, fieldNamePath, type ApiError, type UserMessage } from '../lib/api-error';
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
  /** Where the refusal of the last check is shown: under a field, or above the form. */
  const refusalShown = useRef<(string | number)[] | 'above'>(undefined);

  /** Under the field the message names when the form has it, else above the form; answers the field's path. */
  const place = useCallback(
    (described: UserMessage, focus: boolean) => {
      const apiPath = described.field ? fieldNamePath(described.field) : undefined;
      const path = apiPath && mapField ? mapField(apiPath) : apiPath;
      const onForm = path && form.getFieldsError().some((field) => samePath(field.name, path));
      if (path && onForm) {
        form.setFields([{ name: path, errors: [reasonText(described, t as never, locale)] }]);
        if (focus) form.scrollToField(path, { focus: true });
        return path;
      }
      setFormError(textOf(described));
      return undefined;
    },
    [textOf, form, mapField, t, locale],
  );

  const showError = useCallback((error: unknown) => void place(describe(error), true), [place, describe]);
  /**
   * What a check of the form's command said: its refusal worded and placed as the send's error
   * would be, without taking the user's focus from the field they went on to; the refusal of the
   * check before goes.
   */
  const showRefusal = useCallback(
    (refusal: ApiError | null) => {
      const before = refusalShown.current;
      if (before === 'above') setFormError(undefined);
      else if (before) form.setFields([{ name: before, errors: [] }]);
      refusalShown.current = refusal
        ? (place(describeError({ kind: 'api', errors: [refusal] }), false) ?? 'above')
        : undefined;
    },
    [form, place],
  );
  const clearError = useCallback(() => setFormError(undefined), []);
  /** A problem the app itself found before asking the platform. */
  const showMessage = useCallback((text: string) => setFormError(text), []);
  return { formError, showError, showRefusal, showMessage, clearError };
}
