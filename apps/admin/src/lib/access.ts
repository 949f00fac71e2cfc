import type { Role } from '../gql/graphql';

/**
 * What each role may do in the app (which pages it sees is declared with the pages). The
 * platform enforces access itself; this only keeps the buttons a user cannot use out of their way.
 */

const ALL: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN', 'UNIT_REPORTER', 'LEADER', 'ANALYST'];
const ADMINS: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN'];

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
