import { mayManageAccount } from './user-rules';

describe('who may create or manage an account', () => {
  const city = { role: 'CITY_ADMIN' as const, districtIds: [] };
  const tongliang = { role: 'DISTRICT_ADMIN' as const, districtIds: ['d-tl'] };

  it('lets a city admin manage any account, a city admin’s too', () => {
    expect(mayManageAccount(city, { role: 'CITY_ADMIN', districtIds: [] })).toBe(true);
    expect(mayManageAccount(city, { role: 'ANALYST', districtIds: ['d-tl', 'd-qx'] })).toBe(true);
  });

  it('lets a district admin manage accounts of their own district only, never a city admin’s', () => {
    expect(mayManageAccount(tongliang, { role: 'UNIT_REPORTER', districtIds: ['d-tl'] })).toBe(true);
    expect(mayManageAccount(tongliang, { role: 'DISTRICT_ADMIN', districtIds: ['d-tl'] })).toBe(true);
    expect(mayManageAccount(tongliang, { role: 'CITY_ADMIN', districtIds: [] })).toBe(false);
    expect(mayManageAccount(tongliang, { role: 'CITY_ADMIN', districtIds: ['d-tl'] })).toBe(false);
    expect(mayManageAccount(tongliang, { role: 'LEADER', districtIds: ['d-qx'] })).toBe(false);
    expect(mayManageAccount(tongliang, { role: 'ANALYST', districtIds: ['d-tl', 'd-qx'] })).toBe(false);
    expect(mayManageAccount(tongliang, { role: 'ANALYST', districtIds: [] })).toBe(false);
  });

  it('lets no one else manage accounts', () => {
    for (const role of ['UNIT_REPORTER', 'LEADER', 'ANALYST'] as const)
      expect(mayManageAccount({ role, districtIds: ['d-tl'] }, { role: 'LEADER', districtIds: ['d-tl'] })).toBe(false);
  });
});
