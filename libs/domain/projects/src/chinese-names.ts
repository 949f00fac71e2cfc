import type { Category, ProblemCategory, ProblemStatus, Stage } from './project.types';

/** The names district offices use for each stage, as printed in bulletins and ledgers (台账). */
export const STAGE_NAMES: Record<Stage, string> = {
  RESERVE: '谋划储备',
  PREPARATION: '前期',
  SIGNED: '签约落地',
  UNDER_CONSTRUCTION: '开工在建',
  COMPLETED: '竣工',
  OPERATING: '投运达产',
  SUSPENDED: '暂停',
  CANCELLED: '终止',
};

export const CATEGORY_NAMES: Record<Category, string> = {
  INDUSTRIAL: '产业',
  INFRASTRUCTURE: '基础设施',
  SOCIAL: '民生',
  NEW_INFRASTRUCTURE: '新基建',
  SERVICES: '服务业',
  AGRICULTURE: '农业',
  OTHER: '其他',
};

export const PROBLEM_CATEGORY_NAMES: Record<ProblemCategory, string> = {
  LAND: '土地',
  FINANCING: '融资',
  APPROVAL: '审批',
  UTILITIES: '水电气',
  LABOUR: '用工',
  OTHER: '其他',
};

export const PROBLEM_STATUS_NAMES: Record<ProblemStatus, string> = {
  OPEN: '待办理',
  ASSIGNED: '已交办',
  ESCALATED: '已提级',
  RESOLVED: '已办结',
  CLOSED: '已关闭',
};
