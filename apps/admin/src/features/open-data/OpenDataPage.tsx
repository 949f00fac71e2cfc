import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, DatePicker, Descriptions, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useUser } from '../../auth/AuthProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { useErrorText } from '../../i18n/use-error-text';
import { can } from '../../lib/access';
import { describeError } from '../../lib/api-error';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { downloadWithLogin, fetchWithLogin, type FileRouteError } from '../map/map-files';
import { asKnownAt, projectIdOf, type PackageSummary } from './open-data-package';
import { OpenDataQuery, PublishOpenDataMutation, WithdrawOpenDataMutation } from './open-data.operations';

const isError = (value: unknown): value is FileRouteError =>
  typeof value === 'object' && value !== null && 'code' in value && !('projects' in value);

/** The projects of the package as downloaded, each linked to its history, so every figure can be traced. */
function PackageProjects({ path, prefix }: { path: string; prefix: string }) {
  const { t } = useTranslation();
  const { textOf } = useErrorText();
  const [summary, setSummary] = useState<PackageSummary>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    setSummary(undefined);
    setError(undefined);
    void fetchWithLogin<PackageSummary>(path).then((result) => {
      if (!current) return;
      if (isError(result)) setError(textOf(describeError({ kind: 'api', errors: [result] })));
      else setSummary(result);
    });
    return () => {
      current = false;
    };
  }, [path, textOf]);
  if (error) return <Alert type="info" showIcon title={error} />;
  return (
    <Table
      size="small"
      rowKey="id"
      loading={!summary}
      dataSource={summary?.projects ?? []}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('openData.projectId'),
          dataIndex: 'id',
          render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
        },
        { title: t('openData.projectTitle'), dataIndex: 'title' },
        { title: t('openData.status'), dataIndex: 'status', render: (status: string) => <Tag>{status}</Tag> },
        {
          title: t('openData.lastChange'),
          key: 'history',
          render: (_, project) => {
            const id = projectIdOf(project.id, prefix);
            const when = project.updated ? dayjs(project.updated).format('YYYY-MM-DD HH:mm') : '—';
            return id ? <Link to={`/projects/${id}?tab=history`}>{when}</Link> : when;
          },
        },
      ]}
    />
  );
}

/** 开放数据: the district's projects as an OC4IDS package, downloaded here and, if its admin wishes, public. */
export default function OpenDataPage() {
  const { t } = useTranslation();
  const { text, textOf } = useErrorText();
  const user = useUser();
  const district = useDistrict();
  const { knownAt, setKnownAt } = useWorkspace();
  const { data, loading, error, refetch } = useQuery(OpenDataQuery, { variables: { districtId: district.id } });
  const [publish, publishing] = useMutation(PublishOpenDataMutation);
  const [withdraw, withdrawing] = useMutation(WithdrawOpenDataMutation);
  const [actionError, setActionError] = useState<string>();
  const openData = data?.openData;
  const path = openData ? asKnownAt(openData.downloadPath, knownAt) : undefined;

  const toggle = async (on: boolean) => {
    setActionError(undefined);
    try {
      const variables = { input: { districtId: district.id } };
      await (on ? publish({ variables }) : withdraw({ variables }));
      await refetch();
    } catch (failure) {
      setActionError(text(failure));
    }
  };
  const download = async () => {
    if (!path) return;
    const refused = await downloadWithLogin(path, `oc4ids-${district.code}.json`);
    setActionError(refused && textOf(describeError({ kind: 'api', errors: [refused] })));
  };

  return (
    <>
      <PageHeader
        title={t('openData.title')}
        subtitle={`${district.name} · OC4IDS 0.9`}
        extra={
          <Space wrap>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              aria-label={t('workspace.knownAt')}
              placeholder={t('workspace.knownAtNow')}
              value={knownAt ? dayjs(knownAt) : null}
              onChange={(value) => setKnownAt(value ? value.toISOString() : undefined)}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            />
            <Button type="primary" icon={<DownloadOutlined />} onClick={() => void download()} disabled={!path}>
              {t('openData.download')}
            </Button>
          </Space>
        }
      />
      <QueryState loading={loading} error={error} empty={!openData} onRetry={() => void refetch()}>
        {openData && path && (
          <div className="page-sections">
            {!openData.prefixRegistered && (
              <Alert
                type="warning"
                showIcon
                title={t('openData.placeholderPrefix', { prefix: openData.oc4idsPrefix })}
              />
            )}
            {actionError && <Alert type="error" showIcon title={actionError} />}
            <Card title={t('openData.publication')}>
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('openData.publicAddress')}>
                  {openData.published && openData.publicPath ? (
                    <Space wrap>
                      <Tag color="success">{t('openData.published')}</Tag>
                      <Typography.Link
                        href={openData.publicPath}
                        target="_blank"
                        copyable={{ text: `${window.location.origin}${openData.publicPath}` }}
                      >
                        {`${window.location.origin}${openData.publicPath}`}
                      </Typography.Link>
                    </Space>
                  ) : (
                    <Tag>{t('openData.notPublished')}</Tag>
                  )}
                </Descriptions.Item>
                <Descriptions.Item label={t('openData.prefix')}>{openData.oc4idsPrefix}</Descriptions.Item>
                <Descriptions.Item label={t('openData.reveals')}>{t('openData.revealsList')}</Descriptions.Item>
              </Descriptions>
              {can(user.role, 'publishDistrictData') &&
                (openData.published ? (
                  <Popconfirm title={t('openData.confirmWithdraw')} onConfirm={() => toggle(false)}>
                    <Button loading={withdrawing.loading}>{t('openData.withdraw')}</Button>
                  </Popconfirm>
                ) : (
                  <Popconfirm title={t('openData.confirmPublish')} onConfirm={() => toggle(true)}>
                    <Button type="primary" loading={publishing.loading}>
                      {t('openData.publish')}
                    </Button>
                  </Popconfirm>
                ))}
            </Card>
            <Card title={t('openData.packageProjects')}>
              <Typography.Paragraph type="secondary">{t('openData.traceable')}</Typography.Paragraph>
              <PackageProjects path={path} prefix={openData.oc4idsPrefix} />
            </Card>
          </div>
        )}
      </QueryState>
    </>
  );
}
