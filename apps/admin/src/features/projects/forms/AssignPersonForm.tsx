import { useQuery } from '@apollo/client/react';
import { Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../../components/CommandModal';
import { DayField, TextField } from '../../../components/form-fields';
import { dayValue, textValue } from '../../../components/form-values';
import { useDistrict } from '../../../workspace/WorkspaceProvider';
import { UsersQuery } from '../../admin/admin.operations';
import { AssignLeaderMutation, AssignServiceSecretaryMutation } from '../projects.operations';
import type { ProjectFormProps } from './project-form-props';

interface PersonValues {
  person: { name: string; phone?: string; userId?: string };
  occurredOn?: Dayjs;
}

/** The API names the person `leader` or `secretary`; the form calls both `person`. */
const toPerson = ([first, ...rest]: (string | number)[]) =>
  first === 'leader' || first === 'secretary' ? ['person', ...rest] : [first, ...rest];

const person = (v: PersonValues) => ({ name: v.person.name.trim(), phone: textValue(v.person.phone) });

/** The district's leader accounts: linked to one, a leader sees the projects they answer for when they sign in. */
function LeaderAccountField() {
  const { t } = useTranslation();
  const district = useDistrict();
  const { data, loading } = useQuery(UsersQuery, { variables: { districtId: district.id } });
  const options = (data?.users ?? [])
    .filter((user) => user.role === 'LEADER' && user.active)
    .map((user) => ({ value: user.id, label: `${user.displayName}（${user.username}）` }));
  return (
    <Form.Item name={['person', 'userId']} label={t('fields.leaderAccount')} extra={t('fields.leaderAccountHelp')}>
      <Select allowClear options={options} loading={loading} showSearch={{ optionFilterProp: 'label' }} />
    </Form.Item>
  );
}

/** 包保领导 and 服务秘书 are named the same way, a name and a phone number; a leader may also be linked to their account. */
export function AssignPersonForm({ project, open, onClose, role }: ProjectFormProps & { role: 'leader' | 'secretary' }) {
  const { t } = useTranslation();
  const current = role === 'leader' ? project.leader : project.serviceSecretary;
  const field = role === 'leader' ? 'leader' : 'secretary';
  const common = {
    open,
    onClose,
    successText: t('commands.saved'),
    initialValues: {
      person: {
        name: current?.name ?? '',
        phone: current?.phone ?? '',
        userId: role === 'leader' ? (project.leader?.userId ?? undefined) : undefined,
      },
      occurredOn: dayjs(),
    },
  };
  const fields = (
    <>
      <TextField name={['person', 'name']} label={t(`fields.${field}Name`)} required max={100} />
      <TextField name={['person', 'phone']} label={t(`fields.${field}Phone`)} max={20} />
      {role === 'leader' && <LeaderAccountField />}
      <DayField name="occurredOn" label={t('fields.occurredOn')} />
    </>
  );
  return role === 'leader' ? (
    <CommandModal
      {...common}
      title={t('commands.assignLeader')}
      mutation={AssignLeaderMutation}
      toVariables={(v: PersonValues) => ({
        input: { projectId: project.id, leader: { ...person(v), userId: v.person.userId ?? null }, occurredOn: dayValue(v.occurredOn) },
      })}
      mapField={toPerson}
    >
      {fields}
    </CommandModal>
  ) : (
    <CommandModal
      {...common}
      title={t('commands.assignServiceSecretary')}
      mutation={AssignServiceSecretaryMutation}
      toVariables={(v: PersonValues) => ({
        input: { projectId: project.id, secretary: person(v), occurredOn: dayValue(v.occurredOn) },
      })}
      mapField={toPerson}
    >
      {fields}
    </CommandModal>
  );
}
