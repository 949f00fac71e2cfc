import { DownOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Dropdown, Empty, Row, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useUser } from '../../auth/AuthProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useActorText } from '../../components/ActorText';
import { BackfillTag, LateTag, LightTag, ProblemStatusTag, StageTag } from '../../components/tags';
import { DateText, Money, MonthText, Percent, PeriodText } from '../../components/values';
import type { MonthlyReportFieldsFragment, ProblemFieldsFragment, ProjectQuery as ProjectData } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { can } from '../../lib/access';
import { formatMonth, formatWan } from '../../lib/format';
import { yearOf } from '../../lib/period';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { ProblemActions } from '../problems/ProblemActions';
import { RaiseProblemForm } from '../problems/problem-forms';
import { nextReportMonth } from '../reporting/report-status';
import { SubmitReportForm } from '../reporting/SubmitReportForm';
import { AssignPersonForm } from './forms/AssignPersonForm';
import { ChangeLeadUnitForm } from './forms/ChangeLeadUnitForm';
import { ChangeStageForm } from './forms/ChangeStageForm';
import { ReviseProjectForm } from './forms/ReviseProjectForm';
import { SetAnnualPlanForm } from './forms/SetAnnualPlanForm';
import { SetOpeningBalanceForm } from './forms/SetOpeningBalanceForm';
import { LightStrip } from './LightStrip';
import { ProjectHistory } from './ProjectHistory';
import { ProjectQuery } from './projects.operations';

type Project = NonNullable<ProjectData['project']>;
type Command = 'revise' | 'stage' | 'plan' | 'opening' | 'leadUnit' | 'leader' | 'secretary' | 'report' | 'problem';

const person = (p: { name: string; phone: string | null } | null) => (p ? [p.name, p.phone].filter(Boolean).join(' · ') : '—');

/** 开累基数 in words: "截至2024年12月：8,417 万元（其中2024年 3,000 万元）". */
function OpeningBalanceText({ balance }: { balance: Project['openingBalance'] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (!balance) return <Typography.Text type="secondary">{t('openingBalance.none')}</Typography.Text>;
  return (
    <>
      {t('openingBalance.value', {
        month: formatMonth(balance.asOfMonth, locale),
        year: balance.asOfMonth.slice(0, 4),
        amount: formatWan(balance.cumulativeInvestment, locale),
        yearToDate: formatWan(balance.yearToDateInvestment, locale),
      })}
    </>
  );
}

function Overview({ project, period }: { project: Project; period: string }) {
  const { t } = useTranslation();
  const a = project.assessment;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={14}>
        <Card title={t('project.details')}>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('fields.category')}>{t(`category.${project.category}`)}</Descriptions.Item>
            <Descriptions.Item label={t('fields.leadUnitId')}>{project.leadUnit.name}</Descriptions.Item>
            <Descriptions.Item label={t('fields.totalInvestment')}>
              <Money value={project.totalInvestment} />
            </Descriptions.Item>
            <Descriptions.Item label={t('projects.completedInvestment')}>
              <Money value={project.cumulativeInvestment} />
            </Descriptions.Item>
            <Descriptions.Item label={t('openingBalance.title')}>
              <OpeningBalanceText balance={project.openingBalance} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.registeredOn')}>
              <DateText value={project.registeredOn} />
            </Descriptions.Item>
            <Descriptions.Item label={t('project.stageSince')}>
              <DateText value={project.stageSince} />
            </Descriptions.Item>
            <Descriptions.Item label={t('fields.ownerEnterprise')}>{project.ownerEnterprise ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('fields.township')}>{project.township ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('project.leader')}>
              <Space size={8}>
                {person(project.leader)}
                {project.leader?.userId && <Tag>{t('project.leaderLinked')}</Tag>}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('project.serviceSecretary')}>{person(project.serviceSecretary)}</Descriptions.Item>
            <Descriptions.Item label={t('project.location')}>
              {project.longitude !== null && project.latitude !== null ? `${project.longitude}, ${project.latitude}` : '—'}
            </Descriptions.Item>
          </Descriptions>
          {project.description && <Typography.Paragraph className="project-description">{project.description}</Typography.Paragraph>}
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card
          title={
            <>
              {t('project.standing')} · <PeriodText value={period} />
            </>
          }
        >
          {a ? (
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('projects.light')}>
                <LightTag light={a.light} />
              </Descriptions.Item>
              <Descriptions.Item label={t('fields.plannedInvestment')}>
                <Money value={a.plannedInvestment} />
              </Descriptions.Item>
              <Descriptions.Item label={t('dashboard.target')}>
                <Money value={a.target} />
              </Descriptions.Item>
              <Descriptions.Item label={t('project.completedThisYear')}>
                <Money value={a.completed} />
              </Descriptions.Item>
              <Descriptions.Item label={t('dashboard.completionRate')}>
                <Percent value={a.completionRate} />
              </Descriptions.Item>
              <Descriptions.Item label={t('dashboard.lag')}>
                <Percent value={a.lag} />
              </Descriptions.Item>
            </Descriptions>
          ) : (
            <Empty description={t('project.noStanding')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}

function Plans({ project }: { project: Project }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="year"
      pagination={false}
      dataSource={[...project.annualPlans].sort((a, b) => b.year - a.year)}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('plan.none') }}
      columns={[
        { title: t('fields.year'), dataIndex: 'year' },
        { title: t('fields.plannedInvestment'), key: 'amount', align: 'right', render: (_, p) => <Money value={p.plannedInvestment} /> },
        { title: t('fields.plannedStartMonth'), key: 'start', render: (_, p) => <MonthText value={p.plannedStartMonth} /> },
        { title: t('fields.plannedCompletionMonth'), key: 'end', render: (_, p) => <MonthText value={p.plannedCompletionMonth} /> },
        { title: t('fields.milestones'), key: 'milestones', render: (_, p) => p.milestones.join(t('common.listSeparator')) || '—' },
      ]}
    />
  );
}

function Reports({ reports }: { reports: readonly MonthlyReportFieldsFragment[] }) {
  const { t } = useTranslation();
  const actorText = useActorText();
  return (
    <Table<MonthlyReportFieldsFragment>
      size="small"
      rowKey="month"
      pagination={{ pageSize: 12, hideOnSinglePage: true }}
      dataSource={[...reports].sort((a, b) => b.month.localeCompare(a.month))}
      scroll={{ x: 820 }}
      locale={{ emptyText: t('reports.none') }}
      columns={[
        { title: t('fields.month'), key: 'month', render: (_, r) => <MonthText value={r.month} /> },
        { title: t('fields.investment'), key: 'investment', align: 'right', render: (_, r) => <Money value={r.investment} /> },
        { title: t('fields.progressPercent'), key: 'progress', align: 'right', render: (_, r) => `${r.progressPercent}%` },
        {
          title: t('reports.firstSubmittedOn'),
          key: 'first',
          render: (_, r) => (
            <>
              <DateText value={r.firstSubmittedOn} />
              {r.backfilledBy && (
                <>
                  <BackfillTag />
                  <Typography.Text type="secondary" className="tie-note">
                    {t('reports.backfilledBy', { who: actorText(r.backfilledBy) })}
                  </Typography.Text>
                </>
              )}
            </>
          ),
        },
        { title: t('reports.dueOn'), key: 'due', render: (_, r) => <DateText value={r.dueOn} /> },
        {
          title: t('reports.punctuality'),
          key: 'late',
          render: (_, r) => (r.late ? <LateTag /> : <Tag color="success">{t('reports.onTime')}</Tag>),
        },
        {
          title: t('reports.corrections'),
          key: 'corrections',
          render: (_, r) => (r.corrections > 0 ? t('reports.correctedTimes', { count: r.corrections }) : '—'),
        },
        { title: t('fields.note'), key: 'note', render: (_, r) => r.note ?? '—', ellipsis: true },
      ]}
    />
  );
}

function Problems({ problems }: { problems: readonly ProblemFieldsFragment[] }) {
  const { t } = useTranslation();
  return (
    <Table<ProblemFieldsFragment>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={[...problems].reverse()}
      scroll={{ x: 900 }}
      locale={{ emptyText: t('problems.noneForProject') }}
      columns={[
        { title: t('problems.status'), key: 'status', render: (_, p) => <ProblemStatusTag status={p.status} />, width: 90 },
        { title: t('problems.category'), key: 'category', render: (_, p) => t(`problemCategory.${p.category}`), width: 80 },
        {
          title: t('fields.problemDescription'),
          key: 'description',
          render: (_, p) => (
            <>
              <div>{p.description}</div>
              {p.resolution && <Typography.Text type="success">{t('problems.resolutionText', { text: p.resolution })}</Typography.Text>}
              {p.closedReason && <Typography.Text type="secondary">{t('problems.closedText', { text: p.closedReason })}</Typography.Text>}
              {p.escalations.map((e) => (
                <div key={`${e.level}-${e.occurredOn}`}>
                  <Tag color="volcano">{t(`escalation.${e.level}`)}</Tag>
                  <DateText value={e.occurredOn} />
                </div>
              ))}
            </>
          ),
        },
        { title: t('problems.ownerUnit'), key: 'owner', render: (_, p) => p.ownerUnit.name, width: 120 },
        { title: t('problems.dueOn'), key: 'due', render: (_, p) => <DateText value={p.dueOn} />, width: 120 },
        { title: t('common.actions'), key: 'actions', render: (_, p) => <ProblemActions problem={p} />, width: 200 },
      ]}
    />
  );
}

/** 项目详情: everything about one project, and every command that changes it. */
export default function ProjectPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  // a link may open a tab: the open-data page links each project of its package to its history
  const tab = useSearchParams()[0].get('tab');
  const user = useUser();
  const navigate = useNavigate();
  const { period, today } = useWorkspace();
  const [command, setCommand] = useState<Command | undefined>();
  const year = yearOf(period);
  const { data, loading, error, refetch } = useQuery(ProjectQuery, { variables: { id, period, year } });
  const project = data?.project;

  if (!loading && data && !project) {
    return <Empty description={t('project.notFound')}><Button onClick={() => navigate('/projects')}>{t('project.backToList')}</Button></Empty>;
  }
  const editable = project && can(user.role, 'editProjects') && project.acceptsChanges;
  const reportMonth = nextReportMonth(project?.monthlyReports ?? [], today);
  const commands: { key: Command; label: string }[] = [
    { key: 'report', label: t('commands.submitReport') },
    { key: 'problem', label: t('commands.raiseProblem') },
    { key: 'stage', label: t('commands.changeStage') },
    { key: 'plan', label: t('commands.setAnnualPlan') },
    ...(can(user.role, 'setOpeningBalance')
      ? [
          {
            key: 'opening' as const,
            label: t(project?.openingBalance ? 'commands.correctOpeningBalance' : 'commands.setOpeningBalance'),
          },
        ]
      : []),
    { key: 'revise', label: t('commands.reviseProject') },
    { key: 'leadUnit', label: t('commands.changeLeadUnit') },
    { key: 'leader', label: t('commands.assignLeader') },
    { key: 'secretary', label: t('commands.assignServiceSecretary') },
  ];
  const close = () => setCommand(undefined);
  let form: ReactNode = null;
  if (project && command) {
    const props = { project, open: true, onClose: close };
    form = {
      revise: <ReviseProjectForm {...props} />,
      stage: <ChangeStageForm {...props} />,
      plan: <SetAnnualPlanForm {...props} year={year} />,
      opening: <SetOpeningBalanceForm {...props} />,
      leadUnit: <ChangeLeadUnitForm {...props} />,
      leader: <AssignPersonForm {...props} role="leader" />,
      secretary: <AssignPersonForm {...props} role="secretary" />,
      report: <SubmitReportForm project={project} month={reportMonth} open onClose={close} />,
      problem: <RaiseProblemForm project={project} open onClose={close} />,
    }[command];
  }

  return (
    <QueryState loading={loading} error={error} empty={!project} onRetry={() => void refetch()}>
      {project && (
        <>
          <PageHeader
            title={project.name}
            subtitle={
              <Space wrap size={4}>
                <span>{project.code}</span>
                <StageTag stage={project.stage} />
                <LightTag light={project.assessment?.light} />
                {project.openProblemCount > 0 && <Tag color="red">{t('project.openProblems', { count: project.openProblemCount })}</Tag>}
              </Space>
            }
            extra={
              editable ? (
                <Space wrap>
                  <Button type="primary" onClick={() => setCommand('report')}>
                    {t('commands.submitReport')}
                  </Button>
                  <Dropdown
                    trigger={['click']}
                    menu={{ items: commands.slice(1), onClick: ({ key }) => setCommand(key as Command) }}
                  >
                    <Button>
                      {t('commands.more')} <DownOutlined />
                    </Button>
                  </Dropdown>
                </Space>
              ) : !project.acceptsChanges ? (
                <Tag>{t('project.cancelledNote')}</Tag>
              ) : can(user.role, 'handleProblems') ? (
                <Button onClick={() => setCommand('problem')}>{t('commands.raiseProblem')}</Button>
              ) : null
            }
          />
          <Tabs
            defaultActiveKey={tab ?? undefined}
            items={[
              {
                key: 'overview',
                label: t('project.tabOverview'),
                children: (
                  <div className="page-sections">
                    <Overview project={project} period={period} />
                    <Card title={t('project.plans')}>
                      <Plans project={project} />
                    </Card>
                  </div>
                ),
              },
              {
                key: 'reports',
                label: t('project.tabReports', { count: project.monthlyReports.length }),
                children: <Reports reports={project.monthlyReports} />,
              },
              {
                key: 'problems',
                label: t('project.tabProblems', { count: project.problems.length }),
                children: <Problems problems={project.problems} />,
              },
              {
                key: 'lights',
                label: t('project.tabLights'),
                children: (
                  <Card title={t('project.lightHistoryOf', { year })}>
                    <LightStrip months={project.lightHistory} />
                    <Typography.Paragraph type="secondary" className="footnote">
                      {t('project.lightExplained')}
                    </Typography.Paragraph>
                  </Card>
                ),
              },
              {
                key: 'history',
                label: t('project.tabHistory', { count: project.history.length }),
                children: <ProjectHistory history={project.history} />,
              },
            ]}
          />
          {form}
        </>
      )}
    </QueryState>
  );
}
