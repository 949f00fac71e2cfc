import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../../components/CommandModal';
import { DayField, TextField, UnitField } from '../../../components/form-fields';
import { dayValue, textValue } from '../../../components/form-values';
import { ChangeLeadUnitMutation } from '../projects.operations';
import type { ProjectFormProps } from './project-form-props';

/** 变更牵头单位. */
export function ChangeLeadUnitForm({ project, open, onClose }: ProjectFormProps) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('commands.changeLeadUnit')}
      mutation={ChangeLeadUnitMutation}
      successText={t('commands.saved')}
      initialValues={{ occurredOn: dayjs() }}
      toVariables={(v: { leadUnitId: string; occurredOn?: Dayjs; reason?: string }) => ({
        input: { projectId: project.id, leadUnitId: v.leadUnitId, occurredOn: dayValue(v.occurredOn), reason: textValue(v.reason) },
      })}
    >
      <UnitField name="leadUnitId" label={t('fields.newLeadUnit')} required />
      <DayField name="occurredOn" label={t('fields.occurredOn')} />
      <TextField name="reason" label={t('fields.reasonOptional')} multiline max={500} />
    </CommandModal>
  );
}
