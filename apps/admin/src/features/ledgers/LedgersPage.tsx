import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Result, Segmented, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../components/PageHeader';
import { useErrorText } from '../../i18n/use-error-text';
import { describeError } from '../../lib/api-error';
import { DownloadError, downloadFile } from '../../lib/download';
import { useDistrict } from '../../workspace/WorkspaceProvider';
import type { FileRouteError } from '../map/map-files';
import { LedgerCheckReport } from './LedgerCheckReport';
import { LedgerImports } from './LedgerImports';
import {
  checkLedger,
  downloadIssueRows,
  importLedger,
  LEDGERS,
  MAX_LEDGER_FILE_BYTES,
  projectsLedgerPath,
  templatePath,
  type LedgerName,
} from './ledger-files';
import type { LedgerCheck, LedgerImportResult } from './ledger-report';
import { LedgerImportsQuery } from './ledgers.operations';

/** The file as it was checked: an import sends these very bytes, so it imports what the report showed. */
interface ChosenFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Where what a ledger imported is listed. */
const RESULT_PAGES: Record<LedgerName, string> = {
  projects: '/projects',
  reports: '/projects',
  problems: '/problems',
  units: '/units',
  users: '/users',
};

/** The four steps of an import for one district: template, file, dry run, import. */
function LedgerImportFlow({
  districtId,
  ledger,
  onImported,
}: {
  districtId: string;
  ledger: LedgerName;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { text, textOf } = useErrorText();
  const [file, setFile] = useState<ChosenFile>();
  const [check, setCheck] = useState<LedgerCheck>();
  const [result, setResult] = useState<LedgerImportResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<'checking' | 'importing'>();

  const refusalText = (refusal: FileRouteError) =>
    refusal.code === 'PAYLOAD_TOO_LARGE'
      ? t('ledgers.file.tooLarge')
      : textOf(describeError({ kind: 'api', errors: [refusal] }));

  const start = () => {
    setFile(undefined);
    setCheck(undefined);
    setResult(undefined);
    setError(undefined);
  };

  const download = (path: string) =>
    downloadFile(path, 'ledger.xlsx').catch((failure: unknown) =>
      message.error(
        failure instanceof DownloadError ? refusalText({ code: failure.code, message: '' }) : text(failure),
      ),
    );

  const choose = async (chosen: File) => {
    start();
    if (chosen.size > MAX_LEDGER_FILE_BYTES) return setError(t('ledgers.file.tooLarge'));
    setBusy('checking');
    try {
      const bytes = await chosen.arrayBuffer();
      const answer = await checkLedger(districtId, ledger, chosen.name, bytes);
      if (!answer.ok) return setError(refusalText(answer.error));
      setFile({ name: chosen.name, bytes });
      setCheck(answer.body);
    } catch (failure) {
      setError(text(failure));
    } finally {
      setBusy(undefined);
    }
  };

  const runImport = async () => {
    if (!file || !check) return;
    setError(undefined);
    setBusy('importing');
    try {
      const answer = await importLedger(districtId, ledger, file.name, check.digest, file.bytes);
      if (answer.ok && answer.body.imported) {
        setResult(answer.body);
        onImported();
      } else if (answer.ok) {
        // the district took the file's changes in the meantime: the fresh report says there is nothing left
        setCheck(answer.body.check);
      } else if (answer.check) {
        setCheck(answer.check);
        setError(t('ledgers.result.refused'));
      } else {
        setError(refusalText(answer.error));
      }
    } catch (failure) {
      setError(text(failure));
    } finally {
      setBusy(undefined);
    }
  };

  // once imported, every step is done
  const current = result ? 4 : check ? 2 : file || busy ? 1 : 0;
  return (
    <Space orientation="vertical" size={16} className="full-width">
      <Steps
        size="small"
        current={current}
        items={[
          { title: t('ledgers.steps.template') },
          { title: t('ledgers.steps.file') },
          { title: t('ledgers.steps.check') },
          { title: t('ledgers.steps.import') },
        ]}
      />
      <div>
        <Space wrap>
          <Button icon={<DownloadOutlined />} onClick={() => void download(templatePath(districtId, ledger))}>
            {t('ledgers.template.download')}
          </Button>
          {ledger === 'projects' && (
            <Button icon={<DownloadOutlined />} onClick={() => void download(projectsLedgerPath(districtId))}>
              {t('ledgers.template.current')}
            </Button>
          )}
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            disabled={busy !== undefined}
            beforeUpload={(chosen) => {
              void choose(chosen);
              return false;
            }}
          >
            <Button
              type={check || result ? 'default' : 'primary'}
              icon={<UploadOutlined />}
              loading={busy === 'checking'}
            >
              {t('ledgers.file.choose')}
            </Button>
          </Upload>
        </Space>
        <Typography.Paragraph type="secondary" className="ledger-help">
          {t('ledgers.help', { rule: t(`ledgers.rules.${ledger}`) })}
        </Typography.Paragraph>
      </div>
      {error && <Alert type="error" showIcon title={error} />}
      {result ? (
        <Result
          status="success"
          title={t('ledgers.result.title')}
          subTitle={t('ledgers.result.text', {
            fileName: result.check.fileName,
            registered: result.registered,
            changed: result.changed,
            noun: t(`ledgers.nouns.${ledger}`),
          })}
          extra={[
            <Button key="open" type="primary" onClick={() => void navigate(RESULT_PAGES[ledger])}>
              {t(`ledgers.result.open.${ledger}`)}
            </Button>,
            <Button key="again" onClick={start}>
              {t('ledgers.result.again')}
            </Button>,
          ]}
        />
      ) : (
        check && (
          <Card type="inner" title={t('ledgers.report.title', { fileName: check.fileName })}>
            <LedgerCheckReport
              ledger={ledger}
              check={check}
              importing={busy === 'importing'}
              onImport={() => void runImport()}
              onDownloadIssues={() =>
                file &&
                void downloadIssueRows(districtId, ledger, file.name, file.bytes).catch((failure: unknown) =>
                  message.error(text(failure)),
                )
              }
            />
          </Card>
        )
      )}
    </Space>
  );
}

/**
 * 台账导入: a district's projects ledger (重点项目台账), a month's reports (月报台账), its problems
 * (问题台账), units (责任单位台账) or user accounts (账号台账), checked row by row before anything is imported.
 */
export default function LedgersPage() {
  const { t } = useTranslation();
  const district = useDistrict();
  const imports = useQuery(LedgerImportsQuery, { variables: { districtId: district.id } });
  const [ledger, setLedger] = useState<LedgerName>('projects');
  return (
    <>
      <PageHeader title={t('ledgers.title')} subtitle={district.name} />
      <Space orientation="vertical" size={16} className="full-width">
        <Card
          title={t(`ledgers.kinds.${ledger}`)}
          extra={
            <Segmented<LedgerName>
              value={ledger}
              onChange={setLedger}
              options={LEDGERS.map((value) => ({ value, label: t(`ledgers.kinds.${value}`) }))}
            />
          }
        >
          {/* another district or ledger starts over: a file checked for one is not imported into another */}
          <LedgerImportFlow
            key={`${district.id}/${ledger}`}
            districtId={district.id}
            ledger={ledger}
            onImported={() => void imports.refetch()}
          />
        </Card>
        <Card title={t('ledgers.history.title')}>
          <LedgerImports
            imports={imports.data?.ledgerImports ?? []}
            loading={imports.loading}
            error={imports.error}
            onRetry={() => void imports.refetch()}
          />
        </Card>
      </Space>
    </>
  );
}
