import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Input, Select, Space, Table } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { useUser } from '../../auth/AuthProvider';
import { CursorPagination } from '../../components/CursorPagination';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { LightTag, StageTag } from '../../components/tags';
import { Money } from '../../components/values';
import type { ProjectSortField, ProjectsQuery as ProjectsData } from '../../gql/graphql';
import { can } from '../../lib/access';
import { currentCursor, firstPage, nextPage, previousPage } from '../../lib/cursor-pager';
import { CATEGORIES, STAGES } from '../../lib/enums';
import { lastMonthOf } from '../../lib/period';
import { useUnits } from '../../workspace/use-units';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { RegisterProjectForm } from './forms/RegisterProjectForm';
import { parseListQuery, toApiFilter, toApiOrder, toSearchParams, type ProjectListQuery } from './project-filters';
import { ProjectsQuery } from './projects.operations';

type Row = ProjectsData['projects']['edges'][number]['node'];

/** Table columns that the API can sort by. */
const SORTABLE: Record<string, ProjectSortField> = {
  code: 'CODE',
  name: 'NAME',
  totalInvestment: 'TOTAL_INVESTMENT',
  cumulativeInvestment: 'CUMULATIVE_INVESTMENT',
  registeredOn: 'REGISTERED_ON',
};

/** 项目库: every project of the district, filtered, sorted and paged by the API. */
export default function ProjectsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const district = useDistrict();
  const { period } = useWorkspace();
  const navigate = useNavigate();
  const units = useUnits();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseListQuery(params), [params]);
  const [pageSize, setPageSize] = useState(20);
  const [pager, setPager] = useState(firstPage);
  const [registering, setRegistering] = useState(false);
  const [text, setText] = useState(query.text);

  // A new filter, sort or district starts again at page 1.
  useEffect(() => setPager(firstPage()), [params, pageSize, district.id]);

  const update = (changes: Partial<ProjectListQuery>) => setParams(toSearchParams({ ...query, ...changes }));

  const { data, loading, error, refetch } = useQuery(ProjectsQuery, {
    variables: {
      districtId: district.id,
      filter: toApiFilter(query),
      orderBy: toApiOrder(query),
      first: pageSize,
      after: currentCursor(pager) ?? null,
      period: lastMonthOf(period),
    },
  });
  const connection = data?.projects;
  const rows = connection?.edges.map((edge) => edge.node) ?? [];
  const sortOrder = (field: ProjectSortField) =>
    query.sort === field ? (query.direction === 'ASC' ? ('ascend' as const) : ('descend' as const)) : null;

  return (
    <>
      <PageHeader
        title={t('projects.title')}
        subtitle={district.name}
        extra={
          <Space wrap>
            <ExportButtons
              list="projects"
              params={{
                districtId: district.id,
                ...toApiFilter(query),
                orderBy: query.sort,
                direction: query.direction,
                period: lastMonthOf(period),
              }}
            />
            {can(user.role, 'editProjects') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
                {t('projects.register')}
              </Button>
            )}
          </Space>
        }
      />
      <Card className="filter-card">
        <Space wrap>
          <Input.Search
            aria-label={t('projects.search')}
            placeholder={t('projects.searchPlaceholder')}
            allowClear
            value={text}
            onChange={(event) => setText(event.target.value)}
            onSearch={(value) => update({ text: value })}
            className="search-input"
          />
          <Select
            mode="multiple"
            allowClear
            aria-label={t('projects.stage')}
            placeholder={t('projects.allStages')}
            value={query.stages}
            onChange={(stages) => update({ stages })}
            options={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
            showSearch={{ optionFilterProp: 'label' }}
            className="filter-select"
            maxTagCount="responsive"
          />
          <Select
            mode="multiple"
            allowClear
            aria-label={t('projects.category')}
            placeholder={t('projects.allCategories')}
            value={query.categories}
            onChange={(categories) => update({ categories })}
            options={CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
            showSearch={{ optionFilterProp: 'label' }}
            className="filter-select"
            maxTagCount="responsive"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('projects.leadUnit')}
            placeholder={t('projects.allUnits')}
            value={query.leadUnitId}
            onChange={(leadUnitId?: string) => update({ leadUnitId })}
            options={units.options}
            className="filter-select"
          />
        </Space>
      </Card>
      <Card>
        <QueryState loading={loading} error={error} empty={!connection} onRetry={() => void refetch()}>
          <Table<Row>
            rowKey="id"
            dataSource={rows}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: t('projects.none') }}
            onChange={(_pagination, _filters, sorter) => {
              const s = sorter as SorterResult<Row>;
              const field = SORTABLE[String(s.columnKey)];
              update(field && s.order ? { sort: field, direction: s.order === 'descend' ? 'DESC' : 'ASC' } : { sort: 'CODE', direction: 'ASC' });
            }}
            onRow={(row) => ({ onDoubleClick: () => navigate(`/projects/${row.id}`) })}
            columns={[
              { title: t('projects.code'), key: 'code', dataIndex: 'code', sorter: true, sortOrder: sortOrder('CODE'), width: 130 },
              {
                title: t('projects.name'),
                key: 'name',
                sorter: true,
                sortOrder: sortOrder('NAME'),
                render: (_, row) => <Link to={`/projects/${row.id}`}>{row.name}</Link>,
              },
              { title: t('projects.stage'), key: 'stage', render: (_, row) => <StageTag stage={row.stage} />, width: 120 },
              { title: t('projects.leadUnit'), key: 'unit', render: (_, row) => row.leadUnit.name, width: 140 },
              {
                title: t('projects.totalInvestment'),
                key: 'totalInvestment',
                align: 'right',
                sorter: true,
                sortOrder: sortOrder('TOTAL_INVESTMENT'),
                render: (_, row) => <Money value={row.totalInvestment} />,
                width: 150,
              },
              {
                title: t('projects.completedInvestment'),
                key: 'cumulativeInvestment',
                align: 'right',
                sorter: true,
                sortOrder: sortOrder('CUMULATIVE_INVESTMENT'),
                render: (_, row) => <Money value={row.cumulativeInvestment} />,
                width: 150,
              },
              { title: t('projects.light'), key: 'light', render: (_, row) => <LightTag light={row.light} />, width: 80 },
              {
                title: t('projects.openProblems'),
                key: 'problems',
                align: 'right',
                render: (_, row) => row.openProblemCount,
                width: 90,
              },
            ]}
          />
          {connection && (
            <CursorPagination
              pager={pager}
              totalCount={connection.totalCount}
              pageSize={pageSize}
              hasNextPage={connection.pageInfo.hasNextPage}
              onPrevious={() => setPager(previousPage)}
              onNext={() => setPager((current) => nextPage(current, connection.pageInfo.endCursor))}
              onPageSize={setPageSize}
            />
          )}
        </QueryState>
      </Card>
      <RegisterProjectForm
        open={registering}
        onClose={() => setRegistering(false)}
        defaultUnitId={user.unitId ?? undefined}
        onRegistered={(id) => navigate(`/projects/${id}`)}
      />
    </>
  );
}
