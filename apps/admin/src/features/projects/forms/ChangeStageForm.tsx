import dayjs, { type Dayjs } from 'dayjs';
import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../../components/CommandModal';
import { DayField, EnumField, TextField } from '../../../components/form-fields';
import { dayValue, textValue } from '../../../components/form-values';
import type { Stage } from '../../../gql/graphql';
import { ChangeStageMutation } from '../projects.operations';
import type { ProjectFormProps } from './project-form-props';

interface Values {
  stage: Stage;
  occurredOn?: Dayjs;
  reason?: string;
}

/** 阶段变更, offering the stages the platform says the project may move to. Cancelling (终止) cannot be undone, so it is confirmed first. */
export function ChangeStageForm({ project, open, onClose }: ProjectFormProps) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('commands.changeStage')}
      mutation={ChangeStageMutation}
      successText={t('commands.saved')}
      initialValues={{ occurredOn: dayjs() }}
      confirm={{
        when: (v: Values) => v.stage === 'CANCELLED',
        title: t('confirm.cancelProjectTitle', { name: project.name }),
        content: t('confirm.cancelProjectText'),
        okText: t('confirm.cancelProjectOk'),
      }}
      toVariables={(v: Values) => ({
        input: {
          projectId: project.id,
          stage: v.stage,
          occurredOn: dayValue(v.occurredOn),
          reason: textValue(v.reason),
        },
      })}
    >
      <EnumField
        name="stage"
        label={t('fields.newStage')}
        values={project.stageChoices.map((choice) => choice.stage)}
        prefix="stage"
        required
      />
      <DayField name="occurredOn" label={t('fields.occurredOn')} />
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.stage !== b.stage}>
        {({ getFieldValue }) => {
          // the platform says which moves must give a reason (a resume is judged against the stage before the suspension)
          const required = project.stageChoices.some((c) => c.stage === getFieldValue('stage') && c.needsReason);
          return (
            <TextField
              name="reason"
              label={t(required ? 'fields.reason' : 'fields.reasonOptional')}
              required={required}
              multiline
              max={500}
            />
          );
        }}
      </Form.Item>
    </CommandModal>
  );
}
