import { Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulletinKind } from '../../gql/graphql';
import { useWorkspace } from '../../workspace/WorkspaceProvider';
import { bulletinPeriodText } from './BulletinDocument';
import { bulletinPeriodOf, bulletinPeriods } from './bulletin-periods';

const YEARS_BACK = 4;

/** The kind of bulletin, its year and its period (a ten-day period, month, quarter or the year). */
export function BulletinPeriodPicker({
  kinds,
  kind,
  period,
  onKind,
  onPeriod,
}: {
  kinds: readonly BulletinKind[];
  kind: BulletinKind;
  period: string;
  onKind: (kind: BulletinKind) => void;
  onPeriod: (period: string) => void;
}) {
  const { t } = useTranslation();
  const { today } = useWorkspace();
  const year = Number(period.slice(0, 4));
  const thisYear = Number(today.slice(0, 4));
  return (
    <Space wrap className="bulletin-picker">
      <Select<BulletinKind>
        aria-label={t('bulletins.kindLabel')}
        value={kind}
        onChange={onKind}
        options={kinds.map((k) => ({ value: k, label: t(`bulletins.kind.${k}`) }))}
      />
      <Select<number>
        aria-label={t('workspace.year')}
        value={year}
        onChange={(y) => {
          const periods = bulletinPeriods(kind, y);
          onPeriod(periods.find((p) => p.slice(4) === period.slice(4)) ?? periods[0]);
        }}
        options={Array.from({ length: YEARS_BACK + 1 }, (_, i) => thisYear - i).map((y) => ({
          value: y,
          label: String(y),
        }))}
      />
      <Select<string>
        aria-label={t('bulletins.periodLabelAria')}
        value={period}
        onChange={onPeriod}
        className="period-select"
        options={bulletinPeriods(kind, year).map((p) => ({ value: p, label: bulletinPeriodText(t, kind, p) }))}
        popupMatchSelectWidth={false}
      />
    </Space>
  );
}

/**
 * The bulletin kind and period a page shows, starting from the workspace's month, with the
 * picker that changes them.
 */
export function useBulletinPeriod(kinds: readonly BulletinKind[]) {
  const { period: workspacePeriod, today } = useWorkspace();
  const [kind, setKind] = useState<BulletinKind>('MONTH');
  const [chosen, setChosen] = useState<string | undefined>();
  const month = /^\d{4}-\d{2}$/.test(workspacePeriod) ? workspacePeriod : `${today.slice(0, 4)}-01`;
  const period = chosen ?? bulletinPeriodOf(kind, month);
  const picker = (
    <BulletinPeriodPicker
      kinds={kinds}
      kind={kind}
      period={period}
      onKind={(next) => {
        setKind(next);
        setChosen(undefined);
      }}
      onPeriod={setChosen}
    />
  );
  return { kind, period, picker };
}
