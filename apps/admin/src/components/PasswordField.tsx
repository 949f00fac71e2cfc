import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** A new password, held to the platform's rule (10+ characters, letters and digits) before it is sent. */
export function NewPasswordField({ name, label }: { name: string; label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={t('users.passwordRule')}
      rules={[
        { required: true, message: t('validation.required', { field: label }) },
        { min: 10, message: t('users.passwordRule') },
        { pattern: /(?=.*[A-Za-z])(?=.*\d)/, message: t('users.passwordRule') },
      ]}
    >
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  );
}
