import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../i18n/use-error-text';

/** A plain-language error with a way to try again; never the API's own wording. */
export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { text } = useErrorText();
  return (
    <Alert
      type="error"
      showIcon
      title={text(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

/** A centred spinner with words, while a page or a list is on its way. */
export function LoadingBlock({ fullPage = false }: { fullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={fullPage ? 'full-page-center' : 'loading-block'} role="status" aria-live="polite">
      <Spin size={fullPage ? 'large' : 'medium'} description={t('common.loading')}>
        <div />
      </Spin>
    </div>
  );
}

interface QueryStateProps {
  loading: boolean;
  error?: unknown;
  /** True when the data arrived and there is nothing to show. */
  empty?: boolean;
  emptyText?: ReactNode;
  onRetry?: () => void;
  children: ReactNode;
}

/**
 * Loading, error and empty states in one place. While data is being refreshed, what is
 * already on screen stays (with a spinner over it) rather than flashing away.
 */
export function QueryState({ loading, error, empty, emptyText, onRetry, children }: QueryStateProps) {
  const { t } = useTranslation();
  if (error) return <ErrorAlert error={error} onRetry={onRetry} />;
  if (empty && !loading) return <Empty description={emptyText ?? t('common.empty')} />;
  if (empty && loading) return <LoadingBlock />;
  return <Spin spinning={loading}>{children}</Spin>;
}
