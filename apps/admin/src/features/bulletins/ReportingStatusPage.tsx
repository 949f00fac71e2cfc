import { CopyOutlined, SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Input, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DateText, DateTimeText, MonthText } from '../../components/values';
import type {
  OwedReportsQuery as OwedReportsData,
  ReportStatus,
  ReportingStatusQuery as Data,
} from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { useErrorText } from '../../i18n/use-error-text';
import { can } from '../../lib/access';
import { formatMonth } from '../../lib/format';
import { addMonths } from '../../lib/period';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import {
  BulletinBookQuery,
  OwedReportsQuery,
  ReportingStatusQuery,
  SendReminderMutation,
  SetReminderWebhookMutation,
} from './bulletins.operations';

type UnitRow = Data['reportingStatus']['units'][number];
const MONTHS_SHOWN = 12;
export const STATUS_COLORS: Record<ReportStatus, string> = {
  ON_TIME: 'success',
  LATE: 'warning',
  MISSING: 'error',
  NOT_DUE: 'default',
};

type Owed = OwedReportsData['owedReports'][number];

/** Owed reports by month, oldest first: one line a month however many projects owe it. */
function byMonth(owed: readonly Owed[]) {
  const months = new Map<string, { month: string; dueOn: string; overdue: boolean; projects: Owed[] }>();
  for (const report of owed) {
    const entry = months.get(report.month) ?? {
      month: report.month,
      dueOn: report.dueOn,
      overdue: report.overdue,
      projects: [],
    };
    entry.projects.push(report);
    months.set(report.month, entry);
  }
  return [...months.values()];
}

/** For a reporter: every report their unit still owes, not only this month's. */
function OwedReports() {
  const { t } = useTranslation();
  const district = useDistrict();
  const { data, loading, error, refetch } = useQuery(OwedReportsQuery, { variables: { districtId: district.id } });
  const owed = data?.owedReports ?? [];
  return (
    <Card title={t('reportingStatus.owedTitle')} className="owed-reports">
      <QueryState loading={loading} error={error} empty={false} onRetry={() => void refetch()}>
        {owed.length === 0 ? (
          <Alert type="success" showIcon title={t('reportingStatus.nothingOwed')} />
        ) : (
          <List
            size="small"
            dataSource={byMonth(owed)}
            renderItem={({ month, dueOn, overdue, projects }) => (
              <List.Item>
                <Space direction="vertical" size={2}>
                  <Space wrap>
                    <Tag color={overdue ? 'error' : 'processing'}>
                      {t(overdue ? 'reportingStatus.overdue' : 'reportingStatus.dueSoon')}
                    </Tag>
                    <Typography.Text strong>
                      <MonthText value={month} />
                    </Typography.Text>
                    <Typography.Text type="secondary">
                      {t('reportingStatus.dueOn')} <DateText value={dueOn} /> ·{' '}
                      {t('reportingStatus.projectCount', { count: projects.length })}
                    </Typography.Text>
                  </Space>
                  <Typography.Text className="owed-projects">
                    {projects.map((p) => `${p.code} ${p.name}`).join(t('bulletins.doc.listSeparator'))}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}

/** The reminder text to paste into a group, the group robot and what was sent to it. */
function Reminder({ text, month }: { text: string; month: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { text: errorText } = useErrorText();
  const user = useUser();
  const district = useDistrict();
  const book = useQuery(BulletinBookQuery, { variables: { districtId: district.id } });
  const [url, setUrl] = useState('');
  const [setWebhook, saving] = useMutation(SetReminderWebhookMutation);
  const [send, sending] = useMutation(SendReminderMutation);
  const admin = can(user.role, 'publishBulletins');
  const webhook = book.data?.bulletinBook.webhook;
  return (
    <Card title={t('reportingStatus.reminderTitle')} className="reminder-card">
      <Input.TextArea
        value={text}
        readOnly
        autoSize={{ minRows: 3, maxRows: 12 }}
        aria-label={t('reportingStatus.reminderTitle')}
      />
      <Space wrap className="reminder-actions">
        <Button
          icon={<CopyOutlined />}
          onClick={() =>
            void navigator.clipboard.writeText(text).then(
              () => message.success(t('reportingStatus.copied')),
              () => message.error(t('reportingStatus.copyFailed')),
            )
          }
        >
          {t('reportingStatus.copy')}
        </Button>
        {admin && webhook && (
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={sending.loading}
            onClick={async () => {
              try {
                const { data } = await send({ variables: { input: { districtId: district.id, month } } });
                const result = data?.sendReminder;
                if (result?.outcome === 'DELIVERED') message.success(t('reportingStatus.delivered'));
                else message.error(t('reportingStatus.failed', { reason: result?.reason ?? '' }));
              } catch (error) {
                message.error(errorText(error));
              }
              await book.refetch();
            }}
          >
            {t('reportingStatus.send')}
          </Button>
        )}
      </Space>
      {admin && (
        <div className="webhook-settings">
          <Typography.Paragraph type="secondary">
            {webhook ? t('reportingStatus.webhookSet', { webhook }) : t('reportingStatus.webhookNone')}
          </Typography.Paragraph>
          <Space.Compact className="webhook-input">
            <Input
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder={t('reportingStatus.webhookPlaceholder')}
              aria-label={t('reportingStatus.webhookLabel')}
            />
            <Button
              loading={saving.loading}
              onClick={async () => {
                try {
                  await setWebhook({ variables: { input: { districtId: district.id, url: url.trim() || null } } });
                  setUrl('');
                  message.success(t('reportingStatus.webhookSaved'));
                  await book.refetch();
                } catch (error) {
                  message.error(errorText(error));
                }
              }}
            >
              {t('reportingStatus.saveWebhook')}
            </Button>
          </Space.Compact>
        </div>
      )}
      {(book.data?.bulletinBook.reminders.length ?? 0) > 0 && (
        <List
          size="small"
          header={t('reportingStatus.sentTitle')}
          className="reminders-sent"
          dataSource={book.data?.bulletinBook.reminders.slice(0, 10) ?? []}
          renderItem={(r) => (
            <List.Item>
              <Space wrap>
                <Tag color={r.outcome === 'DELIVERED' ? 'success' : 'error'}>
                  {t(`reportingStatus.outcome.${r.outcome}`)}
                </Tag>
                <MonthText value={r.month} />
                <DateTimeText value={r.sentAt} />
                <span>{r.sentBy}</span>
                {r.reason && <Typography.Text type="danger">{r.reason}</Typography.Text>}
              </Space>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

/** 报送情况 (催报): every unit × its projects' report status for a month, and the reminder. */
export default function ReportingStatusPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const user = useUser();
  const district = useDistrict();
  const { today } = useWorkspace();
  const lastMonth = addMonths(today.slice(0, 7), -1);
  const [month, setMonth] = useState(lastMonth);
  const { data, loading, error, refetch } = useQuery(ReportingStatusQuery, {
    variables: { districtId: district.id, month },
  });
  const status = data?.reportingStatus;
  return (
    <>
      <PageHeader
        title={t('reportingStatus.title')}
        subtitle={district.name}
        extra={
          <Space wrap>
            <Select
              aria-label={t('reportingStatus.month')}
              value={month}
              onChange={setMonth}
              options={Array.from({ length: MONTHS_SHOWN }, (_, i) => addMonths(lastMonth, -i)).map((m) => ({
                value: m,
                label: formatMonth(m, locale),
              }))}
            />
            <ExportButtons list="reporting-status" params={{ districtId: district.id, month }} />
          </Space>
        }
      />
      <div className="page-sections">
        {user.role === 'UNIT_REPORTER' && <OwedReports />}
        <QueryState loading={loading} error={error} empty={!status} onRetry={() => void refetch()}>
          {status && (
            <>
              <Card
                title={t('reportingStatus.gridTitle', { month: formatMonth(status.month, locale) })}
                extra={
                  <Typography.Text type="secondary">
                    {t('reportingStatus.dueOn')} <DateText value={status.dueOn} /> · {t('reportingStatus.judgedOn')}{' '}
                    <DateText value={status.judgedOn} />
                  </Typography.Text>
                }
              >
                <Space wrap className="status-totals">
                  {(['onTime', 'late', 'missing', 'notDue'] as const).map((key) => (
                    <Tag key={key} color={STATUS_COLORS[STATUS_OF[key]]}>
                      {t(`reportStatus.${STATUS_OF[key]}`)} {status.totals[key]}
                    </Tag>
                  ))}
                </Space>
                <Table<UnitRow>
                  size="small"
                  rowKey={(row) => row.unit.unitId}
                  className="reporting-grid"
                  dataSource={[...status.units]}
                  pagination={false}
                  scroll={{ x: 760 }}
                  columns={[
                    {
                      title: t('bulletins.col.unit'),
                      key: 'unit',
                      width: 160,
                      fixed: 'left',
                      render: (_, row) => row.unit.name,
                    },
                    ...(['onTime', 'late', 'missing', 'notDue'] as const).map((key) => ({
                      title: t(`reportStatus.${STATUS_OF[key]}`),
                      key,
                      width: 70,
                      align: 'right' as const,
                      render: (_: unknown, row: UnitRow) => row.counts[key],
                    })),
                    {
                      title: t('reportingStatus.projects'),
                      key: 'projects',
                      render: (_, row) => (
                        <Space size={[4, 4]} wrap>
                          {row.projects
                            .filter((p) => p.status !== 'NOT_DUE')
                            .map((p) => (
                              <Tag
                                key={p.projectId}
                                color={STATUS_COLORS[p.status]}
                                title={`${p.name} · ${t(`reportStatus.${p.status}`)}`}
                              >
                                {p.code} {t(`reportStatus.${p.status}`)}
                              </Tag>
                            ))}
                        </Space>
                      ),
                    },
                  ]}
                />
              </Card>
              {user.role !== 'UNIT_REPORTER' && <Reminder text={status.reminderText} month={status.month} />}
            </>
          )}
        </QueryState>
      </div>
    </>
  );
}

const STATUS_OF = { onTime: 'ON_TIME', late: 'LATE', missing: 'MISSING', notDue: 'NOT_DUE' } as const satisfies Record<
  string,
  ReportStatus
>;
