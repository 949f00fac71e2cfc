import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActorText } from '../../components/ActorText';
import { QueryState } from '../../components/QueryState';
import { DateTimeText } from '../../components/values';
import type { LedgerImportsQuery } from '../../gql/graphql';

type LedgerImport = LedgerImportsQuery['ledgerImports'][number];

/** 导入记录: the district's imports, newest first: which file, when, by whom, and what it did. */
export function LedgerImports({
  imports,
  loading,
  error,
  onRetry,
}: {
  imports: readonly LedgerImport[];
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const actorText = useActorText();
  return (
    <QueryState
      loading={loading}
      error={error}
      empty={imports.length === 0}
      emptyText={t('ledgers.history.none')}
      onRetry={onRetry}
    >
      <Table<LedgerImport>
        size="small"
        className="ledger-imports"
        rowKey="id"
        dataSource={[...imports]}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 820 }}
        columns={[
          { title: t('ledgers.history.number'), dataIndex: 'number', width: 70 },
          {
            title: t('ledgers.history.ledger'),
            dataIndex: 'ledger',
            width: 140,
            // a ledger this version of the app does not know is shown by its name
            render: (ledger: string) => t(`ledgers.kinds.${ledger}`, { defaultValue: ledger }),
          },
          { title: t('ledgers.history.fileName'), dataIndex: 'fileName' },
          {
            title: t('ledgers.history.importedAt'),
            dataIndex: 'importedAt',
            width: 170,
            render: (value: string) => <DateTimeText value={value} />,
          },
          {
            title: t('ledgers.history.importedBy'),
            key: 'importedBy',
            width: 240,
            render: (_, entry) => actorText(entry.importedBy),
          },
          { title: t('ledgers.history.rowCount'), dataIndex: 'rowCount', width: 90, align: 'right' },
          { title: t('ledgers.history.registered'), dataIndex: 'registeredCount', width: 80, align: 'right' },
          { title: t('ledgers.history.changed'), dataIndex: 'changedCount', width: 80, align: 'right' },
        ]}
      />
    </QueryState>
  );
}
