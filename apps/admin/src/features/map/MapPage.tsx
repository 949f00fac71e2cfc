import { useQuery } from '@apollo/client/react';
import { Alert, Card, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useUser } from '../../auth/AuthProvider';
import { LIGHT_PALETTE } from '../../components/charts/Chart';
import { PageHeader } from '../../components/PageHeader';
import { PeriodPicker } from '../../components/PeriodPicker';
import { QueryState } from '../../components/QueryState';
import { DateText, PeriodText } from '../../components/values';
import type { Category, Stage } from '../../gql/graphql';
import { can } from '../../lib/access';
import { CATEGORIES, STAGES } from '../../lib/enums';
import { useUnits } from '../../workspace/use-units';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { BoundaryUpload } from './BoundaryUpload';
import { DistrictMapQuery, ProjectMapQuery } from './map.operations';
import { countByLight, filterPoints, LIGHT_CHOICES, NO_FILTER, type LightChoice, type PointFilter } from './map-points';
import { ProjectPointsMap, type MapPoint } from './ProjectPointsMap';

const LIGHT_COLOR: Record<LightChoice, string> = { ...LIGHT_PALETTE, NONE: LIGHT_PALETTE.none };

/** One filter of the map: any number of values, searchable by their names. */
function FilterSelect<T extends string>({
  label,
  value,
  options,
  onChange,
  wide = false,
}: {
  label: string;
  value: T[];
  options: { value: T; label: string }[];
  onChange: (value: T[]) => void;
  wide?: boolean;
}) {
  return (
    <Select<T[]>
      mode="multiple"
      allowClear
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      className={wide ? 'map-filter map-filter-unit' : 'map-filter'}
    />
  );
}

function Filters({ filter, onChange }: { filter: PointFilter; onChange: (filter: PointFilter) => void }) {
  const { t } = useTranslation();
  const { options: unitOptions } = useUnits();
  return (
    <Space wrap className="map-filters">
      <FilterSelect<LightChoice>
        label={t('map.filter.light')}
        value={filter.lights}
        onChange={(lights) => onChange({ ...filter, lights })}
        options={LIGHT_CHOICES.map((light) => ({
          value: light,
          label: t(`light.${light === 'NONE' ? 'none' : light}`),
        }))}
      />
      <FilterSelect<Stage>
        label={t('map.filter.stage')}
        value={filter.stages}
        onChange={(stages) => onChange({ ...filter, stages })}
        options={STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
      />
      <FilterSelect<Category>
        label={t('map.filter.category')}
        value={filter.categories}
        onChange={(categories) => onChange({ ...filter, categories })}
        options={CATEGORIES.map((category) => ({ value: category, label: t(`category.${category}`) }))}
      />
      <FilterSelect<string>
        label={t('map.filter.unit')}
        value={filter.unitIds}
        onChange={(unitIds) => onChange({ ...filter, unitIds })}
        options={unitOptions}
        wide
      />
    </Space>
  );
}

function Legend({ points }: { points: readonly MapPoint[] }) {
  const { t } = useTranslation();
  const counts = countByLight(points);
  return (
    <Space wrap className="map-legend" aria-label={t('map.legend')}>
      {LIGHT_CHOICES.map((light) => (
        <span key={light} className="map-legend-item">
          <span className="map-legend-dot" style={{ background: LIGHT_COLOR[light] }} />
          {t(`light.${light === 'NONE' ? 'none' : light}`)} {counts[light]}
        </span>
      ))}
    </Space>
  );
}

/** 项目一张图: every project of the district on its map, coloured by its light for the period. */
export default function MapPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const district = useDistrict();
  const { period, knownAt } = useWorkspace();
  const [filter, setFilter] = useState<PointFilter>(NO_FILTER);
  const projects = useQuery(ProjectMapQuery, {
    variables: { districtId: district.id, period, knownAt: knownAt ?? null },
  });
  const base = useQuery(DistrictMapQuery, { variables: { districtId: district.id } });
  const all = projects.data?.projectMap.points;
  const inChina = useMemo(() => (all ?? []).filter((p) => p.inChina), [all]);
  const outside = useMemo(() => (all ?? []).filter((p) => !p.inChina), [all]);
  const shown = useMemo(() => filterPoints(inChina, filter), [inChina, filter]);
  const labelOf = useCallback((point: MapPoint) => `${point.name} · ${t(`light.${point.light ?? 'none'}`)}`, [t]);
  const map = base.data?.districtMap;

  return (
    <>
      <PageHeader
        title={t('map.title')}
        subtitle={
          <>
            {district.name} · <PeriodText value={period} />
          </>
        }
        extra={
          <Space wrap>
            <PeriodPicker withKnownAt />
            {can(user.role, 'publishDistrictData') && (
              <BoundaryUpload districtId={district.id} onUploaded={() => void base.refetch()} />
            )}
          </Space>
        }
      />
      <QueryState
        loading={projects.loading || base.loading}
        error={projects.error ?? base.error}
        empty={!projects.data || !base.data}
        onRetry={() => void Promise.all([projects.refetch(), base.refetch()])}
      >
        <div className="page-sections">
          <Card size="small">
            <Filters filter={filter} onChange={setFilter} />
            <Legend points={shown} />
            <ProjectPointsMap
              points={shown}
              boundary={map?.boundary}
              tiles={base.data?.mapTiles}
              labelOf={labelOf}
              onOpen={(id) => navigate(`/projects/${id}`)}
            />
            <Typography.Text type="secondary" className="map-note">
              {map ? (
                <>
                  {t('map.boundarySource', { source: map.source ?? t('map.uploaded') })}{' '}
                  <DateText value={map.setAt.slice(0, 10)} />
                  {map.approximate && <Tag className="map-approximate">{t('map.approximate')}</Tag>}
                </>
              ) : (
                t('map.noBoundary')
              )}
              {' · '}
              {t('map.shown', { shown: shown.length, total: inChina.length })}
              {projects.data &&
                projects.data.projectMap.withoutLocation > 0 &&
                ` · ${t('map.withoutLocation', { count: projects.data.projectMap.withoutLocation })}`}
            </Typography.Text>
          </Card>
          {outside.length > 0 && (
            <Alert
              type="warning"
              showIcon
              title={t('map.outsideChina', { count: outside.length })}
              description={
                <Space wrap>
                  {outside.map((p) => (
                    <Link key={p.projectId} to={`/projects/${p.projectId}`}>
                      {p.code} {p.name}
                    </Link>
                  ))}
                </Space>
              }
            />
          )}
        </div>
      </QueryState>
    </>
  );
}
