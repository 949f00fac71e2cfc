import type { Category, ProblemCategory } from '@tuijin/domain-projects';

/**
 * What a kind of department does in the demo, keyed by the unit code the
 * districts use for it: which project categories it typically leads (牵头), and
 * which kinds of problem it is the natural owner of (e.g. land → 规划和自然资源局).
 */
export interface DepartmentRole {
  leads: readonly Category[];
  handles: readonly ProblemCategory[];
}

export const DEPARTMENT_ROLES: Readonly<Record<string, DepartmentRole>> = {
  FGW: {
    leads: ['INDUSTRIAL', 'SERVICES', 'NEW_INFRASTRUCTURE', 'OTHER'],
    handles: ['FINANCING', 'APPROVAL', 'OTHER'],
  },
  ZJW: { leads: ['INFRASTRUCTURE', 'SOCIAL'], handles: ['APPROVAL'] },
  GHZY: { leads: ['INFRASTRUCTURE'], handles: ['LAND', 'APPROVAL'] },
  STHJ: { leads: ['INFRASTRUCTURE'], handles: ['APPROVAL'] },
  JT: { leads: ['INFRASTRUCTURE'], handles: ['OTHER'] },
  SW: { leads: ['SERVICES'], handles: ['OTHER'] },
  JXW: { leads: ['INDUSTRIAL', 'NEW_INFRASTRUCTURE'], handles: ['UTILITIES'] },
  RS: { leads: [], handles: ['LABOUR'] },
  SL: { leads: ['INFRASTRUCTURE', 'AGRICULTURE'], handles: ['UTILITIES'] },
  JY: { leads: ['SOCIAL'], handles: [] },
  WJ: { leads: ['SOCIAL'], handles: [] },
  NY: { leads: ['AGRICULTURE'], handles: ['LAND'] },
  WL: { leads: ['SERVICES'], handles: [] },
  CG: { leads: ['INFRASTRUCTURE'], handles: ['OTHER'] },
  XZSP: { leads: [], handles: ['APPROVAL'] },
  JR: { leads: [], handles: ['FINANCING'] },
  TC: { leads: ['INDUSTRIAL', 'SERVICES'], handles: ['FINANCING'] },
  KFQ: { leads: ['INDUSTRIAL', 'NEW_INFRASTRUCTURE', 'SERVICES'], handles: ['LAND', 'UTILITIES'] },
  CBD: { leads: ['SERVICES', 'INFRASTRUCTURE'], handles: ['OTHER'] },
  QYFW: { leads: ['INDUSTRIAL'], handles: ['UTILITIES', 'LABOUR'] },
};

/** Townships and streets (乡镇/街道) lead local projects of most kinds and clear land (征地拆迁) on the ground. */
export const TOWNSHIP_ROLE: DepartmentRole = {
  leads: ['INDUSTRIAL', 'INFRASTRUCTURE', 'SOCIAL', 'SERVICES', 'AGRICULTURE', 'OTHER'],
  handles: ['LAND'],
};
