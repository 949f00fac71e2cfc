import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Space, Statistic, Table, Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n';
import { useErrorText } from '../../i18n/use-error-text';
import { refText } from '../../lib/message-text';
import {
  changeLabel,
  issueMessage,
  rowOutcome,
  summarize,
  type LedgerCheck,
  type LedgerIssue,
  type LedgerRowReport,
  type RowOutcome,
} from './ledger-report';
import type { LedgerName } from './ledger-files';

const OUTCOME_COLORS: Record<RowOutcome, string> = { new: 'green', changed: 'blue', unchanged: 'default' };

/** Every problem of the file, by row and column, in the order the platform found them. */
function IssuesTable({ issues }: { issues: LedgerIssue[] }) {
  const { t } = useTranslation();
  const { textOf } = useErrorText();
  return (
    <Table<LedgerIssue>
      size="small"
      className="ledger-issues"
      rowKey={(issue) => `${issue.row}:${issue.column}:${issue.message}`}
      dataSource={issues}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 720 }}
      columns={[
        { title: t('ledgers.columns.row'), dataIndex: 'row', width: 70 },
        { title: t('ledgers.columns.column'), dataIndex: 'column', width: 160 },
        { title: t('ledgers.columns.value'), dataIndex: 'value', width: 180, render: (value: string) => value || '—' },
        {
          title: t('ledgers.columns.message'),
          key: 'message',
          render: (_, issue) => {
            const message = issueMessage(issue);
            return typeof message === 'string' ? message : textOf(message);
          },
        },
      ]}
    />
  );
}

/** What each row would do: create what it names, change it (and how), or nothing. */
function RowsTable({ rows, ledger }: { rows: LedgerRowReport[]; ledger: LedgerName }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Table<LedgerRowReport>
      size="small"
      className="ledger-rows"
      rowKey="row"
      dataSource={rows}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 640 }}
      columns={[
        { title: t('ledgers.columns.row'), dataIndex: 'row', width: 70 },
        { title: t(`ledgers.keys.${ledger}`), dataIndex: 'key', width: ledger === 'problems' ? 320 : 180 },
        {
          title: t('ledgers.columns.outcome'),
          key: 'outcome',
          width: 100,
          render: (_, row) => {
            const outcome = rowOutcome(row);
            return <Tag color={OUTCOME_COLORS[outcome]}>{t(`ledgers.outcome.${outcome}`)}</Tag>;
          },
        },
        {
          title: t('ledgers.columns.changes'),
          key: 'changes',
          render: (_, row) =>
            row.changes.map((type) => refText(changeLabel(type), t as never, locale)).join(t('common.listSeparator')) ||
            '—',
        },
      ]}
    />
  );
}

/**
 * The dry run of a file: how many rows it read and what they would do, then either its
 * problems (nothing can be imported until the file is fixed) or each row's changes and 导入.
 */
export function LedgerCheckReport({
  ledger,
  check,
  importing,
  onImport,
  onDownloadIssues,
}: {
  /** Which ledger the file was checked as: what its rows name. */
  ledger: LedgerName;
  check: LedgerCheck;
  importing: boolean;
  onImport: () => void;
  /** Saves the rows at fault with their problems, to fix them in Excel. */
  onDownloadIssues: () => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const summary = summarize(check);
  const noun = t(`ledgers.nouns.${ledger}`);
  return (
    <Space orientation="vertical" size={16} className="full-width">
      <Space size={40} wrap className="ledger-summary">
        <Statistic title={t('ledgers.report.rows')} value={summary.rows} />
        <Statistic title={t('ledgers.report.registered', { noun })} value={summary.registered} />
        <Statistic title={t('ledgers.report.changed', { noun })} value={summary.changed} />
        <Statistic title={t('ledgers.report.unchanged')} value={summary.unchanged} />
        <Statistic
          title={t('ledgers.report.problems')}
          value={summary.problems}
          styles={{ content: { color: summary.problems > 0 ? token.colorError : undefined } }}
        />
      </Space>
      {summary.problems > 0 ? (
        <>
          <Alert
            type="error"
            showIcon
            title={t('ledgers.report.hasProblems', { count: summary.problems })}
            action={
              <Button icon={<DownloadOutlined />} onClick={onDownloadIssues}>
                {t('ledgers.report.downloadIssues')}
              </Button>
            }
          />
          <IssuesTable issues={check.issues} />
        </>
      ) : (
        <>
          <Alert
            type={summary.importable ? 'success' : 'info'}
            showIcon
            title={
              summary.importable
                ? t('ledgers.report.ready', { registered: summary.registered, changed: summary.changed, noun })
                : t('ledgers.report.nothingToChange', { noun })
            }
            action={
              <Button type="primary" disabled={!summary.importable} loading={importing} onClick={onImport}>
                {t('ledgers.import')}
              </Button>
            }
          />
          <RowsTable rows={check.rows} ledger={ledger} />
        </>
      )}
    </Space>
  );
}
