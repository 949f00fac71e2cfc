import { List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitScoreFieldsFragment } from '../../gql/graphql';
import { Score } from '../../components/values';

/** A short list of units with rank and score: the best of a period, or the reverse ranking. */
export function UnitScoreList({ units, tone }: { units: readonly UnitScoreFieldsFragment[]; tone: 'top' | 'bottom' }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={[...units]}
      locale={{ emptyText: t('assessment.noRankedUnits') }}
      renderItem={(item) => (
        <List.Item extra={<Score value={item.score} />}>
          <span>
            <Tag color={tone === 'top' ? 'green' : 'red'}>{t('assessment.rankN', { rank: item.rank })}</Tag>
            <Typography.Text>{item.unit.name}</Typography.Text>
          </span>
        </List.Item>
      )}
    />
  );
}
