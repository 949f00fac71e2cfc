import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Modal, Space } from 'antd';
import { useCallback, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommandInput } from '../gql/graphql';
import type { ApiError } from '../lib/api-error';
import { useCommandCheck } from './use-command-check';
import { useFormErrors, type FieldMapper } from './use-form-errors';

export interface Confirmation<TValues> {
  /** Asks only for some values (a stage change only when it cancels); always when left out. */
  when?: (values: TValues) => boolean;
  title: string;
  content: ReactNode;
  okText: string;
}

export interface CommandModalProps<TData, TVariables extends Record<string, unknown>, TValues> {
  open: boolean;
  onClose: () => void;
  title: ReactNode;
  mutation: TypedDocumentNode<TData, TVariables>;
  /** The form's values as the mutation's variables. */
  toVariables: (values: TValues) => TVariables;
  initialValues?: Partial<TValues>;
  /** Asked before a command that cannot be undone (cancelling a project, closing a problem…). */
  confirm?: Confirmation<TValues>;
  /** A last check before the command runs (the platform's doubts about the figures); false keeps the form open. */
  beforeRun?: (values: TValues) => Promise<boolean>;
  submitText?: string;
  successText: string;
  danger?: boolean;
  onDone?: (data: TData) => void;
  /** Where the form keeps an input field the API names differently (`leader.name` → ['person', 'name']). */
  mapField?: FieldMapper;
  /**
   * The command the form sends, named by its mutation (`{ registerProject: input }`): given, the
   * platform checks it each time the user leaves a field of the filled form, and a refusal shows
   * where the send's would, before the user presses submit.
   */
  check?: (variables: TVariables) => CommandInput;
  children: ReactNode;
}

/**
 * A form that runs one command. Bad input found by the platform is shown under the field
 * it names (in the reader's language), anything else above the form; on success every
 * query on screen is refreshed, so figures elsewhere follow the change.
 */
export function CommandModal<TData, TVariables extends Record<string, unknown>, TValues>(
  props: CommandModalProps<TData, TVariables, TValues>,
) {
  const { open, onClose, title, mutation, toVariables, initialValues, confirm, submitText, successText, danger } =
    props;
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm();
  const { formError, showError, showRefusal, clearError } = useFormErrors(form, props.mapField);
  const [mutate, { loading }] = useMutation(mutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  // once sent, the send's own answer counts: a check still on its way says nothing more until the form changes
  const sent = useRef(false);
  const showCheck = useCallback(
    (refusal: ApiError | null) => {
      if (!sent.current) showRefusal(refusal);
    },
    [showRefusal],
  );
  const { check } = props;
  const checks = useCommandCheck(form, check && ((values: TValues) => check(toVariables(values))), showCheck);

  const run = async (values: TValues) => {
    clearError();
    sent.current = true;
    try {
      if (props.beforeRun && !(await props.beforeRun(values))) {
        sent.current = false;
        return;
      }
      const { data } = await mutate({ variables: toVariables(values) } as never);
      void message.success(successText);
      if (data) props.onDone?.(data as TData);
      onClose();
    } catch (error) {
      sent.current = false;
      showError(error);
    }
  };

  const submit = (values: TValues) => {
    if (!confirm || (confirm.when && !confirm.when(values))) return run(values);
    modal.confirm({
      title: confirm.title,
      content: confirm.content,
      okText: confirm.okText,
      okButtonProps: { danger: true },
      cancelText: t('common.back'),
      onOk: () => run(values),
    });
    return undefined;
  };

  return (
    <Modal open={open} title={title} onCancel={onClose} footer={null} destroyOnHidden mask={{ closable: false }}>
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => void submit(values as TValues)}
        onValuesChange={() => {
          clearError();
          sent.current = false;
          checks.formChanged();
        }}
        onBlur={checks.fieldLeft}
        scrollToFirstError={{ focus: true }}
      >
        {formError && <Alert className="form-error" type="error" showIcon title={formError} role="alert" />}
        {props.children}
        <Form.Item className="form-actions">
          <Space>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" htmlType="submit" loading={loading} danger={danger}>
              {submitText ?? t('common.submit')}
            </Button>
          </Space>
        </Form.Item>
      </Form>
    </Modal>
  );
}
