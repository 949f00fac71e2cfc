import { DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadError, downloadFile } from '../../lib/download';

/** The PDF and XLSX of a bulletin, saved under the server's file name, and its print page if it has one. */
export function BulletinDownloads({
  path,
  printPath,
}: {
  path: (extension: 'pdf' | 'xlsx') => string;
  printPath?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = (extension: 'pdf' | 'xlsx') =>
    downloadFile(path(extension), `bulletin.${extension}`).catch((error: Error) =>
      message.error(
        t(`bulletins.downloadFailed.${error instanceof DownloadError ? error.code : 'OTHER'}`, {
          defaultValue: t('bulletins.downloadFailed.OTHER'),
        }),
      ),
    );
  return (
    <Space wrap size={4}>
      <Button size="small" icon={<DownloadOutlined />} onClick={() => void save('pdf')}>
        {t('bulletins.pdf')}
      </Button>
      <Button size="small" icon={<DownloadOutlined />} onClick={() => void save('xlsx')}>
        {t('bulletins.xlsx')}
      </Button>
      {printPath && (
        <Button size="small" icon={<PrinterOutlined />} href={printPath} target="_blank">
          {t('bulletins.print')}
        </Button>
      )}
    </Space>
  );
}
