import { backfillDistrict } from './testing/backfill';
import { TestPlatform } from './testing/test-platform';

type Fixture = Awaited<ReturnType<typeof backfillDistrict>>;

const SET = `mutation($i: SetOpeningBalanceInput!) {
  setOpeningBalance(input: $i) { id completedInvestment cumulativeInvestment openingBalance { asOfMonth cumulativeInvestment yearToDateInvestment } }
}`;
const STANDING = `query($id: ID!, $period: String!, $knownAt: DateTime) {
  project(id: $id) { assessment(period: $period, knownAt: $knownAt) { completed target light } }
}`;

/**
 * The opening balance (开累基数) through the API: the fixture's project reported March (3,200) and
 * April (2,500) 2025; before Tuijin it had 8,000 万元 in, 500 of it in January–February 2025.
 */
describe('opening balance through GraphQL', () => {
  let api: TestPlatform;
  let f: Fixture;
  const balance = (values: Record<string, unknown> = {}) => ({
    projectId: f.project.id,
    asOfMonth: '2025-02',
    cumulativeInvestment: 8000,
    yearToDateInvestment: 500,
    ...values,
  });

  beforeAll(async () => {
    api = await TestPlatform.start();
    f = await backfillDistrict(api);
  });
  afterAll(() => api.stop());

  it('is refused to a unit reporter, even of the lead unit: it is an admin decision', async () => {
    const reporter = await api.signedInAs({
      username: 'ob-reporter',
      displayName: '填报员',
      role: 'UNIT_REPORTER',
      districtIds: [f.district.id],
      unitId: f.fgw.id,
    });
    const before = await api.runtime.store.lastPosition();
    const result = await reporter.gql(SET, { i: balance() });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await api.runtime.store.lastPosition()).toBe(before);
  });

  it('shows 开累 as the balance plus every report, and counts its year part in 本年累计 from its month on', async () => {
    const before = new Date().toISOString();
    const { setOpeningBalance: project } = await api.ok(SET, { i: balance() });
    expect(project).toEqual({
      id: f.project.id,
      completedInvestment: 5700,
      cumulativeInvestment: 13700,
      openingBalance: { asOfMonth: '2025-02', cumulativeInvestment: 8000, yearToDateInvestment: 500 },
    });
    const standing = async (period: string, knownAt?: string) =>
      (await api.ok(STANDING, { id: f.project.id, period, knownAt })).project.assessment;
    expect((await standing('2025-01')).completed).toBe(0);
    expect((await standing('2025-02')).completed).toBe(500);
    expect((await standing('2025-04')).completed).toBe(6200);
    // as known before it was set: the reports alone
    expect((await standing('2025-04', before)).completed).toBe(5700);
  });

  it('refuses a report for a month it covers, naming the month', async () => {
    const result = await api.gql(`mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { id } }`, {
      i: { projectId: f.project.id, month: '2025-02', investment: 10, progressPercent: 3, submittedOn: '2025-03-02' },
    });
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'month' } });
    expect(result.errors?.[0].message).toMatch(/opening balance .* as of 2025-02/);
  });

  it('is corrected by a new event that the history shows beside the first', async () => {
    const { setOpeningBalance: project } = await api.ok(SET, { i: balance({ yearToDateInvestment: 800 }) });
    expect(project.openingBalance.yearToDateInvestment).toBe(800);
    const { project: read } = await api.ok(
      `query($id: ID!) { project(id: $id) { history { type actor { role } data } } }`,
      {
        id: f.project.id,
      },
    );
    const entries = read.history.filter((e: { type: string }) => e.type === 'OpeningBalanceSet');
    expect(entries.map((e: { data: { yearToDateInvestment: number } }) => e.data.yearToDateInvestment)).toEqual([
      500, 800,
    ]);
    expect((await api.ok(STANDING, { id: f.project.id, period: '2025-04' })).project.assessment.completed).toBe(6500);
  });
});
