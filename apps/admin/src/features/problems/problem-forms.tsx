import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../components/CommandModal';
import { DayField, EnumField, TextField, UnitField } from '../../components/form-fields';
import { dayValue, textValue } from '../../components/form-values';
import type { EscalationLevel, ProblemCategory, ProblemFieldsFragment } from '../../gql/graphql';
import { ESCALATION_LEVELS, PROBLEM_CATEGORIES } from '../../lib/enums';
import {
  AssignProblemMutation,
  CloseProblemMutation,
  EscalateProblemMutation,
  RaiseProblemMutation,
  ResolveProblemMutation,
} from './problems.operations';
import { ProjectPickerField } from './ProjectPickerField';

interface RaiseValues {
  projectId?: string;
  category: ProblemCategory;
  description: string;
  raisedOn?: Dayjs;
  dueOn: Dayjs;
  ownerUnitId?: string;
}

interface ModalProps {
  open: boolean;
  onClose: () => void;
}

/**
 * 提出问题 against a project (chosen in the form when not given); the owner unit defaults
 * to the project's lead unit.
 */
export function RaiseProblemForm({ project, open, onClose }: ModalProps & { project?: { id: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={project ? t('problems.raiseFor', { name: project.name }) : t('commands.raiseProblem')}
      mutation={RaiseProblemMutation}
      successText={t('problems.raised')}
      initialValues={{ raisedOn: dayjs(), dueOn: dayjs().add(30, 'day') }}
      toVariables={(v: RaiseValues) => ({
        input: {
          projectId: project?.id ?? v.projectId ?? '',
          category: v.category,
          description: v.description.trim(),
          raisedOn: dayValue(v.raisedOn),
          dueOn: dayValue(v.dueOn) ?? '',
          ownerUnitId: v.ownerUnitId || undefined,
        },
      })}
    >
      {!project && <ProjectPickerField name="projectId" label={t('fields.projectId')} />}
      <EnumField name="category" label={t('fields.problemCategory')} values={PROBLEM_CATEGORIES} prefix="problemCategory" required />
      <TextField name="description" label={t('fields.problemDescription')} required multiline max={1000} />
      <DayField name="raisedOn" label={t('fields.raisedOn')} />
      <DayField name="dueOn" label={t('fields.dueOn')} required allowFuture />
      <UnitField name="ownerUnitId" label={t('fields.ownerUnitOptional')} />
    </CommandModal>
  );
}

type ProblemAction = 'assign' | 'escalate' | 'resolve' | 'close';

/** The forms that move a problem along: 交办, 提级, 办结 and 关闭 (closing is confirmed: it is final). */
export function ProblemActionForm({ problem, action, onClose }: { problem: ProblemFieldsFragment; action: ProblemAction; onClose: () => void }) {
  const { t } = useTranslation();
  const common = { open: true, onClose, initialValues: { occurredOn: dayjs(), resolvedOn: dayjs() } };
  switch (action) {
    case 'assign':
      return (
        <CommandModal
          {...common}
          title={t('problems.assign')}
          mutation={AssignProblemMutation}
          successText={t('problems.assigned')}
          initialValues={{ ...common.initialValues, ownerUnitId: problem.ownerUnit.id }}
          toVariables={(v: { ownerUnitId: string; occurredOn?: Dayjs; note?: string }) => ({
            input: { problemId: problem.id, ownerUnitId: v.ownerUnitId, occurredOn: dayValue(v.occurredOn), note: textValue(v.note) },
          })}
        >
          <UnitField name="ownerUnitId" label={t('fields.ownerUnitId')} required />
          <DayField name="occurredOn" label={t('fields.occurredOn')} />
          <TextField name="note" label={t('fields.note')} multiline max={500} />
        </CommandModal>
      );
    case 'escalate':
      return (
        <CommandModal
          {...common}
          title={t('problems.escalate')}
          mutation={EscalateProblemMutation}
          successText={t('problems.escalated')}
          toVariables={(v: { level: EscalationLevel; occurredOn?: Dayjs; note?: string }) => ({
            input: { problemId: problem.id, level: v.level, occurredOn: dayValue(v.occurredOn), note: textValue(v.note) },
          })}
        >
          <EnumField name="level" label={t('fields.level')} values={ESCALATION_LEVELS} prefix="escalation" required />
          <DayField name="occurredOn" label={t('fields.occurredOn')} />
          <TextField name="note" label={t('fields.note')} multiline max={500} />
        </CommandModal>
      );
    case 'resolve':
      return (
        <CommandModal
          {...common}
          title={t('problems.resolve')}
          mutation={ResolveProblemMutation}
          successText={t('problems.resolved')}
          toVariables={(v: { resolution: string; resolvedOn?: Dayjs }) => ({
            input: { problemId: problem.id, resolution: v.resolution.trim(), resolvedOn: dayValue(v.resolvedOn) },
          })}
        >
          <TextField name="resolution" label={t('fields.resolution')} required multiline max={1000} />
          <DayField name="resolvedOn" label={t('fields.resolvedOn')} />
        </CommandModal>
      );
    case 'close':
      return (
        <CommandModal
          {...common}
          title={t('problems.close')}
          mutation={CloseProblemMutation}
          successText={t('problems.closed')}
          danger
          confirm={{ title: t('confirm.closeProblemTitle'), content: t('confirm.closeProblemText'), okText: t('confirm.closeProblemOk') }}
          toVariables={(v: { reason: string; occurredOn?: Dayjs }) => ({
            input: { problemId: problem.id, reason: v.reason.trim(), occurredOn: dayValue(v.occurredOn) },
          })}
        >
          <TextField name="reason" label={t('fields.closeReason')} required multiline max={500} />
          <DayField name="occurredOn" label={t('fields.occurredOn')} />
        </CommandModal>
      );
  }
}

export type { ProblemAction };
