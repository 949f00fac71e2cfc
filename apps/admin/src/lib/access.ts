import type { Role } from '../gql/graphql';

/**
 * What each role sees and may do in the app. The platform enforces access itself; this
 * only keeps the screens a user cannot use out of their way.
 */

export type PageId =
  | 'dashboard'
  | 'comparison'
  | 'projects'
  | 'reporting'
  | 'problems'
  | 'assessment'
  | 'ruleSets'
  | 'units'
  | 'users'
  | 'map'
  | 'openData'
  | 'bulletins'
  | 'reportingStatus'
  | 'cityBulletin';

export const PAGE_PATHS: Record<PageId, string> = {
  dashboard: '/dashboard',
  comparison: '/comparison',
  projects: '/projects',
  reporting: '/reporting',
  problems: '/problems',
  assessment: '/assessment',
  ruleSets: '/rule-sets',
  units: '/units',
  users: '/users',
  map: '/map',
  openData: '/open-data',
  bulletins: '/bulletins',
  reportingStatus: '/reporting-status',
  cityBulletin: '/city-bulletin',
};

const ALL: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN', 'UNIT_REPORTER', 'LEADER', 'ANALYST'];
const ADMINS: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN'];

const PAGE_ROLES: Record<PageId, readonly Role[]> = {
  dashboard: ['CITY_ADMIN', 'DISTRICT_ADMIN', 'LEADER', 'ANALYST'],
  comparison: ['CITY_ADMIN', 'ANALYST'],
  projects: ALL,
  reporting: ['UNIT_REPORTER', ...ADMINS],
  problems: ALL,
  assessment: ALL,
  ruleSets: [...ADMINS, 'ANALYST'],
  units: ADMINS,
  users: ADMINS,
  map: ALL,
  openData: [...ADMINS, 'ANALYST'],
  bulletins: ALL,
  reportingStatus: ['UNIT_REPORTER', ...ADMINS, 'ANALYST'],
  cityBulletin: ['CITY_ADMIN', 'ANALYST'],
};

/** Menu order: daily work first, administration last. */
export const PAGE_ORDER: readonly PageId[] = [
  'dashboard',
  'comparison',
  'cityBulletin',
  'reporting',
  'reportingStatus',
  'projects',
  'map',
  'problems',
  'assessment',
  'bulletins',
  'ruleSets',
  'openData',
  'units',
  'users',
];

/** Where each role starts after signing in: the screen they open the app for. */
const HOME: Record<Role, PageId> = {
  CITY_ADMIN: 'comparison',
  DISTRICT_ADMIN: 'dashboard',
  UNIT_REPORTER: 'reporting',
  LEADER: 'dashboard',
  ANALYST: 'assessment',
};

export const canSee = (role: Role, page: PageId): boolean => PAGE_ROLES[page].includes(role);
export const pagesFor = (role: Role): PageId[] => PAGE_ORDER.filter((page) => canSee(role, page));
export const homePathFor = (role: Role): string => PAGE_PATHS[HOME[role]];

export type Action =
  /** Register projects and run their commands (details, stage, plan, reports). */
  | 'editProjects'
  /** Set or correct a project's opening balance (开累基数): it moves every figure of the project. */
  | 'setOpeningBalance'
  /** State an earlier submission day for a monthly report, back-filling a ledger (补录). */
  | 'backfillReports'
  /** Raise, assign, resolve and close problems. */
  | 'handleProblems'
  /** Escalate problems (a leader pushing a problem forward). */
  | 'escalateProblems'
  | 'publishRules'
  /** Publish bulletins (通报) and send reminders (催报). */
  | 'publishBulletins'
  | 'manageUnits'
  | 'manageUsers'
  | 'manageDistricts'
  /** Upload the district's map and turn its public open data on or off. */
  | 'publishDistrictData';

const ACTION_ROLES: Record<Action, readonly Role[]> = {
  editProjects: ['UNIT_REPORTER', ...ADMINS],
  setOpeningBalance: ADMINS,
  backfillReports: ADMINS,
  handleProblems: ['UNIT_REPORTER', 'LEADER', ...ADMINS],
  escalateProblems: ['UNIT_REPORTER', 'LEADER', ...ADMINS],
  publishRules: ADMINS,
  publishBulletins: ADMINS,
  manageUnits: ADMINS,
  manageUsers: ADMINS,
  manageDistricts: ['CITY_ADMIN'],
  publishDistrictData: ADMINS,
};

export const can = (role: Role, action: Action): boolean => ACTION_ROLES[action].includes(role);

/** The roles an administrator may give: a district admin cannot make city admins. */
export const grantableRoles = (role: Role): Role[] =>
  role === 'CITY_ADMIN' ? [...ALL] : role === 'DISTRICT_ADMIN' ? ALL.filter((r) => r !== 'CITY_ADMIN') : [];
