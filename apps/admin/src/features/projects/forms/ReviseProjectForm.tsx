import dayjs, { type Dayjs } from 'dayjs';
import { Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../../components/CommandModal';
import { AmountField, DayField, EnumField, TextField } from '../../../components/form-fields';
import { dayValue } from '../../../components/form-values';
import type { ProjectDetailFieldsFragment, ProjectDetailsInput } from '../../../gql/graphql';
import { CATEGORIES } from '../../../lib/enums';
import { ReviseProjectMutation } from '../projects.operations';
import { ProjectDetailExtras } from './RegisterProjectForm';
import type { ProjectFormProps } from './project-form-props';

type Details = Required<{ [K in keyof ProjectDetailsInput]: NonNullable<ProjectDetailsInput[K]> }>;
const DETAIL_FIELDS = ['name', 'category', 'totalInvestment', 'ownerEnterprise', 'township', 'longitude', 'latitude', 'description'] as const;

function currentDetails(project: ProjectDetailFieldsFragment): Partial<Details> {
  return Object.fromEntries(DETAIL_FIELDS.map((field) => [field, project[field] ?? undefined])) as Partial<Details>;
}

/** Only the details that differ are sent: the history then records what really changed. */
export function changedDetails(before: Partial<Details>, after: Partial<Details>): ProjectDetailsInput {
  const changes: Record<string, unknown> = {};
  for (const field of DETAIL_FIELDS) {
    const value = typeof after[field] === 'string' ? (after[field] as string).trim() : after[field];
    if (value !== undefined && value !== null && value !== '' && value !== before[field]) changes[field] = value;
  }
  return changes as ProjectDetailsInput;
}

/** The platform names a bad detail by itself (`name`); the form keeps details under `changes`. */
const underChanges = (path: (string | number)[]) =>
  (DETAIL_FIELDS as readonly (string | number)[]).includes(path[0]) ? ['changes', ...path] : path;

/** 修改项目信息. */
export function ReviseProjectForm({ project, open, onClose }: ProjectFormProps) {
  const { t } = useTranslation();
  const before = currentDetails(project);
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('commands.reviseProject')}
      mutation={ReviseProjectMutation}
      successText={t('commands.saved')}
      mapField={underChanges}
      initialValues={{ changes: before, occurredOn: dayjs() }}
      toVariables={(v: { changes: Partial<Details>; occurredOn?: Dayjs }) => ({
        input: { projectId: project.id, changes: changedDetails(before, v.changes), occurredOn: dayValue(v.occurredOn) },
      })}
    >
      <TextField name={['changes', 'name']} label={t('fields.name')} required />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <EnumField name={['changes', 'category']} label={t('fields.category')} values={CATEGORIES} prefix="category" required />
        </Col>
        <Col xs={24} sm={12}>
          <AmountField name={['changes', 'totalInvestment']} label={t('fields.totalInvestment')} required />
        </Col>
      </Row>
      <ProjectDetailExtras prefix={['changes']} />
      <DayField name="occurredOn" label={t('fields.occurredOn')} />
    </CommandModal>
  );
}
