import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import type { UnitsQuery as UnitsData } from '../../gql/graphql';
import { can } from '../../lib/access';
import { yearOf } from '../../lib/period';
import { useUnits } from '../../workspace/use-units';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { CreateDistrictForm, CreateUnitForm, RenameDistrictForm, ReserveTargetForm } from './admin-forms';

type Unit = UnitsData['units'][number];

function Districts() {
  const { t } = useTranslation();
  const { districts } = useWorkspace();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<{ id: string; name: string } | undefined>();
  return (
    <Card
      title={t('districts.title')}
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('districts.create')}
        </Button>
      }
    >
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={districts}
        columns={[
          { title: t('fields.districtCode'), dataIndex: 'code' },
          { title: t('fields.districtName'), dataIndex: 'name' },
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_, d) => (
              <Button size="small" onClick={() => setRenaming(d)}>
                {t('districts.rename')}
              </Button>
            ),
          },
        ]}
      />
      <CreateDistrictForm open={creating} onClose={() => setCreating(false)} />
      {renaming && <RenameDistrictForm district={renaming} open onClose={() => setRenaming(undefined)} />}
    </Card>
  );
}

/** 单位管理: the district's responsible units and their yearly reserve targets. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const district = useDistrict();
  const { period } = useWorkspace();
  const year = yearOf(period);
  const { units, loading, error, refetch } = useUnits();
  const [creating, setCreating] = useState(false);
  const [targeting, setTargeting] = useState<Unit | undefined>();
  return (
    <>
      <PageHeader
        title={t('units.title')}
        subtitle={district.name}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('units.create')}
          </Button>
        }
      />
      <Space orientation="vertical" size={16} className="full-width">
        <Card>
          <QueryState loading={loading} error={error} empty={units.length === 0} emptyText={t('units.none')} onRetry={() => void refetch()}>
            <Table<Unit>
              size="small"
              rowKey="id"
              dataSource={units}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              scroll={{ x: 640 }}
              columns={[
                { title: t('fields.unitCode'), dataIndex: 'code', width: 140 },
                { title: t('fields.unitName'), dataIndex: 'name' },
                { title: t('fields.kind'), key: 'kind', render: (_, u) => t(`unitKind.${u.kind}`), width: 120 },
                {
                  title: t('units.reserveTargetOf', { year }),
                  key: 'target',
                  align: 'right',
                  render: (_, u) => u.reserveTargets.find((r) => r.year === year)?.target ?? '—',
                  width: 150,
                },
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 150,
                  render: (_, u) => (
                    <Button size="small" onClick={() => setTargeting(u)}>
                      {t('units.setReserveTarget')}
                    </Button>
                  ),
                },
              ]}
            />
          </QueryState>
        </Card>
        {can(user.role, 'manageDistricts') && <Districts />}
      </Space>
      <CreateUnitForm districtId={district.id} open={creating} onClose={() => setCreating(false)} />
      {targeting && <ReserveTargetForm unit={targeting} year={year} open onClose={() => setTargeting(undefined)} />}
    </>
  );
}
