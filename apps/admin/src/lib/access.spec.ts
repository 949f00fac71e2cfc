import { can, canSee, grantableRoles, homePathFor, pagesFor } from './access';

describe('role access in the app', () => {
  it('opens each role on the screen it comes for', () => {
    expect(homePathFor('CITY_ADMIN')).toBe('/comparison');
    expect(homePathFor('DISTRICT_ADMIN')).toBe('/dashboard');
    expect(homePathFor('UNIT_REPORTER')).toBe('/reporting');
    expect(homePathFor('LEADER')).toBe('/dashboard');
    expect(homePathFor('ANALYST')).toBe('/assessment');
  });

  it('lets every role see its own home page', () => {
    for (const role of ['CITY_ADMIN', 'DISTRICT_ADMIN', 'UNIT_REPORTER', 'LEADER', 'ANALYST'] as const) {
      const home = homePathFor(role);
      expect(pagesFor(role).some((page) => home === `/${page.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)).toBe(
        true,
      );
    }
  });

  it('keeps administration to administrators', () => {
    expect(canSee('DISTRICT_ADMIN', 'users')).toBe(true);
    expect(canSee('UNIT_REPORTER', 'users')).toBe(false);
    expect(canSee('ANALYST', 'units')).toBe(false);
    expect(can('ANALYST', 'editProjects')).toBe(false);
    expect(can('UNIT_REPORTER', 'editProjects')).toBe(true);
    expect(can('LEADER', 'escalateProblems')).toBe(true);
    expect(can('DISTRICT_ADMIN', 'manageDistricts')).toBe(false);
  });

  it('never lets a district admin hand out city-wide power', () => {
    expect(grantableRoles('DISTRICT_ADMIN')).not.toContain('CITY_ADMIN');
    expect(grantableRoles('CITY_ADMIN')).toContain('CITY_ADMIN');
    expect(grantableRoles('ANALYST')).toEqual([]);
  });
});
