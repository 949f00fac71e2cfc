import { InfoCircleOutlined } from '@ant-design/icons';
import { DatePicker, Select, Space, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/i18n';
import { formatPeriod } from '../lib/format';
import { periodKind, periodsOfYear, yearOf } from '../lib/period';
import { useWorkspace } from '../workspace/WorkspaceProvider';

const YEARS_BACK = 4;

/** The same kind of period in another year: June stays June, Q2 stays Q2. */
function samePeriodIn(period: string, year: number): string {
  return periodKind(period) === 'year' ? String(year) : `${year}${period.slice(4)}`;
}

/**
 * The period to assess (a month, a quarter or a year) and, optionally, the instant whose
 * knowledge to use ("as of"): empty means everything recorded up to now.
 */
export function PeriodPicker({ withKnownAt = false }: { withKnownAt?: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { period, setPeriod, knownAt, setKnownAt, today } = useWorkspace();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i);
  const year = yearOf(period);
  return (
    <Space wrap className="period-picker">
      <Select
        aria-label={t('workspace.year')}
        value={year}
        onChange={(next: number) => setPeriod(samePeriodIn(period, next))}
        options={years.map((y) => ({ value: y, label: formatPeriod(String(y), locale) }))}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('workspace.period')}
        value={period}
        onChange={setPeriod}
        options={periodsOfYear(year).map((p) => ({ value: p, label: formatPeriod(p, locale) }))}
        className="period-select"
        showSearch={{ optionFilterProp: 'label' }}
        popupMatchSelectWidth={false}
      />
      {withKnownAt && (
        <Space size={4}>
          <DatePicker
            showTime={{ format: 'HH:mm' }}
            format={locale === 'zh-CN' ? 'YYYY年M月D日 HH:mm' : 'YYYY-MM-DD HH:mm'}
            aria-label={t('workspace.knownAt')}
            placeholder={t('workspace.knownAtNow')}
            value={knownAt ? dayjs(knownAt) : null}
            onChange={(value) => setKnownAt(value ? value.toISOString() : undefined)}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
            className="known-at-picker"
          />
          <Tooltip title={t('workspace.knownAtHelp')}>
            <InfoCircleOutlined aria-label={t('workspace.knownAtHelp')} tabIndex={0} />
          </Tooltip>
        </Space>
      )}
    </Space>
  );
}
