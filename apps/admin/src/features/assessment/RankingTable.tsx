import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Percent, Score } from '../../components/values';
import type { AssessmentFieldsFragment, UnitScoreFieldsFragment } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { formatScore } from '../../lib/format';
import { METRICS, metricPoints, reverseRankedIds } from './metrics';

function RankChange({ change }: { change: number | undefined }) {
  const { t } = useTranslation();
  if (change === undefined || change === 0) return <Typography.Text type="secondary">{t('assessment.unchanged')}</Typography.Text>;
  return change > 0 ? (
    <Typography.Text type="success">
      <ArrowUpOutlined /> {t('assessment.up', { count: change })}
    </Typography.Text>
  ) : (
    <Typography.Text type="danger">
      <ArrowDownOutlined /> {t('assessment.down', { count: -change })}
    </Typography.Text>
  );
}

/**
 * The ranking with every metric's value and the points it adds, the reverse-ranked units
 * highlighted. With `changes`, a column says how each rank moved (the rule-set preview).
 */
export function RankingTable({
  assessment,
  changes,
  changeTitle,
  maxHeight,
}: {
  assessment: AssessmentFieldsFragment;
  changes?: Map<string, number>;
  changeTitle?: string;
  /** Scroll inside this height rather than making the page as long as the list. */
  maxHeight?: number;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const bottom = reverseRankedIds(assessment.reverseRanking);
  const weights = assessment.ruleSet.weights;
  return (
    <Table<UnitScoreFieldsFragment>
      size="small"
      rowKey={(row) => row.unit.id}
      dataSource={[...assessment.units]}
      pagination={false}
      scroll={{ x: 1130, y: maxHeight }}
      rowClassName={(row) => (bottom.has(row.unit.id) ? 'reverse-ranked' : row.rank === null ? 'unranked' : '')}
      locale={{ emptyText: t('assessment.noUnits') }}
      columns={[
        {
          title: t('assessment.rank'),
          key: 'rank',
          width: 90,
          fixed: 'left',
          render: (_, row) =>
            row.rank === null ? (
              <Typography.Text type="secondary">{t('assessment.unranked')}</Typography.Text>
            ) : (
              <>
                {row.rank}
                {bottom.has(row.unit.id) && (
                  <Tag color="error" className="reverse-tag">
                    {t('assessment.reverseTag')}
                  </Tag>
                )}
              </>
            ),
        },
        {
          title: t('assessment.unit'),
          key: 'unit',
          width: 200,
          fixed: 'left',
          render: (_, row) => (
            <>
              {row.unit.name}
              {row.tieBreak && (
                <Typography.Text type="secondary" className="tie-note">
                  {t(`assessment.tieBreak.${row.tieBreak}`)}
                </Typography.Text>
              )}
              {row.rank === null && (
                <Typography.Text type="secondary" className="tie-note">
                  {t('assessment.noProjects')}
                </Typography.Text>
              )}
            </>
          ),
        },
        ...(changes
          ? [{ title: changeTitle, key: 'change', width: 100, render: (_: unknown, row: UnitScoreFieldsFragment) => <RankChange change={changes.get(row.unit.id)} /> }]
          : []),
        { title: t('assessment.score'), key: 'score', align: 'right', width: 80, render: (_, row) => <Score value={row.score} /> },
        ...METRICS.map((metric) => ({
          title: t('assessment.metricWithWeight', { metric: t(`metric.${metric.key}`), weight: weights[metric.weight] }),
          key: metric.key,
          align: 'right' as const,
          render: (_: unknown, row: UnitScoreFieldsFragment) => {
            const points = metricPoints(row[metric.key], weights[metric.weight]);
            return (
              <span className="metric-cell">
                <Percent value={row[metric.key]} />
                {points !== null && (
                  <Typography.Text type="secondary" className="metric-points">
                    {t('assessment.points', { points: formatScore(points, locale) })}
                  </Typography.Text>
                )}
              </span>
            );
          },
        })),
        { title: t('assessment.projectCount'), key: 'projects', align: 'right', width: 80, render: (_, row) => row.projectCount },
      ]}
    />
  );
}
