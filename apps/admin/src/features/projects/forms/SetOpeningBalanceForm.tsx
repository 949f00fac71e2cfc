import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Col, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../../components/CommandModal';
import { AmountField, MonthField } from '../../../components/form-fields';
import { monthValue } from '../../../components/form-values';
import { SetOpeningBalanceMutation } from '../projects.operations';
import type { ProjectFormProps } from './project-form-props';

interface Values {
  asOfMonth: Dayjs;
  cumulativeInvestment: number;
  yearToDateInvestment: number;
}

/**
 * 开累基数: what a project already under way had invested before the district used Tuijin. Saving
 * again corrects it; the API refuses a month that reaches over a monthly report and explains why.
 */
export function SetOpeningBalanceForm({ project, open, onClose }: ProjectFormProps) {
  const { t } = useTranslation();
  const existing = project.openingBalance;
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t(existing ? 'commands.correctOpeningBalance' : 'commands.setOpeningBalance')}
      mutation={SetOpeningBalanceMutation}
      successText={t('commands.saved')}
      initialValues={{
        asOfMonth: existing ? dayjs(existing.asOfMonth) : undefined,
        cumulativeInvestment: existing?.cumulativeInvestment,
        yearToDateInvestment: existing?.yearToDateInvestment,
      }}
      toVariables={(v: Values) => ({
        input: {
          projectId: project.id,
          asOfMonth: monthValue(v.asOfMonth) ?? '',
          cumulativeInvestment: v.cumulativeInvestment,
          yearToDateInvestment: v.yearToDateInvestment,
        },
      })}
    >
      <Alert type="info" showIcon className="form-note" title={t('openingBalance.explained')} />
      <MonthField name="asOfMonth" label={t('fields.asOfMonth')} required />
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <AmountField name="cumulativeInvestment" label={t('fields.cumulativeInvestment')} required />
        </Col>
        <Col xs={24} sm={12}>
          <AmountField
            name="yearToDateInvestment"
            label={t('fields.yearToDateInvestment')}
            extra={t('openingBalance.yearToDateHelp')}
            required
          />
        </Col>
      </Row>
    </CommandModal>
  );
}
