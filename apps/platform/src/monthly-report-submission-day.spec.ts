import { backfillDistrict } from './testing/backfill';
import { TestPlatform, type GraphqlClient } from './testing/test-platform';

const SUBMIT = `mutation($input: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $input) { id version } }`;
const REPORTS = `query($id: ID!) { project(id: $id) {
  version
  monthlyReports { month submittedOn firstSubmittedOn dueOn late backfilledBy { userId role } }
  history { type actor { userId role } data } } }`;
const PUNCTUALITY = `query($d: ID!) { assessment(districtId: $d, period: "2025-07") {
  units { unit { code } reportingPunctuality } } }`;

/** Today, for the platform: a reporter sending May's and June's reports in mid-July, after their due days. */
const TODAY = '2025-07-14';

describe('the day a monthly report counts as submitted', () => {
  let api: TestPlatform;
  let reporter: GraphqlClient;
  let districtAdmin: GraphqlClient;
  let ids: Awaited<ReturnType<typeof backfillDistrict>>;
  beforeAll(async () => {
    api = await TestPlatform.start(undefined, TODAY);
    ids = await backfillDistrict(api);
    const scope = { districtIds: [ids.district.id] };
    reporter = await api.signedInAs({
      username: 'fgw-reporter',
      displayName: '发改委填报员',
      role: 'UNIT_REPORTER',
      ...scope,
      unitId: ids.fgw.id,
    });
    districtAdmin = await api.signedInAs({
      username: 'tl-admin',
      displayName: '区发改委管理员',
      role: 'DISTRICT_ADMIN',
      ...scope,
    });
  }, 30_000);
  afterAll(() => api.stop());

  const project = async () => (await api.ok(REPORTS, { id: ids.project.id })).project;
  const report = (month: string, extra: Record<string, unknown> = {}) => ({
    projectId: ids.project.id,
    month,
    investment: 2000,
    progressPercent: 15,
    ...extra,
  });

  it('refuses a unit reporter’s earlier day by name, and writes nothing', async () => {
    const before = await project();
    const answer = await reporter.gql(SUBMIT, { input: report('2025-05', { submittedOn: '2025-06-04' }) });
    expect(answer.errors?.[0]).toMatchObject({
      message: expect.stringContaining('only a district or city admin back-filling a ledger'),
      extensions: { code: 'BAD_USER_INPUT', field: 'submittedOn' },
    });
    expect(answer.data).toBeNull();
    const after = await project();
    expect(after.version).toBe(before.version);
    expect(after.monthlyReports.map((r: any) => r.month)).not.toContain('2025-05');
  });

  it('records a unit reporter’s report on the day it is sent, late when that is after the due day', async () => {
    await reporter.ok(SUBMIT, { input: report('2025-05') });
    await reporter.ok(SUBMIT, { input: report('2025-06', { submittedOn: TODAY }) });
    const reports = (await project()).monthlyReports;
    expect(reports.filter((r: any) => r.month >= '2025-05')).toEqual([
      {
        month: '2025-05',
        submittedOn: TODAY,
        firstSubmittedOn: TODAY,
        dueOn: '2025-06-05',
        late: true,
        backfilledBy: null,
      },
      {
        month: '2025-06',
        submittedOn: TODAY,
        firstSubmittedOn: TODAY,
        dueOn: '2025-07-05',
        late: true,
        backfilledBy: null,
      },
    ]);
    // of the four reports due for March to June only March's came by its due day
    const { assessment } = await api.ok(PUNCTUALITY, { d: ids.district.id });
    expect(assessment.units.find((u: any) => u.unit.code === 'FGW').reportingPunctuality).toBe(1 / 4);
  });

  it('lets a district admin back-fill an earlier day, marked as back-filled with who entered it', async () => {
    const { me } = await districtAdmin.ok<{ me: { id: string } }>('{ me { id } }');
    await districtAdmin.ok(SUBMIT, { input: report('2025-07', { submittedOn: '2025-07-10', note: '按纸质台账补录' }) });
    const { monthlyReports, history } = await project();
    expect(monthlyReports.find((r: any) => r.month === '2025-07')).toEqual({
      month: '2025-07',
      submittedOn: '2025-07-10',
      firstSubmittedOn: '2025-07-10',
      dueOn: '2025-08-05',
      late: false,
      backfilledBy: { userId: me.id, role: 'DISTRICT_ADMIN' },
    });
    const entries = history.filter((e: any) => e.type.startsWith('MonthlyReport') && e.data.month >= '2025-05');
    expect(entries.map((e: any) => [e.data.month, e.actor, e.data.backfilled ?? false])).toEqual([
      ['2025-05', { userId: expect.any(String), role: 'UNIT_REPORTER' }, false],
      ['2025-06', { userId: expect.any(String), role: 'UNIT_REPORTER' }, false],
      ['2025-07', { userId: me.id, role: 'DISTRICT_ADMIN' }, true],
    ]);
  });

  it('keeps the back-fill of the first submission when the report is corrected later', async () => {
    await districtAdmin.ok(SUBMIT, { input: report('2025-07', { investment: 2300 }) });
    const july = (await project()).monthlyReports.find((r: any) => r.month === '2025-07');
    expect(july).toMatchObject({ submittedOn: TODAY, firstSubmittedOn: '2025-07-10', late: false });
    expect(july.backfilledBy).toMatchObject({ role: 'DISTRICT_ADMIN' });
  });

  it('does not mark an admin’s report sent on the day it is recorded', async () => {
    await districtAdmin.ok(SUBMIT, { input: report('2025-04', { submittedOn: TODAY }) });
    const { history } = await project();
    const april = history.filter((e: any) => e.data.month === '2025-04').pop();
    expect(april).toMatchObject({ type: 'MonthlyReportCorrected', actor: { role: 'DISTRICT_ADMIN' } });
    expect(april.data).not.toHaveProperty('backfilled');
  });
});
