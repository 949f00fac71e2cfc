import { backfillDistrict } from './testing/backfill';
import { TestPlatform } from './testing/test-platform';

const CHECK = `query($id: ID!, $month: String!, $investment: Float!, $progress: Float!) { project(id: $id) {
  previousReport(month: $month) { month investment progressPercent late }
  reportWarnings(month: $month, investment: $investment, progressPercent: $progress) {
    kind field comparedWith previousMonth factor } } }`;

describe('checking a monthly report before it is sent', () => {
  let api: TestPlatform;
  let ids: Awaited<ReturnType<typeof backfillDistrict>>;
  beforeAll(async () => {
    api = await TestPlatform.start();
    // a 36,000 万元 plan from March: 3,600 a month; April's report said 2,500 and 9 %
    ids = await backfillDistrict(api);
  }, 30_000);
  afterAll(() => api.stop());

  const check = (month: string, investment: number, progress: number) =>
    api.gql(CHECK, { id: ids.project.id, month, investment, progress });

  it('gives each reporting row the month before, and nothing to confirm for figures in line with it', async () => {
    const { data } = await check('2025-05', 3000, 12);
    expect(data?.project).toEqual({
      previousReport: { month: '2025-04', investment: 2500, progressPercent: 9, late: true },
      reportWarnings: [],
    });
    expect((await check('2025-03', 3000, 12)).data?.project.previousReport).toBeNull();
  });

  it('asks to confirm progress going backwards and investment far above the plan’s monthly pace', async () => {
    const { data } = await check('2025-05', 20000, 4);
    expect(data?.project.reportWarnings).toEqual([
      { kind: 'PROGRESS_BACKWARDS', field: 'progressPercent', comparedWith: 9, previousMonth: '2025-04', factor: null },
      { kind: 'INVESTMENT_ABOVE_PACE', field: 'investment', comparedWith: 3600, previousMonth: null, factor: 3 },
    ]);
  });

  it.each([
    [-5, 10, 'investment'],
    [100, 150, 'progressPercent'],
  ])('refuses %d 万元 at %d %% by naming the field, as sending it would', async (investment, progress, field) => {
    const { errors } = await check('2025-05', investment, progress);
    expect(errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const sent = await api.gql(`mutation($i: SubmitMonthlyReportInput!) { submitMonthlyReport(input: $i) { id } }`, {
      i: { projectId: ids.project.id, month: '2025-05', investment, progressPercent: progress },
    });
    expect(sent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});
