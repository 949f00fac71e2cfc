import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pageCount, type CursorPager } from '../lib/cursor-pager';

interface Props {
  pager: CursorPager;
  totalCount: number;
  pageSize: number;
  hasNextPage: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onPageSize: (size: number) => void;
}

/** Previous/next over a cursor connection, with the page number and the total. */
export function CursorPagination({ pager, totalCount, pageSize, hasNextPage, onPrevious, onNext, onPageSize }: Props) {
  const { t } = useTranslation();
  return (
    <Space wrap className="cursor-pagination">
      <Typography.Text type="secondary">
        {t('pagination.summary', { page: pager.index + 1, pages: pageCount(totalCount, pageSize), total: totalCount })}
      </Typography.Text>
      <Button icon={<LeftOutlined />} disabled={pager.index === 0} onClick={onPrevious} aria-label={t('pagination.previous')}>
        {t('pagination.previous')}
      </Button>
      <Button disabled={!hasNextPage} onClick={onNext} aria-label={t('pagination.next')}>
        {t('pagination.next')} <RightOutlined />
      </Button>
      <Select
        aria-label={t('pagination.pageSize')}
        value={pageSize}
        onChange={onPageSize}
        options={[20, 50, 100].map((size) => ({ value: size, label: t('pagination.perPage', { count: size }) }))}
      />
    </Space>
  );
}
