import { useQuery } from '@apollo/client/react';
import { Alert, Empty, List, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../components/QueryState';
import { DateTimeText } from '../../components/values';
import type { BulletinChangesQuery as Data } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { formatDate, formatScore, formatWan } from '../../lib/format';
import type { Locale } from '../../lib/locale';
import { BulletinChangesQuery } from './bulletins.operations';

type Difference = Data['publishedBulletin']['changesSincePublication']['differences'][number];
type Cause = Difference['causes'][number];
type TFn = (key: string, options?: Record<string, unknown>) => string;

/** A figure before or after, in words: a rank, a score, 万元, a share, a light, in or out of a list. */
function valueText(field: string, value: unknown, t: TFn, locale: Locale): string {
  if (value === null || value === undefined) return t('bulletins.changes.none');
  if (typeof value === 'boolean') return t(value ? 'bulletins.changes.listed' : 'bulletins.changes.notListed');
  if (typeof value === 'string') return field === 'light' ? t(`light.${value}`) : t(`reportStatus.${value}`);
  const n = Number(value);
  switch (field) {
    case 'rank':
      return t('bulletins.changes.rankValue', { rank: n });
    case 'score':
      return formatScore(n, locale);
    case 'gapPoints':
      return t('bulletins.changes.points', { value: n.toFixed(1) });
    case 'totalInvestment':
    case 'plannedInvestment':
    case 'completedInvestment':
      return t('unit.wanValue', { value: formatWan(n, locale) });
    default:
      return String(n);
  }
}

function CauseLine({ cause }: { cause: Cause }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const detail =
    cause.previousInvestment !== null && cause.investment !== null
      ? t('bulletins.changes.corrected', {
          month: cause.month,
          from: formatWan(cause.previousInvestment, locale),
          to: formatWan(cause.investment, locale),
        })
      : cause.investment !== null
        ? t('bulletins.changes.reported', { month: cause.month, value: formatWan(cause.investment, locale) })
        : cause.stage
          ? t('bulletins.changes.stage', { stage: t(`stage.${cause.stage}`) })
          : t(`bulletins.eventType.${cause.type}`, { defaultValue: cause.type });
  return (
    <div className="bulletin-cause">
      <Typography.Text strong>
        {cause.projectCode} {cause.projectName}
      </Typography.Text>
      {' · '}
      {detail}
      <Typography.Text type="secondary" className="cause-who">
        {' — '}
        {t('bulletins.changes.recordedBy', { user: cause.recordedBy })} <DateTimeText value={cause.recordedAt} />
        {' · '}
        {t('bulletins.changes.occurredOn', { day: formatDate(cause.occurredOn, locale) })}
      </Typography.Text>
    </div>
  );
}

/**
 * 发布后变化: the published bulletin against the same bulletin computed now, each difference
 * with the events recorded since that caused it, who recorded them and when.
 */
export function BulletinChanges({ id }: { id: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(BulletinChangesQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const changes = data?.publishedBulletin.changesSincePublication;
  return (
    <QueryState loading={loading} error={error} empty={!changes} onRetry={() => void refetch()}>
      {changes && (
        <Space direction="vertical" className="bulletin-changes" size="middle">
          <Alert
            type={changes.reproduced ? 'success' : 'error'}
            showIcon
            title={t(changes.reproduced ? 'bulletins.changes.reproduced' : 'bulletins.changes.notReproduced', {
              digest: data.publishedBulletin.digest.slice(0, 16),
            })}
          />
          {changes.differences.length === 0 ? (
            <Empty description={t('bulletins.changes.noDifferences')} />
          ) : (
            <List<Difference>
              size="small"
              header={t('bulletins.changes.count', { count: changes.differences.length })}
              dataSource={changes.differences}
              renderItem={(d) => (
                <List.Item className="bulletin-difference">
                  <div>
                    <Space wrap>
                      <Tag>{t(`bulletins.section.${d.section}`)}</Tag>
                      <Typography.Text strong>{d.subject}</Typography.Text>
                      <Typography.Text>{t(`bulletins.field.${d.field}`)}</Typography.Text>
                      <Typography.Text delete type="secondary">
                        {valueText(d.field, d.before, t, locale)}
                      </Typography.Text>
                      <span aria-hidden>→</span>
                      <Typography.Text mark>{valueText(d.field, d.after, t, locale)}</Typography.Text>
                    </Space>
                    {d.causes.length === 0 ? (
                      <Typography.Paragraph type="secondary" className="footnote">
                        {t(d.field === 'rank' ? 'bulletins.changes.noCauseRank' : 'bulletins.changes.noCause')}
                      </Typography.Paragraph>
                    ) : (
                      d.causes.map((c, i) => <CauseLine key={i} cause={c} />)
                    )}
                  </div>
                </List.Item>
              )}
            />
          )}
        </Space>
      )}
    </QueryState>
  );
}
