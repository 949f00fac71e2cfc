import type { TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { Alert, App, Button, Form, Modal, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { formError, showError, clearError } = useFormErrors(form, props.mapField);
  const [mutate, { loading }] = useMutation(mutation, { refetchQueries: 'active', awaitRefetchQueries: true });

  const run = async (values: TValues) => {
    clearError();
    try {
      if (props.beforeRun && !(await props.beforeRun(values))) return;
      const { data } = await mutate({ variables: toVariables(values) } as never);
      void message.success(successText);
      if (data) props.onDone?.(data as TData);
      onClose();
    } catch (error) {
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
        onValuesChange={clearError}
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
