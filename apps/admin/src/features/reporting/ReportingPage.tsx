import { useApolloClient, useMutation } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../../auth/AuthProvider';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { LateTag } from '../../components/tags';
import { DateText, Money } from '../../components/values';
import type { UnitReportsQuery as UnitReportsData } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { useErrorText } from '../../i18n/use-error-text';
import { formatDate, formatMonth, formatWan, groupThousands, ungroupThousands } from '../../lib/format';
import { addMonths } from '../../lib/period';
import { useAllPages } from '../../workspace/use-all-pages';
import { useUnits } from '../../workspace/use-units';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { SubmitMonthlyReportMutation } from '../projects/projects.operations';
import { byUrgency, shownStatus, type ReportStatus } from './report-status';
import { SubmitReportForm } from './SubmitReportForm';
import { UnitReportsQuery } from './reporting.operations';
import { useReportCheck } from './use-report-check';

type Project = UnitReportsData['projects']['edges'][number]['node'];
interface Draft {
  investment?: number | null;
  progressPercent?: number | null;
  note?: string;
}
interface Row {
  project: Project;
  status: ReportStatus;
}

const STATUS_TAGS: Record<ReportStatus['state'], { color: string; key: string }> = {
  overdue: { color: 'error', key: 'reports.overdue' },
  due: { color: 'processing', key: 'reports.due' },
  late: { color: 'warning', key: 'reports.submittedLate' },
  onTime: { color: 'success', key: 'reports.submittedOnTime' },
};

interface CompleteDraft {
  investment: number;
  progressPercent: number;
  note?: string;
}

const isComplete = (draft: Draft | undefined): draft is CompleteDraft =>
  draft !== undefined && typeof draft.investment === 'number' && typeof draft.progressPercent === 'number';

/** What is wrong with each typed figure, in words, shown under the field: never corrected behind the user's back. */
function figureErrors(draft: Draft, t: TFunction): { investment?: string; progressPercent?: string } {
  const { investment, progressPercent } = draft;
  return {
    ...(typeof investment === 'number' &&
      investment < 0 && { investment: t('validation.notNegative', { field: t('fields.investment') }) }),
    ...(typeof progressPercent === 'number' &&
      (progressPercent < 0 || progressPercent > 100) && {
        progressPercent: t('validation.range', { field: t('fields.progressPercent'), min: 0, max: 100 }),
      }),
  };
}

const isValid = (draft: Draft | undefined, t: TFunction): draft is CompleteDraft =>
  isComplete(draft) && Object.keys(figureErrors(draft, t)).length === 0;

/** A copy of a record without one key. */
function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/** 月报填报: a unit's projects that owe the month's report, filled in and sent from one screen. */
export default function ReportingPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const user = useUser();
  const district = useDistrict();
  const { today } = useWorkspace();
  const { message } = App.useApp();
  const confirmReports = useReportCheck();
  const { text: errorText } = useErrorText();
  const units = useUnits();
  const [month, setMonth] = useState(() => addMonths(today.slice(0, 7), -1));
  const [chosenUnit, setChosenUnit] = useState<string | undefined>();
  const unitId = user.unitId ?? chosenUnit ?? units.units[0]?.id;
  const unitName = user.unit?.name ?? units.nameOf(unitId ?? '');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [sending, setSending] = useState<string[]>([]);
  const [correcting, setCorrecting] = useState<Project | undefined>();
  const [submit] = useMutation(SubmitMonthlyReportMutation);
  const client = useApolloClient();
  /** After reports went in, every query on screen is read again (a batch refreshes once, at its end). */
  const refreshAll = () => void client.refetchQueries({ include: 'active' });

  const projects = useAllPages(
    UnitReportsQuery,
    unitId ? { districtId: district.id, leadUnitId: unitId, month } : undefined,
    (data) => ({
      nodes: data.projects.edges.map((edge) => edge.node),
      hasNextPage: data.projects.pageInfo.hasNextPage,
      endCursor: data.projects.pageInfo.endCursor,
    }),
  );

  const rows = useMemo<Row[]>(
    () =>
      (projects.nodes ?? [])
        .flatMap((project) => (project.reportDue ? [{ project, status: shownStatus(project.reportDue) }] : []))
        .sort((a, b) => byUrgency(a.status, b.status) || a.project.code.localeCompare(b.project.code)),
    [projects.nodes],
  );
  const open = rows.filter((row) => row.status.state === 'due' || row.status.state === 'overdue');
  const ready = open.filter((row) => isValid(drafts[row.project.id], t));

  const setDraft = (id: string, change: Draft) => {
    setDrafts((current) => ({ ...current, [id]: { ...current[id], ...change } }));
    setErrors((current) => without(current, id));
  };

  const proposed = (project: Project, draft: CompleteDraft) => ({
    projectId: project.id,
    name: project.name,
    month,
    investment: draft.investment,
    progressPercent: draft.progressPercent,
  });

  /** Sends one project's report, already checked; a refusal stays beside that project, in plain words. */
  const send = async (project: Project): Promise<boolean> => {
    const draft = drafts[project.id];
    if (!isComplete(draft)) return false;
    setSending((current) => [...current, project.id]);
    try {
      await submit({
        variables: {
          input: {
            projectId: project.id,
            month,
            investment: draft.investment,
            progressPercent: draft.progressPercent,
            note: draft.note?.trim() || undefined,
          },
        },
      });
      setDrafts((current) => without(current, project.id));
      return true;
    } catch (error) {
      setErrors((current) => ({ ...current, [project.id]: errorText(error) }));
      return false;
    } finally {
      setSending((current) => current.filter((id) => id !== project.id));
    }
  };

  /** Whether the platform's doubts about these reports, if any, were confirmed; a refusal lands beside its row. */
  const confirmed = async (rows: { project: Project; draft: CompleteDraft }[]): Promise<boolean> => {
    try {
      return await confirmReports(rows.map(({ project, draft }) => proposed(project, draft)));
    } catch (error) {
      setErrors((current) => ({ ...current, [rows[0].project.id]: errorText(error) }));
      return false;
    }
  };

  const sendOne = async (project: Project) => {
    const draft = drafts[project.id];
    if (!isComplete(draft)) {
      setErrors((current) => ({ ...current, [project.id]: t('reports.fillBoth') }));
      return;
    }
    // a figure out of range is already shown under its field; nothing is sent until it is put right
    if (!isValid(draft, t) || !(await confirmed([{ project, draft }]))) return;
    if (await send(project)) {
      void message.success(t('reports.submittedFor', { name: project.name }));
      refreshAll();
    }
  };

  const sendAll = async () => {
    const rows = ready.map(({ project }) => ({ project, draft: drafts[project.id] as CompleteDraft }));
    if (!(await confirmed(rows))) return;
    let sent = 0;
    for (const row of ready) if (await send(row.project)) sent += 1;
    if (sent > 0) void message.success(t('reports.submittedCount', { count: sent }));
    refreshAll();
  };

  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subtitle={unitName}
        extra={
          <Space wrap>
            {!user.unitId && (
              <Select
                aria-label={t('reports.unit')}
                className="filter-select"
                showSearch={{ optionFilterProp: 'label' }}
                value={unitId}
                onChange={setChosenUnit}
                options={units.options}
              />
            )}
            <DatePicker
              picker="month"
              aria-label={t('fields.month')}
              allowClear={false}
              value={dayjs(`${month}-01`)}
              format={locale === 'zh-CN' ? 'YYYY年M月' : 'YYYY-MM'}
              disabledDate={(day) => day.format('YYYY-MM') > today.slice(0, 7)}
              onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
            />
            <ExportButtons list="reports" params={{ districtId: district.id, month, leadUnitId: unitId }} />
          </Space>
        }
      />
      <QueryState
        loading={projects.loading}
        error={projects.error}
        empty={!projects.nodes}
        onRetry={() => void projects.refetch()}
      >
        <Alert
          className="summary-alert"
          type={open.some((row) => row.status.state === 'overdue') ? 'warning' : 'info'}
          showIcon
          title={t('reports.summary', {
            month: formatMonth(month, locale),
            owed: rows.length,
            open: open.length,
            overdue: open.filter((row) => row.status.state === 'overdue').length,
          })}
          description={
            rows[0] &&
            t('reports.dueRule', { month: formatMonth(month, locale), date: formatDate(rows[0].status.dueOn, locale) })
          }
        />
        <Card
          title={t('reports.listTitle', { month: formatMonth(month, locale) })}
          extra={
            open.length > 0 && (
              <Button
                type="primary"
                disabled={ready.length === 0}
                loading={sending.length > 1}
                onClick={() => void sendAll()}
              >
                {t('reports.submitAll', { count: ready.length })}
              </Button>
            )
          }
        >
          {rows.length === 0 ? (
            <Empty description={t('reports.nothingOwed')} />
          ) : (
            <ul className="report-list">
              {rows.map(({ project, status }) => {
                const report = project.monthlyReports.find((r) => r.month === month);
                const draft = drafts[project.id] ?? {};
                const invalid = figureErrors(draft, t);
                const tag = STATUS_TAGS[status.state];
                const previous = project.previousReport;
                return (
                  <li key={project.id} className="report-row" data-testid={`report-${project.code}`}>
                    <div className="report-project">
                      <Link to={`/projects/${project.id}`}>{project.name}</Link>
                      <Typography.Text type="secondary" className="report-code">
                        {project.code}
                      </Typography.Text>
                      <Space size={4} wrap>
                        <Tag color={tag.color}>{t(tag.key)}</Tag>
                        {status.state === 'late' && <LateTag />}
                        <Typography.Text type="secondary">
                          {t('reports.dueOnLabel')} <DateText value={status.dueOn} />
                        </Typography.Text>
                      </Space>
                      <Typography.Text type="secondary" className="report-previous" data-testid="previous-report">
                        {previous
                          ? t('reports.previous', {
                              month: formatMonth(previous.month, locale),
                              investment: formatWan(previous.investment, locale),
                              progress: previous.progressPercent,
                            })
                          : t('reports.noPrevious')}
                      </Typography.Text>
                    </div>
                    {report ? (
                      <div className="report-values">
                        <span>
                          <Typography.Text type="secondary">{t('fields.investment')}</Typography.Text>{' '}
                          <Money value={report.investment} />
                        </span>
                        <span>
                          <Typography.Text type="secondary">{t('fields.progressPercent')}</Typography.Text>{' '}
                          {report.progressPercent}%
                        </span>
                        <Button size="small" onClick={() => setCorrecting(project)}>
                          {t('reports.correct')}
                        </Button>
                      </div>
                    ) : (
                      <Form layout="inline" className="report-form" onFinish={() => void sendOne(project)}>
                        <Form.Item
                          label={t('fields.investment')}
                          className="report-field"
                          validateStatus={invalid.investment ? 'error' : undefined}
                          help={invalid.investment}
                        >
                          <InputNumber<number>
                            aria-label={t('reports.investmentOf', { name: project.name })}
                            value={draft.investment ?? null}
                            onChange={(value) => setDraft(project.id, { investment: value })}
                            formatter={(value) => groupThousands(String(value ?? ''))}
                            parser={(value) => Number(ungroupThousands(value ?? ''))}
                            suffix={t('unit.wan')}
                            inputMode="decimal"
                          />
                        </Form.Item>
                        <Form.Item
                          label={t('fields.progressPercent')}
                          className="report-field"
                          validateStatus={invalid.progressPercent ? 'error' : undefined}
                          help={invalid.progressPercent}
                        >
                          <InputNumber
                            aria-label={t('reports.progressOf', { name: project.name })}
                            value={draft.progressPercent ?? null}
                            onChange={(value) => setDraft(project.id, { progressPercent: value })}
                            suffix="%"
                          />
                        </Form.Item>
                        <Form.Item label={t('fields.note')} className="report-field report-note">
                          <Input
                            aria-label={t('reports.noteOf', { name: project.name })}
                            value={draft.note ?? ''}
                            maxLength={1000}
                            onChange={(event) => setDraft(project.id, { note: event.target.value })}
                          />
                        </Form.Item>
                        <Form.Item>
                          <Button htmlType="submit" type="primary" loading={sending.includes(project.id)}>
                            {t('reports.submit')}
                          </Button>
                        </Form.Item>
                        {errors[project.id] && (
                          <Alert className="row-error" type="error" showIcon title={errors[project.id]} role="alert" />
                        )}
                      </Form>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </QueryState>
      {correcting && (
        <SubmitReportForm project={correcting} month={month} open onClose={() => setCorrecting(undefined)} />
      )}
    </>
  );
}
