import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Form, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import { CommandModal } from '../../components/CommandModal';
import { EnumField, TextField, UnitField } from '../../components/form-fields';
import { NewPasswordField } from '../../components/PasswordField';
import { DateTimeText } from '../../components/values';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import type { Role, UsersQuery as UsersData } from '../../gql/graphql';
import { grantableRoles } from '../../lib/access';
import { errorSource } from '../../lib/apollo-error';
import { isUnsupported } from '../../lib/api-error';
import { useUnits } from '../../workspace/use-units';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { CreateUserMutation, DeactivateUserMutation, ResetPasswordMutation, UsersQuery } from './admin.operations';

type User = UsersData['users'][number];

interface NewUser {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  districtIds?: string[];
  unitId?: string;
}

/** The districts a new account reaches follow from its role: none for a city admin, several for an analyst. */
function scopeFor(values: NewUser, currentDistrictId: string): { districtIds: string[]; unitId?: string } {
  switch (values.role) {
    case 'CITY_ADMIN':
      return { districtIds: [] };
    case 'ANALYST':
      return { districtIds: values.districtIds?.length ? values.districtIds : [currentDistrictId] };
    case 'UNIT_REPORTER':
      return { districtIds: [currentDistrictId], unitId: values.unitId };
    default:
      return { districtIds: [currentDistrictId] };
  }
}

function CreateUserForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useUser();
  const district = useDistrict();
  const { districts } = useWorkspace();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('users.create')}
      mutation={CreateUserMutation}
      successText={t('users.created')}
      initialValues={{ role: 'UNIT_REPORTER', districtIds: [district.id] }}
      toVariables={(v: NewUser) => ({
        input: {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          password: v.password,
          role: v.role,
          ...scopeFor(v, district.id),
        },
      })}
    >
      <TextField name="username" label={t('fields.username')} required max={32} placeholder={t('users.usernamePlaceholder')} />
      <TextField name="displayName" label={t('fields.displayName')} required max={100} />
      <NewPasswordField name="password" label={t('fields.password')} />
      <EnumField name="role" label={t('fields.role')} values={grantableRoles(me.role)} prefix="role" required />
      <Form.Item noStyle shouldUpdate={(a: NewUser, b: NewUser) => a.role !== b.role}>
        {({ getFieldValue }) => {
          const role = getFieldValue('role') as Role;
          if (role === 'UNIT_REPORTER') return <UnitField name="unitId" label={t('fields.unitId')} required />;
          if (role === 'ANALYST')
            return (
              <Form.Item name="districtIds" label={t('fields.districtIds')} rules={[{ required: true, message: t('validation.required', { field: t('fields.districtIds') }) }]}>
                <Select mode="multiple" options={districts.map((d) => ({ value: d.id, label: d.name }))} />
              </Form.Item>
            );
          return null;
        }}
      </Form.Item>
    </CommandModal>
  );
}

/** 重置密码: an administrator sets a new password; the user's sessions end. */
function ResetPasswordForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open
      onClose={onClose}
      title={t('users.resetPasswordOf', { name: user.displayName })}
      mutation={ResetPasswordMutation}
      successText={t('users.passwordReset')}
      toVariables={(v: { newPassword: string }) => ({ input: { userId: user.id, newPassword: v.newPassword } })}
    >
      <NewPasswordField name="newPassword" label={t('fields.newPassword')} />
    </CommandModal>
  );
}

/** 停用账号: the account can no longer sign in. Asked first: it cannot be undone here. */
function DeactivateForm({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open
      onClose={onClose}
      title={t('users.deactivateUser', { name: user.displayName })}
      mutation={DeactivateUserMutation}
      successText={t('users.deactivated')}
      danger
      confirm={{
        title: t('confirm.deactivateTitle', { name: user.displayName }),
        content: t('confirm.deactivateText'),
        okText: t('confirm.deactivateOk'),
      }}
      toVariables={(v: { reason: string }) => ({ input: { userId: user.id, reason: v.reason.trim() } })}
    >
      <TextField name="reason" label={t('fields.reason')} required multiline max={500} />
    </CommandModal>
  );
}

/** 用户管理: the accounts of the district and new ones. */
export default function UsersPage() {
  const { t } = useTranslation();
  const district = useDistrict();
  const units = useUnits();
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | undefined>();
  const [deactivating, setDeactivating] = useState<User | undefined>();
  const { data, loading, error, refetch } = useQuery(UsersQuery, { variables: { districtId: district.id } });
  // A platform without accounts (sign-in not enabled) has no users to manage.
  if (error && isUnsupported(errorSource(error))) {
    return (
      <>
        <PageHeader title={t('users.title')} />
        <Alert type="info" showIcon title={t('users.unavailable')} />
      </>
    );
  }
  return (
    <>
      <PageHeader
        title={t('users.title')}
        subtitle={district.name}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        }
      />
      <Card>
        <QueryState loading={loading} error={error} empty={!data || data.users.length === 0} emptyText={t('users.none')} onRetry={() => void refetch()}>
          <Table<User>
            size="small"
            rowKey="id"
            dataSource={data?.users ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('fields.username'), dataIndex: 'username' },
              { title: t('fields.displayName'), dataIndex: 'displayName' },
              { title: t('fields.role'), key: 'role', render: (_, u) => <Tag>{t(`role.${u.role}`)}</Tag> },
              {
                title: t('users.scope'),
                key: 'scope',
                render: (_, u) =>
                  u.role === 'CITY_ADMIN'
                    ? t('users.allDistricts')
                    : [u.unit?.name ?? (u.unitId ? units.nameOf(u.unitId) : undefined), ...u.districts.map((d) => d.name)]
                        .filter(Boolean)
                        .join(t('common.listSeparator')),
              },
              {
                title: t('users.status'),
                key: 'active',
                render: (_, u) => (u.active ? <Tag color="success">{t('users.active')}</Tag> : <Tag>{t('users.inactive')}</Tag>),
              },
              { title: t('users.lastLogin'), key: 'login', render: (_, u) => <DateTimeText value={u.lastLoginAt} /> },
              {
                title: t('common.actions'),
                key: 'actions',
                render: (_, u) =>
                  u.active && (
                    <Space size={4} wrap>
                      <Button size="small" onClick={() => setResetting(u)}>
                        {t('users.resetPassword')}
                      </Button>
                      <Button size="small" danger onClick={() => setDeactivating(u)}>
                        {t('users.deactivate')}
                      </Button>
                    </Space>
                  ),
              },
            ]}
          />
        </QueryState>
      </Card>
      <CreateUserForm open={creating} onClose={() => setCreating(false)} />
      {resetting && <ResetPasswordForm user={resetting} onClose={() => setResetting(undefined)} />}
      {deactivating && <DeactivateForm user={deactivating} onClose={() => setDeactivating(undefined)} />}
    </>
  );
}
