import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadError, downloadFile } from '../lib/download';

/** The lists the platform exports (`/files/exports/<list>.xlsx|.csv`). */
export type ExportedList = 'projects' | 'problems' | 'reports' | 'ranking' | 'reporting-status';

/**
 * 导出 XLSX / CSV of a list, as the page shows it: `params` are the page's filters, sort and
 * instant; the server applies them with the list's own query and the caller's scope.
 */
export function ExportButtons({
  list,
  params,
}: {
  list: ExportedList;
  params: Record<string, string | number | readonly string[] | null | undefined>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text !== undefined && text !== null && text !== '') query.set(name, String(text));
  }
  const save = (format: 'xlsx' | 'csv') =>
    downloadFile(`/files/exports/${list}.${format}?${query}`, `${list}.${format}`).catch((error: Error) =>
      message.error(
        t(`exports.failed.${error instanceof DownloadError ? error.code : 'OTHER'}`, {
          defaultValue: t('exports.failed.OTHER'),
        }),
      ),
    );
  return (
    <Space.Compact>
      <Button icon={<DownloadOutlined />} onClick={() => void save('xlsx')}>
        {t('exports.xlsx')}
      </Button>
      <Button onClick={() => void save('csv')}>{t('exports.csv')}</Button>
    </Space.Compact>
  );
}
