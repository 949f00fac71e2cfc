import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Light, ProblemStatus, Stage } from '../gql/graphql';

const LIGHT_COLORS: Record<Light, string> = { GREEN: 'success', YELLOW: 'warning', RED: 'error' };

/** 红黄绿灯: coloured and named, so that it reads without colour vision too. */
export function LightTag({ light }: { light: Light | null | undefined }) {
  const { t } = useTranslation();
  if (!light) return <Tag>{t('light.none')}</Tag>;
  return <Tag color={LIGHT_COLORS[light]}>{t(`light.${light}`)}</Tag>;
}

const STAGE_COLORS: Record<Stage, string> = {
  RESERVE: 'default',
  PREPARATION: 'cyan',
  SIGNED: 'geekblue',
  UNDER_CONSTRUCTION: 'blue',
  COMPLETED: 'green',
  OPERATING: 'success',
  SUSPENDED: 'orange',
  CANCELLED: 'default',
};

export function StageTag({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <Tag color={STAGE_COLORS[stage]}>{t(`stage.${stage}`)}</Tag>;
}

export const PROBLEM_STATUS_COLORS: Record<ProblemStatus, string> = {
  OPEN: 'red',
  ASSIGNED: 'orange',
  ESCALATED: 'volcano',
  RESOLVED: 'green',
  CLOSED: 'default',
};

export function ProblemStatusTag({ status }: { status: ProblemStatus }) {
  const { t } = useTranslation();
  return <Tag color={PROBLEM_STATUS_COLORS[status]}>{t(`problemStatus.${status}`)}</Tag>;
}

export function LateTag() {
  const { t } = useTranslation();
  return <Tag color="error">{t('reports.late')}</Tag>;
}

/** 补录: a report whose submission day an admin stated while back-filling a ledger, not the day it was recorded. */
export function BackfillTag() {
  const { t } = useTranslation();
  return (
    <Tag color="purple" className="backfill-tag">
      {t('reports.backfilled')}
    </Tag>
  );
}
