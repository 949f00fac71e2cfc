import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';
import { canSee, homePathFor, pageAt, PAGES, pagesFor, type PageId } from './pages';

// the menu's icons are drawn in the browser tests; here only what each page declares matters
jest.mock('@ant-design/icons', () => new Proxy({}, { get: () => () => null }));

const ROLES = ['CITY_ADMIN', 'DISTRICT_ADMIN', 'UNIT_REPORTER', 'LEADER', 'ANALYST'] as const;

describe('the pages of the app', () => {
  it('opens each role on the screen it comes for, one its menu holds', () => {
    expect(ROLES.map(homePathFor)).toEqual(['/comparison', '/dashboard', '/reporting', '/dashboard', '/assessment']);
    for (const role of ROLES) expect(pagesFor(role)).toContain(pageAt(homePathFor(role)));
  });

  it('keeps administration to administrators', () => {
    expect(canSee('DISTRICT_ADMIN', 'users')).toBe(true);
    expect(canSee('UNIT_REPORTER', 'users')).toBe(false);
    expect(canSee('ANALYST', 'units')).toBe(false);
    expect(ROLES.filter((role) => canSee(role, 'ledgers'))).toEqual(['CITY_ADMIN', 'DISTRICT_ADMIN']);
    expect(pagesFor('UNIT_REPORTER')).not.toContain('comparison');
  });

  it('lists the menu in its declared order: daily work first, administration last', () => {
    expect(pagesFor('DISTRICT_ADMIN')).toEqual([
      'dashboard',
      'reporting',
      'reportingStatus',
      'projects',
      'map',
      'problems',
      'assessment',
      'bulletins',
      'ruleSets',
      'openData',
      'ledgers',
      'units',
      'users',
    ]);
  });

  it('finds a page by its address, and a project’s page under the projects', () => {
    expect(pageAt('/city-bulletin')).toBe('cityBulletin');
    expect(pageAt('/projects/p-1')).toBe('projects');
    expect(pageAt('/reporting-status')).toBe('reportingStatus');
    expect(pageAt('/nowhere')).toBeUndefined();
  });

  it('gives every page its own address and a menu label in both languages', () => {
    const ids = Object.keys(PAGES) as PageId[];
    expect(new Set(ids.map((id) => PAGES[id].path)).size).toBe(ids.length);
    for (const id of ids) {
      expect({ id, zh: zh.nav[id], en: en.nav[id] }).toEqual({ id, zh: expect.any(String), en: expect.any(String) });
    }
  });
});
