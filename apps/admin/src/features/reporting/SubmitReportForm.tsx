import dayjs, { type Dayjs } from 'dayjs';
import { Alert, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../components/CommandModal';
import { AmountField, DayField, MonthField, NumberField, TextField } from '../../components/form-fields';
import { dayValue, monthValue, textValue } from '../../components/form-values';
import type { MonthlyReportFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { formatMonth } from '../../lib/format';
import { useUser } from '../../auth/AuthProvider';
import { can } from '../../lib/access';
import { SubmitMonthlyReportMutation } from '../projects/projects.operations';
import { useReportCheck } from './use-report-check';

interface Values {
  month: Dayjs;
  investment: number;
  progressPercent: number;
  note?: string;
  submittedOn?: Dayjs;
}

export interface ReportTarget {
  id: string;
  name: string;
  monthlyReports: readonly MonthlyReportFieldsFragment[];
}

/**
 * 填报月报. A second report for a month corrects the first (which stays in the history),
 * so the form says so before it is sent. The report is submitted on the day it is sent; an
 * admin back-filling a ledger may state an earlier day, and the report is marked 补录.
 */
export function SubmitReportForm({
  project,
  month,
  open,
  onClose,
}: {
  project: ReportTarget;
  month: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const user = useUser();
  const confirmReports = useReportCheck();
  const previous = project.monthlyReports.find((report) => report.month === month);
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('reports.submitFor', { name: project.name })}
      mutation={SubmitMonthlyReportMutation}
      successText={t('reports.submitted')}
      initialValues={{
        month: dayjs(`${month}-01`),
        investment: previous?.investment,
        progressPercent: previous?.progressPercent,
        note: previous?.note ?? '',
      }}
      beforeRun={(v: Values) =>
        confirmReports([
          {
            projectId: project.id,
            name: project.name,
            month: monthValue(v.month) ?? month,
            investment: v.investment,
            progressPercent: v.progressPercent,
          },
        ])
      }
      toVariables={(v: Values) => ({
        input: {
          projectId: project.id,
          month: monthValue(v.month) ?? month,
          investment: v.investment,
          progressPercent: v.progressPercent,
          note: textValue(v.note),
          submittedOn: dayValue(v.submittedOn),
        },
      })}
    >
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.month !== b.month}>
        {({ getFieldValue }) => {
          const chosen = monthValue(getFieldValue('month'));
          const earlier = project.monthlyReports.find((report) => report.month === chosen);
          return earlier ? (
            <Alert
              className="form-note"
              type="info"
              showIcon
              title={t('reports.correctionNotice', { month: formatMonth(chosen, locale) })}
            />
          ) : null;
        }}
      </Form.Item>
      <MonthField name="month" label={t('fields.month')} required />
      <AmountField name="investment" label={t('fields.investment')} required extra={t('reports.investmentHelp')} />
      <NumberField name="progressPercent" label={t('fields.progressPercent')} required min={0} max={100} suffix="%" />
      <TextField name="note" label={t('fields.note')} multiline max={1000} />
      {/* A reporter's report is submitted on the day it is sent; only an admin back-filling a ledger states a day. */}
      {can(user.role, 'backfillReports') && (
        <DayField name="submittedOn" label={t('reports.backfillDay')} extra={t('reports.backfillHelp')} />
      )}
    </CommandModal>
  );
}
