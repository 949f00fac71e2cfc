import { backfillDistrict } from './testing/backfill';
import { TestPlatform } from './testing/test-platform';

type Fixture = Awaited<ReturnType<typeof backfillDistrict>>;

const DUE = `query($id: ID!, $month: String!) { project(id: $id) { reportDue(month: $month) { month dueOn status overdue } } }`;
const GRID = `query($d: ID!, $m: String!) { reportingStatus(districtId: $d, month: $m) { units { projects { code status } } } }`;

/**
 * What a project owes for a month's report, as the platform states it for the reporting page:
 * the assessment's own rule, on the platform's today (2025-12-31). The fixture's project has
 * been building since 18 March 2025, reported March on 3 April (corrected later) and April on 12 May.
 */
describe('a project’s report due for a month (reportDue)', () => {
  let api: TestPlatform;
  let f: Fixture;
  const due = async (projectId: string, month: string) =>
    (await api.ok(DUE, { id: projectId, month })).project.reportDue;

  beforeAll(async () => {
    api = await TestPlatform.start();
    f = await backfillDistrict(api);
  });
  afterAll(() => api.stop());

  it('states on time, late and overdue as the reporting status grid does, and nothing before building', async () => {
    expect(await due(f.project.id, '2025-02')).toBeNull();
    expect(await due(f.project.id, '2025-03')).toEqual({
      month: '2025-03',
      dueOn: '2025-04-05',
      status: 'ON_TIME',
      overdue: false,
    });
    expect(await due(f.project.id, '2025-04')).toEqual({
      month: '2025-04',
      dueOn: '2025-05-05',
      status: 'LATE',
      overdue: false,
    });
    expect(await due(f.project.id, '2025-11')).toEqual({
      month: '2025-11',
      dueOn: '2025-12-05',
      status: 'MISSING',
      overdue: true,
    });
    for (const month of ['2025-03', '2025-04', '2025-11']) {
      const grid = (await api.ok(GRID, { d: f.district.id, m: month })).reportingStatus;
      const [row] = grid.units.flatMap((u: { projects: { code: string; status: string }[] }) => u.projects);
      expect(row.status).toBe((await due(f.project.id, month)).status);
    }
  });

  it('owes nothing for the months an opening balance covers, and the month after it is owed', async () => {
    const { registerProject: building } = await api.ok(
      `mutation($i: RegisterProjectInput!) { registerProject(input: $i) { id } }`,
      {
        i: {
          districtId: f.district.id,
          code: 'TL-2024-009',
          name: '铜梁区污水处理厂扩建',
          category: 'INFRASTRUCTURE',
          leadUnitId: f.fgw.id,
          totalInvestment: 30000,
          stage: 'UNDER_CONSTRUCTION',
          occurredOn: '2025-01-02',
        },
      },
    );
    expect((await due(building.id, '2025-05')).status).toBe('MISSING');
    await api.ok(`mutation($i: SetOpeningBalanceInput!) { setOpeningBalance(input: $i) { id } }`, {
      i: { projectId: building.id, asOfMonth: '2025-06', cumulativeInvestment: 9000, yearToDateInvestment: 2000 },
    });
    expect(await due(building.id, '2025-05')).toBeNull();
    expect(await due(building.id, '2025-06')).toBeNull();
    expect(await due(building.id, '2025-07')).toMatchObject({ status: 'MISSING', overdue: true, dueOn: '2025-08-05' });
  });

  it('refuses a month that is not YYYY-MM, naming the argument', async () => {
    const bad = await api.gql(DUE, { id: f.project.id, month: '2025-7' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });
});
