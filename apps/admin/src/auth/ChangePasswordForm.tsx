import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../components/CommandModal';
import { NewPasswordField } from '../components/PasswordField';
import { ChangePasswordMutation } from './auth.operations';

/** 修改密码: the signed-in user's own password; the platform ends their other sessions. */
export function ChangePasswordForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('auth.changePassword')}
      mutation={ChangePasswordMutation}
      successText={t('auth.passwordChanged')}
      toVariables={(v: { currentPassword: string; newPassword: string }) => ({
        input: { currentPassword: v.currentPassword, newPassword: v.newPassword },
      })}
    >
      <Form.Item
        name="currentPassword"
        label={t('fields.currentPassword')}
        rules={[{ required: true, message: t('validation.required', { field: t('fields.currentPassword') }) }]}
      >
        <Input.Password autoComplete="current-password" />
      </Form.Item>
      <NewPasswordField name="newPassword" label={t('fields.newPassword')} />
    </CommandModal>
  );
}
