import { useApolloClient } from '@apollo/client/react';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n';
import { formatMonth, formatWan } from '../../lib/format';
import { ReportWarningsQuery } from './reporting.operations';

/** A report about to be sent, with the project's name for the question. */
export interface ProposedReport {
  projectId: string;
  name: string;
  month: string;
  investment: number;
  progressPercent: number;
}

/**
 * Asks the platform what looks mistyped in reports about to be sent (progress going backwards,
 * investment far above the plan's pace) and, when anything does, asks the user to confirm them.
 * Resolves true when the reports may be sent; a refusal of the figures themselves is thrown.
 */
export function useReportCheck() {
  const client = useApolloClient();
  const { modal } = App.useApp();
  const { t } = useTranslation();
  const { locale } = useLocale();

  const warningsOf = async (report: ProposedReport): Promise<string[]> => {
    const { data } = await client.query({
      query: ReportWarningsQuery,
      variables: {
        projectId: report.projectId,
        month: report.month,
        investment: report.investment,
        progressPercent: report.progressPercent,
      },
      fetchPolicy: 'network-only',
    });
    return (data?.project?.reportWarnings ?? []).map((warning) =>
      t(`reports.warning.${warning.kind}`, {
        progress: report.progressPercent,
        investment: formatWan(report.investment, locale),
        comparedWith: formatWan(warning.comparedWith, locale),
        month: formatMonth(warning.previousMonth, locale),
        factor: warning.factor,
      }),
    );
  };

  return async (reports: readonly ProposedReport[]): Promise<boolean> => {
    const found = await Promise.all(reports.map(async (report) => ({ report, warnings: await warningsOf(report) })));
    const doubtful = found.filter((entry) => entry.warnings.length > 0);
    if (doubtful.length === 0) return true;
    return new Promise<boolean>((resolve) => {
      modal.confirm({
        title: t('reports.confirmTitle'),
        content: (
          <ul className="report-warnings">
            {doubtful.flatMap(({ report, warnings }) =>
              warnings.map((text) => (
                <li key={`${report.projectId}-${text}`}>
                  {reports.length > 1 ? t('reports.warningFor', { name: report.name, text }) : text}
                </li>
              )),
            )}
          </ul>
        ),
        okText: t('reports.confirmOk'),
        cancelText: t('reports.confirmBack'),
        onOk: () => resolve(true),
        onCancel: () => resolve(false),
      });
    });
  };
}
