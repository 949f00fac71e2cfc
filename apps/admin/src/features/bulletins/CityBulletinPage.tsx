import { useQuery } from '@apollo/client/react';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DateText, Money, Percent } from '../../components/values';
import type { BulletinKind, CityBulletinQuery as Data } from '../../gql/graphql';
import { bulletinPeriodText } from './BulletinDocument';
import { BulletinDownloads } from './BulletinDownloads';
import { cityBulletinFilePath } from './bulletin-periods';
import { useBulletinPeriod } from './BulletinPeriodPicker';
import { CityBulletinQuery } from './bulletins.operations';

type Row = Data['cityBulletin']['districts'][number];
const CITY_KINDS: BulletinKind[] = ['MONTH', 'QUARTER', 'YEAR'];

/** 市级通报: the districts side by side for a month, quarter or year, ranked as the platform ranks them. */
export default function CityBulletinPage() {
  const { t } = useTranslation();
  const { kind, period, picker } = useBulletinPeriod(CITY_KINDS);
  const { data, loading, error, refetch } = useQuery(CityBulletinQuery, { variables: { kind, period } });
  const city = data?.cityBulletin;
  return (
    <>
      <PageHeader title={t('cityBulletin.title')} subtitle={bulletinPeriodText(t, kind, period)} extra={picker} />
      <QueryState loading={loading} error={error} empty={!city} onRetry={() => void refetch()}>
        {city && (
          <Card
            title={
              <>
                {t('cityBulletin.asOf')} <DateText value={city.asOfDay} />
              </>
            }
            extra={<BulletinDownloads path={(extension) => cityBulletinFilePath(kind, period, extension)} />}
          >
            <Table<Row>
              size="small"
              rowKey={(row) => row.district.id}
              dataSource={[...city.districts]}
              pagination={false}
              scroll={{ x: 720 }}
              columns={[
                { title: t('bulletins.col.rank'), key: 'rank', width: 70, render: (_, row) => row.rank },
                { title: t('cityBulletin.district'), key: 'district', render: (_, row) => row.district.name },
                {
                  title: t('bulletins.col.projects'),
                  key: 'projects',
                  align: 'right',
                  render: (_, row) => row.projectCount,
                },
                {
                  title: t('bulletins.col.planned'),
                  key: 'planned',
                  align: 'right',
                  render: (_, row) => <Money value={row.plannedInvestment} />,
                },
                {
                  title: t('bulletins.col.completed'),
                  key: 'completed',
                  align: 'right',
                  render: (_, row) => <Money value={row.completedInvestment} />,
                },
                {
                  title: t('metric.investmentCompletion'),
                  key: 'ic',
                  align: 'right',
                  render: (_, row) => <Percent value={row.investmentCompletion} />,
                },
                {
                  title: t('metric.constructionStart'),
                  key: 'cs',
                  align: 'right',
                  render: (_, row) => <Percent value={row.constructionStart} />,
                },
              ]}
            />
          </Card>
        )}
      </QueryState>
    </>
  );
}
