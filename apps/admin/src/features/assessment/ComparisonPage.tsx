import { useQuery } from '@apollo/client/react';
import { Card, Table, Typography } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/charts/Chart';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { QueryState } from '../../components/QueryState';
import { Money, Percent, PeriodText } from '../../components/values';
import type { DistrictComparisonQuery as ComparisonData } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { DistrictComparisonQuery } from './assessment.operations';

type Row = ComparisonData['districtComparison'][number];

function comparisonOption(rows: readonly Row[], labels: { completion: string; start: string }): EChartsCoreOption {
  const percent = (value: number) => Math.round(value * 1000) / 10;
  return {
    tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => `${String(value)}%` },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: rows.map((row) => row.district.name), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      { name: labels.completion, type: 'bar', data: rows.map((row) => percent(row.investmentCompletion)), itemStyle: { color: '#1f5fbf' } },
      { name: labels.start, type: 'bar', data: rows.map((row) => percent(row.constructionStart)), itemStyle: { color: '#52c41a' } },
    ],
  };
}

/** 区县对比: the city's districts side by side on investment completion and construction start. */
export default function ComparisonPage() {
  const { t } = useTranslation();
  const { period, knownAt } = useWorkspace();
  const { data, loading, error, refetch } = useQuery(DistrictComparisonQuery, { variables: { period, knownAt: knownAt ?? null } });
  const rows = [...(data?.districtComparison ?? [])].sort((a, b) => b.investmentCompletion - a.investmentCompletion);
  return (
    <>
      <PageHeader title={t('comparison.title')} subtitle={<PeriodText value={period} />} extra={<PeriodPicker withKnownAt />} />
      <QueryState loading={loading} error={error} empty={!data || rows.length === 0} onRetry={() => void refetch()}>
        <div className="page-sections">
          <Card title={t('comparison.chart')}>
            <Chart
              label={t('comparison.chart')}
              height={320}
              option={comparisonOption(rows, { completion: t('figures.investmentCompletion'), start: t('metric.constructionStart') })}
            />
          </Card>
          <Card title={t('comparison.table')}>
            <Table<Row>
              size="small"
              rowKey={(row) => row.district.id}
              dataSource={rows}
              pagination={false}
              scroll={{ x: 880 }}
              columns={[
                { title: t('comparison.rank'), key: 'rank', render: (_, __, index) => index + 1, width: 70 },
                { title: t('comparison.district'), key: 'district', render: (_, row) => row.district.name },
                { title: t('comparison.projects'), dataIndex: 'projectCount', align: 'right' },
                { title: t('comparison.cancelled'), dataIndex: 'cancelledCount', align: 'right' },
                { title: t('comparison.planned'), key: 'planned', align: 'right', render: (_, row) => <Money value={row.plannedInvestment} /> },
                { title: t('comparison.completed'), key: 'completed', align: 'right', render: (_, row) => <Money value={row.completedYearToDate} /> },
                { title: t('figures.investmentCompletion'), key: 'ic', align: 'right', render: (_, row) => <Percent value={row.investmentCompletion} /> },
                { title: t('metric.constructionStart'), key: 'cs', align: 'right', render: (_, row) => <Percent value={row.constructionStart} /> },
              ]}
            />
            <Typography.Text type="secondary" className="footnote">
              {t('comparison.footnote')}
            </Typography.Text>
          </Card>
        </div>
      </QueryState>
    </>
  );
}
