import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Chart, LIGHT_PALETTE } from '../../components/charts/Chart';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { QueryState } from '../../components/QueryState';
import { ProblemStatusTag } from '../../components/tags';
import { DateText, Percent, PeriodText } from '../../components/values';
import type { DashboardQuery as DashboardData, ProblemFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { formatMonth, formatPercent, formatPoints, formatWan } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { lastMonthOf } from '../../lib/period';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { UnitScoreList } from '../assessment/UnitScoreList';
import { investmentOption, lightsOption, stageFunnelOption } from './dashboard-charts';
import { DashboardQuery } from './dashboard.operations';

type Dashboard = DashboardData['dashboard'];

/** Ahead of, behind or on the time-proportional target (序时进度), in percentage points. */
function gapText(gap: number | null, t: TFunction, locale: Locale): string {
  if (gap === null) return t('dashboard.noPlan');
  const points = formatPoints(gap, locale);
  if (points === formatPoints(0, locale)) return t('dashboard.onTarget');
  return t(gap > 0 ? 'dashboard.aheadOfTarget' : 'dashboard.behindTarget', { points });
}

/** The district's headline figures as the platform computed them (the city comparison shows the same). */
function Summary({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { figures } = dashboard;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Card className="figure-card">
          <Statistic title={t('dashboard.projects')} value={figures.projectCount} />
          <Typography.Text type="secondary" className="figure-note">
            {figures.cancelledCount > 0 ? t('dashboard.cancelledApart', { count: figures.cancelledCount }) : t('dashboard.projectsCounted')}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card className="figure-card">
          <Statistic
            title={t('dashboard.completedToDate')}
            value={formatWan(figures.completedYearToDate, locale, 0)}
            suffix={t('unit.wan')}
          />
          <Typography.Text type="secondary" className="figure-note">
            {t('dashboard.ofAnnualPlan', {
              share: formatPercent(figures.completionRate, locale),
              plan: formatWan(figures.plannedInvestment, locale, 0),
            })}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card className="figure-card">
          <Statistic title={t('figures.investmentCompletion')} value={formatPercent(figures.investmentCompletion, locale)} />
          <Typography.Text type="secondary" className="figure-note">
            {gapText(figures.gapToTarget, t, locale)}
          </Typography.Text>
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card className="figure-card">
          <Statistic
            title={t('dashboard.redProjects')}
            value={dashboard.lights.red}
            styles={{ content: { color: dashboard.lights.red > 0 ? LIGHT_PALETTE.RED : undefined } }}
          />
          <Typography.Text type="secondary" className="figure-note">
            {t('dashboard.lightsOf', { yellow: dashboard.lights.yellow, green: dashboard.lights.green })}
          </Typography.Text>
        </Card>
      </Col>
    </Row>
  );
}

function OverdueProblems({ problems, periodEnd }: { problems: readonly ProblemFieldsFragment[]; periodEnd: string }) {
  const { t } = useTranslation();
  return (
    <Table<ProblemFieldsFragment>
      size="small"
      rowKey="id"
      dataSource={[...problems]}
      pagination={{ pageSize: 5, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('dashboard.noOverdueProblems') }}
      columns={[
        {
          title: t('problems.project'),
          key: 'project',
          render: (_, p) => (
            <>
              <Link to={`/projects/${p.project.id}`}>{p.project.name}</Link>
              <div>
                <Typography.Text type="secondary">{t(`problemCategory.${p.category}`)}</Typography.Text>{' '}
                <ProblemStatusTag status={p.status} />
              </div>
            </>
          ),
        },
        { title: t('problems.ownerUnit'), key: 'owner', render: (_, p) => p.ownerUnit.name },
        { title: t('problems.dueOn'), dataIndex: 'dueOn', render: (d: string) => <DateText value={d} /> },
        {
          title: t('problems.overdueDays'),
          key: 'overdue',
          render: (_, p) => t('problems.days', { count: dayjs(periodEnd).diff(dayjs(p.dueOn), 'day') }),
        },
      ]}
    />
  );
}

function RedProjects({ rows }: { rows: Dashboard['redProjects'] }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey={(row) => row.project.id}
      dataSource={[...rows]}
      pagination={{ pageSize: 5, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('dashboard.noRedProjects') }}
      columns={[
        {
          title: t('projects.name'),
          key: 'name',
          render: (_, row) => <Link to={`/projects/${row.project.id}`}>{row.project.name}</Link>,
        },
        { title: t('projects.leadUnit'), key: 'unit', render: (_, row) => row.project.leadUnit.name },
        { title: t('dashboard.completionRate'), key: 'rate', render: (_, row) => <Percent value={row.completionRate} /> },
        { title: t('dashboard.lag'), key: 'lag', render: (_, row) => <Percent value={row.lag} /> },
      ]}
    />
  );
}

/** 数据看板: where a district stands for a period, as known now or at a chosen instant. */
export default function DashboardPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const district = useDistrict();
  const { period, knownAt } = useWorkspace();
  const { data, loading, error, refetch } = useQuery(DashboardQuery, {
    variables: { districtId: district.id, period, knownAt: knownAt ?? null },
  });
  const dashboard = data?.dashboard;
  return (
    <>
      <PageHeader
        title={t('dashboard.title')}
        subtitle={
          <>
            {district.name} · <PeriodText value={period} />
          </>
        }
        extra={<PeriodPicker withKnownAt />}
      />
      <QueryState loading={loading} error={error} empty={!dashboard} onRetry={() => void refetch()}>
        {dashboard && (
          <div className="page-sections">
            <Summary dashboard={dashboard} />
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={10}>
                <Card
                  title={t('dashboard.stageFunnel')}
                  extra={
                    dashboard.figures.cancelledCount > 0 && (
                      <Typography.Text type="secondary">
                        {t('dashboard.cancelledApart', { count: dashboard.figures.cancelledCount })}
                      </Typography.Text>
                    )
                  }
                >
                  <Chart
                    label={t('dashboard.stageFunnel')}
                    option={stageFunnelOption(dashboard.figures.stageFunnel, (stage) => t(`stage.${stage}`))}
                    height={300}
                  />
                </Card>
              </Col>
              <Col xs={24} lg={14}>
                <Card title={t('dashboard.investmentByMonth')}>
                  <Chart
                    label={t('dashboard.investmentByMonth')}
                    height={300}
                    option={investmentOption(dashboard.investmentByMonth, lastMonthOf(dashboard.assessment.period), {
                      month: (m) => formatMonth(m, locale).replace(/^\d{4}[年-]/, ''),
                      completed: t('dashboard.completedInMonth'),
                      completedToDate: t('dashboard.completedToDate'),
                      target: t('dashboard.target'),
                      unit: t('unit.wan'),
                      amount: (v) => t('unit.wanValue', { value: formatWan(v, locale) }),
                    })}
                  />
                </Card>
              </Col>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={8}>
                <Card title={t('dashboard.lights')}>
                  <Chart
                    label={t('dashboard.lights')}
                    height={240}
                    option={lightsOption(
                      dashboard.lights,
                      { GREEN: t('light.GREEN'), YELLOW: t('light.YELLOW'), RED: t('light.RED'), none: t('light.none') },
                      LIGHT_PALETTE,
                    )}
                  />
                </Card>
              </Col>
              <Col xs={24} md={12} lg={8}>
                <Card title={t('dashboard.topUnits')}>
                  <UnitScoreList units={dashboard.topUnits} tone="top" />
                </Card>
              </Col>
              <Col xs={24} md={12} lg={8}>
                <Card title={t('dashboard.bottomUnits')}>
                  <UnitScoreList units={dashboard.assessment.reverseRanking} tone="bottom" />
                </Card>
              </Col>
            </Row>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Card title={t('dashboard.redList', { count: dashboard.redProjects.length })}>
                  <RedProjects rows={dashboard.redProjects} />
                </Card>
              </Col>
              <Col xs={24} xl={12}>
                <Card title={t('dashboard.overdueProblems', { count: dashboard.overdueProblems.length })}>
                  <OverdueProblems problems={dashboard.overdueProblems} periodEnd={dashboard.assessment.periodEnd} />
                </Card>
              </Col>
            </Row>
            <Typography.Text type="secondary" className="footnote">
              {t('dashboard.footnote', { version: dashboard.assessment.ruleSetVersion })}
              {dashboard.assessment.knownAt && <> · {t('dashboard.knownAtNote')}</>}
            </Typography.Text>
          </div>
        )}
      </QueryState>
    </>
  );
}
