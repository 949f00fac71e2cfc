import { useApolloClient } from '@apollo/client/react';
import type { FormInstance } from 'antd';
import { useCallback, useMemo } from 'react';
import type { CommandInput } from '../gql/graphql';
import type { ApiError } from '../lib/api-error';
import { commandChecker } from '../lib/command-check';
import { CheckCommandQuery } from './command-check.operations';

/**
 * Asks the platform whether a form's command would be accepted each time the user leaves a
 * field, once the form passes its own rules (its required fields filled), and hands the answer
 * to `show`. Nothing is recorded: the platform only decides the command as it would if sent.
 */
export function useCommandCheck<TValues>(
  form: FormInstance,
  toCommand: ((values: TValues) => CommandInput) | undefined,
  show: (refusal: ApiError | null) => void,
) {
  const client = useApolloClient();
  const checker = useMemo(
    () =>
      commandChecker<CommandInput>(async (command) => {
        const { data } = await client.query({
          query: CheckCommandQuery,
          variables: { command },
          fetchPolicy: 'no-cache',
        });
        const refusal = data?.checkCommand.refusal;
        return refusal
          ? { code: refusal.code, message: refusal.message, ...(refusal.field ? { field: refusal.field } : {}) }
          : null;
      }, show),
    [client, show],
  );

  const fieldLeft = useCallback(() => {
    if (!toCommand) return;
    // after the field has handed its value to the form (a picker does so as it closes)
    setTimeout(() => {
      form.validateFields({ validateOnly: true }).then(
        (values: TValues) => checker.check(toCommand(values)),
        () => undefined,
      );
    });
  }, [form, toCommand, checker]);

  return { fieldLeft, formChanged: checker.formChanged };
}
