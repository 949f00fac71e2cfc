import { Empty, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitScoreFieldsFragment } from '../../gql/graphql';
import { Score } from '../../components/values';

/** A short list of units with rank and score: the best of a period, or the reverse ranking. */
export function UnitScoreList({ units, tone }: { units: readonly UnitScoreFieldsFragment[]; tone: 'top' | 'bottom' }) {
  const { t } = useTranslation();
  if (units.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.noRankedUnits')} />;
  return (
    <ol className="unit-score-list">
      {units.map((item) => (
        <li key={item.unit.id}>
          <span>
            <Tag color={tone === 'top' ? 'green' : 'red'}>{t('assessment.rankN', { rank: item.rank })}</Tag>
            <Typography.Text>{item.unit.name}</Typography.Text>
          </span>
          <Score value={item.score} />
        </li>
      ))}
    </ol>
  );
}
