import { useQuery } from '@apollo/client/react';
import { Card, Col, Row, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import { Chart } from '../../components/charts/Chart';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { QueryState } from '../../components/QueryState';
import { DateText, PeriodText } from '../../components/values';
import type { AssessmentFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { formatMonth } from '../../lib/format';
import { lastMonthOf } from '../../lib/period';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { AssessmentQuery, ScoreTrendQuery } from './assessment.operations';
import { RankingTable } from './RankingTable';
import { trendOption } from './trend-chart';
import { UnitScoreList } from './UnitScoreList';

/** The units the trend starts with: the user's own, else the best and the reverse-ranked. */
function defaultTrendUnits(assessment: AssessmentFieldsFragment, ownUnitId: string | null): string[] {
  if (ownUnitId) return [ownUnitId];
  const ranked = assessment.units.filter((s) => s.rank !== null);
  return [...ranked.slice(0, 2), ...assessment.reverseRanking.slice(0, 2)].map((s) => s.unit.id);
}

function Trend({ assessment }: { assessment: AssessmentFieldsFragment }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const user = useUser();
  const district = useDistrict();
  const { knownAt } = useWorkspace();
  const trend = useQuery(ScoreTrendQuery, {
    variables: { districtId: district.id, upTo: lastMonthOf(assessment.period), knownAt: knownAt ?? null },
  });
  const points = trend.data?.scoreTrend;
  const [chosen, setChosen] = useState<string[] | undefined>();
  const unitIds = chosen ?? defaultTrendUnits(assessment, user.unitId);
  return (
    <Card
      title={t('assessment.trend')}
      extra={
        <Select
          mode="multiple"
          aria-label={t('assessment.trendUnits')}
          className="trend-units"
          maxTagCount="responsive"
          value={unitIds}
          onChange={setChosen}
          options={assessment.units.map((s) => ({ value: s.unit.id, label: s.unit.name }))}
          showSearch={{ optionFilterProp: 'label' }}
        />
      }
    >
      <QueryState loading={trend.loading} error={trend.error} empty={!points} onRetry={() => void trend.refetch()}>
        {points && (
          <Chart
            label={t('assessment.trend')}
            height={300}
            option={trendOption(points, unitIds, (period) => formatMonth(period, locale))}
          />
        )}
      </QueryState>
    </Card>
  );
}

/** 考核排名: every unit's score with its breakdown, the reverse ranking, and the trend over the year. */
export default function AssessmentPage() {
  const { t } = useTranslation();
  const district = useDistrict();
  const { period, knownAt } = useWorkspace();
  const { data, loading, error, refetch } = useQuery(AssessmentQuery, {
    variables: { districtId: district.id, period, knownAt: knownAt ?? null },
  });
  const assessment = data?.assessment;
  return (
    <>
      <PageHeader
        title={t('assessment.title')}
        subtitle={
          <>
            {district.name} · <PeriodText value={period} />
          </>
        }
        extra={
          <Space wrap>
            <PeriodPicker withKnownAt />
            <ExportButtons list="ranking" params={{ districtId: district.id, period, knownAt }} />
          </Space>
        }
      />
      <QueryState loading={loading} error={error} empty={!assessment} onRetry={() => void refetch()}>
        {assessment && (
          <div className="page-sections">
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={16}>
                <Trend assessment={assessment} />
              </Col>
              <Col xs={24} lg={8}>
                <Card title={t('assessment.reverseRanking')} className="reverse-card">
                  <UnitScoreList units={assessment.reverseRanking} tone="bottom" />
                  <Typography.Paragraph type="secondary" className="footnote">
                    {t('assessment.reverseExplained', { count: assessment.ruleSet.bottomN })}
                  </Typography.Paragraph>
                </Card>
              </Col>
            </Row>
            <Card title={t('assessment.ranking')}>
              <RankingTable assessment={assessment} />
              <Typography.Text type="secondary" className="footnote">
                {t('assessment.orderRule')}
              </Typography.Text>
            </Card>
            <Typography.Text type="secondary" className="footnote">
              {t('assessment.rulesNote', { version: assessment.ruleSetVersion })}{' '}
              <DateText value={assessment.periodEnd} />
            </Typography.Text>
          </div>
        )}
      </QueryState>
    </>
  );
}
