import { SendOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthProvider';
import { PageHeader } from '../../components/PageHeader';
import { QueryState } from '../../components/QueryState';
import { DateTimeText } from '../../components/values';
import type { BulletinKind, PublishedBulletinFieldsFragment } from '../../gql/graphql';
import { useErrorText } from '../../i18n/use-error-text';
import { can } from '../../lib/access';
import { useDistrict, useWorkspace } from '../../workspace/WorkspaceProvider';
import { BulletinChanges } from './BulletinChanges';
import { BulletinDownloads } from './BulletinDownloads';
import { BulletinDocument, bulletinPeriodText } from './BulletinDocument';
import { BULLETIN_KINDS, bulletinFilePath } from './bulletin-periods';
import { useBulletinPeriod } from './BulletinPeriodPicker';
import { BulletinBookQuery, BulletinQuery, PublishBulletinMutation } from './bulletins.operations';

/** The print page of a bulletin: as computed now, or a published edition. */
export const printPath = (districtId: string, kind: BulletinKind, period: string, edition?: number) =>
  `/print/bulletin?${new URLSearchParams({
    district: districtId,
    kind,
    period,
    ...(edition === undefined ? {} : { edition: String(edition) }),
  })}`;

function Downloads({
  districtId,
  kind,
  period,
  edition,
}: {
  districtId: string;
  kind: BulletinKind;
  period: string;
  edition?: number;
}) {
  return (
    <BulletinDownloads
      path={(extension) => bulletinFilePath(districtId, kind, period, extension, edition)}
      printPath={printPath(districtId, kind, period, edition)}
    />
  );
}

/** 通报: choose a kind and period, preview, download, publish; the published bulletins and what changed since. */
export default function BulletinPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { text } = useErrorText();
  const user = useUser();
  const district = useDistrict();
  const { today } = useWorkspace();
  const { kind, period, picker } = useBulletinPeriod(BULLETIN_KINDS);
  const bulletin = useQuery(BulletinQuery, { variables: { districtId: district.id, kind, period } });
  const book = useQuery(BulletinBookQuery, { variables: { districtId: district.id } });
  const [publish, publishing] = useMutation(PublishBulletinMutation);
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const published = book.data?.bulletinBook.published ?? [];
  const earlier = published.find((p) => p.kind === kind && p.period === period);

  const doPublish = async () => {
    try {
      const { data } = await publish({
        variables: { input: { districtId: district.id, kind, period, correctionNote: earlier ? note : undefined } },
      });
      setConfirming(false);
      setNote('');
      await book.refetch();
      message.success(t('bulletins.published', { number: data?.publishBulletin.number }));
    } catch (error) {
      message.error(text(error));
    }
  };

  return (
    <>
      <PageHeader title={t('bulletins.title')} subtitle={district.name} extra={picker} />
      <div className="page-sections">
        <Card
          title={t('bulletins.preview', { period: bulletinPeriodText(t, kind, period) })}
          extra={
            <Space wrap>
              <Downloads districtId={district.id} kind={kind} period={period} />
              {can(user.role, 'publishBulletins') && (
                <Button type="primary" icon={<SendOutlined />} onClick={() => setConfirming(true)}>
                  {earlier ? t('bulletins.publishCorrection') : t('bulletins.publish')}
                </Button>
              )}
            </Space>
          }
        >
          <QueryState
            loading={bulletin.loading}
            error={bulletin.error}
            empty={!bulletin.data}
            onRetry={() => void bulletin.refetch()}
          >
            {bulletin.data && (
              <div className="bulletin-preview">
                <BulletinDocument bulletin={bulletin.data.bulletin} issue={{ issuedOn: today }} />
              </div>
            )}
          </QueryState>
        </Card>
        <Card title={t('bulletins.publishedTitle')}>
          <QueryState loading={book.loading} error={book.error} empty={false} onRetry={() => void book.refetch()}>
            <Table<PublishedBulletinFieldsFragment>
              size="small"
              rowKey="id"
              className="published-bulletins"
              dataSource={[...published]}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: 820 }}
              locale={{ emptyText: t('bulletins.nonePublished') }}
              expandable={{
                expandedRowRender: (row) => <BulletinChanges id={row.id} />,
                expandRowByClick: false,
                columnTitle: t('bulletins.changesColumn'),
                columnWidth: 90,
                expandIcon: ({ expanded, onExpand, record }) => (
                  <Button
                    size="small"
                    type="link"
                    onClick={(event) => onExpand(record, event)}
                    aria-expanded={expanded}
                  >
                    {expanded ? t('bulletins.hideChanges') : t('bulletins.showChanges')}
                  </Button>
                ),
              }}
              columns={[
                {
                  title: t('bulletins.issue'),
                  key: 'issue',
                  render: (_, row) => (
                    <Space size={4}>
                      <Typography.Text strong>
                        {t('bulletins.issueNumber', { year: row.year, number: row.number })}
                      </Typography.Text>
                      {row.edition > 1 && (
                        <Tag color="orange">{t('bulletins.correctedEdition', { edition: row.edition })}</Tag>
                      )}
                    </Space>
                  ),
                },
                { title: t('bulletins.kindLabel'), key: 'kind', render: (_, row) => t(`bulletins.kind.${row.kind}`) },
                {
                  title: t('bulletins.periodColumn'),
                  key: 'period',
                  render: (_, row) => bulletinPeriodText(t, row.kind, row.period),
                },
                {
                  title: t('bulletins.publishedAt'),
                  key: 'at',
                  render: (_, row) => (
                    <>
                      <DateTimeText value={row.publishedAt} /> · {row.publishedBy}
                    </>
                  ),
                },
                {
                  title: t('bulletins.digest'),
                  key: 'digest',
                  render: (_, row) => <Typography.Text code>{row.digest.slice(0, 12)}</Typography.Text>,
                },
                {
                  title: t('bulletins.downloads'),
                  key: 'downloads',
                  render: (_, row) => (
                    <Downloads districtId={district.id} kind={row.kind} period={row.period} edition={row.edition} />
                  ),
                },
              ]}
            />
          </QueryState>
        </Card>
      </div>
      <Modal
        open={confirming}
        title={
          earlier ? t('bulletins.confirmCorrectionTitle', { number: earlier.number }) : t('bulletins.confirmTitle')
        }
        okText={t('bulletins.confirmOk')}
        cancelText={t('common.cancel')}
        confirmLoading={publishing.loading}
        okButtonProps={{ disabled: !!earlier && note.trim() === '' }}
        onOk={() => void doPublish()}
        onCancel={() => setConfirming(false)}
      >
        <Typography.Paragraph>
          {t('bulletins.confirmText', { period: bulletinPeriodText(t, kind, period) })}
        </Typography.Paragraph>
        {earlier && (
          <Form layout="vertical">
            <Form.Item label={t('bulletins.correctionNote')} required>
              <Input.TextArea value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} rows={3} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
