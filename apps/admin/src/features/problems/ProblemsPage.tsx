import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Grid, Input, Row, Select, Space, Switch, Tabs, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../../auth/AuthProvider';
import { ExportButtons } from '../../components/ExportButtons';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DateText } from '../../components/values';
import type { ProblemCategory, ProblemFieldsFragment, ProblemStatus } from '../../gql/graphql';
import { can } from '../../lib/access';
import { PROBLEM_CATEGORIES } from '../../lib/enums';
import { useAllPages } from '../../workspace/use-all-pages';
import { useUnits } from '../../workspace/use-units';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { PROBLEM_STATUS_COLORS } from '../../components/tags';
import { boardColumns, isOverdue, type BoardFilter } from './problem-board';
import { ProblemActions } from './ProblemActions';
import { RaiseProblemForm } from './problem-forms';
import { DistrictProblemsQuery } from './problems.operations';

/** Tag colours that a badge does not know by name. */
const BADGE_COLORS: Partial<Record<ProblemStatus, string>> = { CLOSED: '#bfbfbf' };

/** How many cards a column shows before "show more": finished columns grow long over a year, so they show fewer. */
const COLUMN_PAGE = { unfinished: 20, finished: 6 };

function ProblemCard({ problem, today }: { problem: ProblemFieldsFragment; today: string }) {
  const { t } = useTranslation();
  const overdue = isOverdue(problem, today);
  return (
    <Card size="small" className={`problem-card${overdue ? ' problem-overdue' : ''}`} data-testid={`problem-${problem.id}`}>
      <Space size={4} wrap>
        <Tag>{t(`problemCategory.${problem.category}`)}</Tag>
        {overdue && <Tag color="error">{t('problems.overdue')}</Tag>}
        {problem.escalations.map((e) => (
          <Tag key={`${e.level}-${e.occurredOn}`} color="volcano">
            {t(`escalation.${e.level}`)}
          </Tag>
        ))}
      </Space>
      <Typography.Paragraph className="problem-description" ellipsis={{ rows: 3, expandable: true, symbol: t('common.more') }}>
        {problem.description}
      </Typography.Paragraph>
      <div className="problem-meta">
        <Link to={`/projects/${problem.project.id}`}>{problem.project.name}</Link>
        <Typography.Text type="secondary">
          {problem.ownerUnit.name} · {t('problems.dueOn')} <DateText value={problem.dueOn} />
        </Typography.Text>
        {problem.resolution && <Typography.Text type="success">{t('problems.resolutionText', { text: problem.resolution })}</Typography.Text>}
        {problem.closedReason && <Typography.Text type="secondary">{t('problems.closedText', { text: problem.closedReason })}</Typography.Text>}
      </div>
      <ProblemActions problem={problem} />
    </Card>
  );
}

function Column({ problems, today, finished }: { problems: ProblemFieldsFragment[]; today: string; finished: boolean }) {
  const { t } = useTranslation();
  const page = finished ? COLUMN_PAGE.finished : COLUMN_PAGE.unfinished;
  const [shown, setShown] = useState(page);
  if (problems.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('problems.columnEmpty')} />;
  return (
    <div className="problem-column">
      {problems.slice(0, shown).map((problem) => (
        <ProblemCard key={problem.id} problem={problem} today={today} />
      ))}
      {problems.length > shown && (
        <Button block onClick={() => setShown((n) => n + page)}>
          {t('problems.showMore', { count: problems.length - shown })}
        </Button>
      )}
    </div>
  );
}

/** 问题台账: every problem of the district as a board by status, with due dates and escalations. */
export default function ProblemsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const district = useDistrict();
  const { today } = useWorkspace();
  const units = useUnits();
  const screens = Grid.useBreakpoint();
  const [raising, setRaising] = useState(false);
  const [filter, setFilter] = useState<BoardFilter>({ ownerUnitId: user.unitId ?? undefined, overdueOnly: false, text: '' });
  const { nodes, loading, error, refetch } = useAllPages(DistrictProblemsQuery, { districtId: district.id }, (data) => ({
    nodes: data.problems.edges.map((edge) => edge.node),
    hasNextPage: data.problems.pageInfo.hasNextPage,
    endCursor: data.problems.pageInfo.endCursor,
  }));
  const columns = useMemo(() => boardColumns(nodes ?? [], filter, today), [nodes, filter, today]);
  const title = (status: ProblemStatus, count: number) => (
    <Space size={6}>
      <Badge color={BADGE_COLORS[status] ?? PROBLEM_STATUS_COLORS[status]} />
      {t(`problemStatus.${status}`)}
      <Tag>{count}</Tag>
    </Space>
  );

  return (
    <>
      <PageHeader
        title={t('problems.title')}
        subtitle={district.name}
        extra={
          <Space wrap>
            <ExportButtons
              list="problems"
              params={{ districtId: district.id, ownerUnitId: filter.ownerUnitId, category: filter.category }}
            />
            {can(user.role, 'handleProblems') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)}>
                {t('commands.raiseProblem')}
              </Button>
            )}
          </Space>
        }
      />
      <Card className="filter-card">
        <Space wrap>
          <Input.Search
            allowClear
            aria-label={t('problems.search')}
            placeholder={t('problems.searchPlaceholder')}
            onSearch={(text) => setFilter((f) => ({ ...f, text }))}
            className="search-input"
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('problems.ownerUnit')}
            placeholder={t('projects.allUnits')}
            value={filter.ownerUnitId}
            onChange={(ownerUnitId?: string) => setFilter((f) => ({ ...f, ownerUnitId }))}
            options={units.options}
            className="filter-select"
          />
          <Select
            allowClear
            aria-label={t('problems.category')}
            placeholder={t('problems.allCategories')}
            value={filter.category}
            onChange={(category?: ProblemCategory) => setFilter((f) => ({ ...f, category }))}
            options={PROBLEM_CATEGORIES.map((c) => ({ value: c, label: t(`problemCategory.${c}`) }))}
            className="filter-select"
          />
          <Space>
            <Switch
              checked={filter.overdueOnly}
              onChange={(overdueOnly) => setFilter((f) => ({ ...f, overdueOnly }))}
              aria-label={t('problems.overdueOnly')}
            />
            {t('problems.overdueOnly')}
          </Space>
        </Space>
      </Card>
      <QueryState loading={loading} error={error} empty={!nodes} onRetry={() => void refetch()}>
        {screens.xl ? (
          <Row gutter={12} wrap={false} className="problem-board">
            {columns.map(({ status, problems }) => (
              <Col key={status} flex="1 1 0" className="problem-board-column">
                <Card size="small" title={title(status, problems.length)} className="problem-column-card">
                  <Column problems={problems} today={today} finished={status === 'RESOLVED' || status === 'CLOSED'} />
                </Card>
              </Col>
            ))}
          </Row>
        ) : (
          // On narrower screens one status at a time, chosen by tabs.
          <Tabs
            items={columns.map(({ status, problems }) => ({
              key: status,
              label: title(status, problems.length),
              children: <Column problems={problems} today={today} finished={status === 'RESOLVED' || status === 'CLOSED'} />,
            }))}
          />
        )}
      </QueryState>
      <RaiseProblemForm open={raising} onClose={() => setRaising(false)} />
    </>
  );
}
