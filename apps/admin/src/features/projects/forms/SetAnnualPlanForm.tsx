import dayjs, { type Dayjs } from 'dayjs';
import { Col, Form, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../../components/CommandModal';
import { AmountField, MonthField, NumberField } from '../../../components/form-fields';
import { monthValue } from '../../../components/form-values';
import { SetAnnualPlanMutation } from '../projects.operations';
import type { ProjectFormProps } from './project-form-props';

interface Values {
  year: number;
  plannedInvestment: number;
  plannedStartMonth: Dayjs;
  plannedCompletionMonth: Dayjs;
  milestones?: string[];
}

/** 年度计划: the year's planned investment, start and completion, and milestones. */
export function SetAnnualPlanForm({ project, open, onClose, year }: ProjectFormProps & { year: number }) {
  const { t } = useTranslation();
  const existing = project.annualPlans.find((plan) => plan.year === year);
  const month = (value: string | undefined, fallback: string) => dayjs(value ?? fallback);
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('commands.setAnnualPlan')}
      mutation={SetAnnualPlanMutation}
      successText={t('commands.saved')}
      initialValues={{
        year,
        plannedInvestment: existing?.plannedInvestment,
        plannedStartMonth: month(existing?.plannedStartMonth, `${year}-01`),
        plannedCompletionMonth: month(existing?.plannedCompletionMonth, `${year}-12`),
        milestones: existing?.milestones ?? [],
      }}
      toVariables={(v: Values) => ({
        input: {
          projectId: project.id,
          year: v.year,
          plannedInvestment: v.plannedInvestment,
          plannedStartMonth: monthValue(v.plannedStartMonth) ?? '',
          plannedCompletionMonth: monthValue(v.plannedCompletionMonth) ?? '',
          milestones: (v.milestones ?? []).map((m) => m.trim()).filter(Boolean),
        },
      })}
    >
      <Row gutter={12}>
        <Col xs={24} sm={10}>
          <NumberField name="year" label={t('fields.year')} required min={2000} max={2100} integer />
        </Col>
        <Col xs={24} sm={14}>
          <AmountField name="plannedInvestment" label={t('fields.plannedInvestment')} required />
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={12}>
          <MonthField name="plannedStartMonth" label={t('fields.plannedStartMonth')} required />
        </Col>
        <Col xs={12}>
          <MonthField name="plannedCompletionMonth" label={t('fields.plannedCompletionMonth')} required />
        </Col>
      </Row>
      <Form.Item name="milestones" label={t('fields.milestones')} extra={t('plan.milestonesHelp')}>
        <Select mode="tags" open={false} suffixIcon={null} tokenSeparators={['；', ';']} />
      </Form.Item>
    </CommandModal>
  );
}
