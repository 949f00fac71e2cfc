import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Light } from '../../gql/graphql';
import { useLocale } from '../../i18n/i18n';
import { formatMonth } from '../../lib/format';

/** The light at the end of each month of a year, as a strip of named, coloured cells (红转黄, 黄转绿 show at a glance). */
export function LightStrip({ months }: { months: readonly { month: string; light: Light | null }[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <ol className="light-strip" aria-label={t('project.lightHistory')}>
      {months.map(({ month, light }) => {
        const name = light ? t(`light.${light}`) : t('light.none');
        return (
          <Tooltip key={month} title={t('project.lightAt', { month: formatMonth(month, locale), light: name })}>
            <li className={`light-cell light-${light ?? 'none'}`} tabIndex={0}>
              <span className="light-month">{t('project.monthN', { month: Number(month.slice(5)) })}</span>
              <span className="light-name">{name}</span>
            </li>
          </Tooltip>
        );
      })}
    </ol>
  );
}
