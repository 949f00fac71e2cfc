import {
  AlertOutlined,
  AuditOutlined,
  BarChartOutlined,
  CloudDownloadOutlined,
  DashboardOutlined,
  EditOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  ImportOutlined,
  NotificationOutlined,
  ProjectOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import type { Role } from '../gql/graphql';

/** A page of the app: its address, its menu icon, the roles that use it and its code (fetched on first visit). */
interface Page {
  path: string;
  icon: ComponentType;
  roles: readonly Role[];
  load: () => Promise<{ default: ComponentType }>;
}

const ALL: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN', 'UNIT_REPORTER', 'LEADER', 'ANALYST'];
const ADMINS: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN'];

/**
 * Every page of the app, declared once, in menu order: daily work first, administration
 * last. A page's title and menu label are the translation `nav.<id>`. The platform enforces
 * access itself; the roles only keep the screens a user cannot use out of their way.
 */
export const PAGES = {
  dashboard: {
    path: '/dashboard',
    icon: DashboardOutlined,
    roles: ['CITY_ADMIN', 'DISTRICT_ADMIN', 'LEADER', 'ANALYST'],
    load: () => import('../features/dashboard/DashboardPage'),
  },
  comparison: {
    path: '/comparison',
    icon: BarChartOutlined,
    roles: ['CITY_ADMIN', 'ANALYST'],
    load: () => import('../features/assessment/ComparisonPage'),
  },
  cityBulletin: {
    path: '/city-bulletin',
    icon: NotificationOutlined,
    roles: ['CITY_ADMIN', 'ANALYST'],
    load: () => import('../features/bulletins/CityBulletinPage'),
  },
  reporting: {
    path: '/reporting',
    icon: EditOutlined,
    roles: ['UNIT_REPORTER', ...ADMINS],
    load: () => import('../features/reporting/ReportingPage'),
  },
  reportingStatus: {
    path: '/reporting-status',
    icon: ScheduleOutlined,
    roles: ['UNIT_REPORTER', ...ADMINS, 'ANALYST'],
    load: () => import('../features/bulletins/ReportingStatusPage'),
  },
  projects: {
    path: '/projects',
    icon: ProjectOutlined,
    roles: ALL,
    load: () => import('../features/projects/ProjectsPage'),
  },
  map: { path: '/map', icon: EnvironmentOutlined, roles: ALL, load: () => import('../features/map/MapPage') },
  problems: {
    path: '/problems',
    icon: AlertOutlined,
    roles: ALL,
    load: () => import('../features/problems/ProblemsPage'),
  },
  assessment: {
    path: '/assessment',
    icon: TrophyOutlined,
    roles: ALL,
    load: () => import('../features/assessment/AssessmentPage'),
  },
  bulletins: {
    path: '/bulletins',
    icon: FileTextOutlined,
    roles: ALL,
    load: () => import('../features/bulletins/BulletinPage'),
  },
  ruleSets: {
    path: '/rule-sets',
    icon: AuditOutlined,
    roles: [...ADMINS, 'ANALYST'],
    load: () => import('../features/rule-sets/RuleSetsPage'),
  },
  openData: {
    path: '/open-data',
    icon: CloudDownloadOutlined,
    roles: [...ADMINS, 'ANALYST'],
    load: () => import('../features/open-data/OpenDataPage'),
  },
  ledgers: {
    path: '/ledgers',
    icon: ImportOutlined,
    roles: ADMINS,
    load: () => import('../features/ledgers/LedgersPage'),
  },
  units: { path: '/units', icon: SettingOutlined, roles: ADMINS, load: () => import('../features/admin/UnitsPage') },
  users: { path: '/users', icon: TeamOutlined, roles: ADMINS, load: () => import('../features/admin/UsersPage') },
} satisfies Record<string, Page>;

export type PageId = keyof typeof PAGES;

const PAGE_IDS = Object.keys(PAGES) as PageId[];

/** Where each role starts after signing in: the screen they open the app for. */
const HOME: Record<Role, PageId> = {
  CITY_ADMIN: 'comparison',
  DISTRICT_ADMIN: 'dashboard',
  UNIT_REPORTER: 'reporting',
  LEADER: 'dashboard',
  ANALYST: 'assessment',
};

export const canSee = (role: Role, page: PageId): boolean => (PAGES[page].roles as readonly Role[]).includes(role);
export const pagesFor = (role: Role): PageId[] => PAGE_IDS.filter((page) => canSee(role, page));
export const homePathFor = (role: Role): string => PAGES[HOME[role]].path;
/** The page at an address (or under it: a project's page is under the projects'). */
export const pageAt = (pathname: string): PageId | undefined =>
  PAGE_IDS.find((page) => pathname === PAGES[page].path || pathname.startsWith(`${PAGES[page].path}/`));
