import type { ComponentType } from 'react';
import { PAGE_PATHS, type PageId } from '../lib/access';

type PageModule = () => Promise<{ default: ComponentType }>;

/** The frame of the signed-in app: fetched while the login page waits for the user to type. */
export const loadSignedInFrame = () => import('./SignedInFrame');

/** Each page's code, fetched on first visit (the charts library, for one, only by the pages that draw). */
export const PAGE_MODULES: Record<PageId, PageModule> = {
  dashboard: () => import('../features/dashboard/DashboardPage'),
  comparison: () => import('../features/assessment/ComparisonPage'),
  projects: () => import('../features/projects/ProjectsPage'),
  reporting: () => import('../features/reporting/ReportingPage'),
  problems: () => import('../features/problems/ProblemsPage'),
  assessment: () => import('../features/assessment/AssessmentPage'),
  ruleSets: () => import('../features/rule-sets/RuleSetsPage'),
  units: () => import('../features/admin/UnitsPage'),
  users: () => import('../features/admin/UsersPage'),
  map: () => import('../features/map/MapPage'),
  openData: () => import('../features/open-data/OpenDataPage'),
  bulletins: () => import('../features/bulletins/BulletinPage'),
  reportingStatus: () => import('../features/bulletins/ReportingStatusPage'),
  cityBulletin: () => import('../features/bulletins/CityBulletinPage'),
};

/**
 * Starts fetching the page a user lands on after signing in, beside the frame, rather
 * than after it: on a slow line the two would otherwise load one after the other.
 */
export function preloadPageAt(path: string): void {
  const page = (Object.keys(PAGE_PATHS) as PageId[]).find((id) => PAGE_PATHS[id] === path);
  if (page) void PAGE_MODULES[page]();
}
