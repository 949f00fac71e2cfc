import { can, grantableRoles } from './access';

describe('role access in the app', () => {
  it('keeps administration to administrators', () => {
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
