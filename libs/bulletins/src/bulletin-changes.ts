import type { Bulletin } from './bulletin.types';

export type BulletinSection = 'HEADLINE' | 'STARTS' | 'RANKING' | 'LIGHTS' | 'PROBLEMS' | 'REPORTING';

/** One figure of a bulletin that differs between the published edition and the same bulletin computed now. */
export interface BulletinDifference {
  section: BulletinSection;
  /** What the figure belongs to: the district (headline), a unit, a project or a problem, by name. */
  subject: string;
  /** Which figure: `rank`, `score`, `light`, `completedInvestment`, `listed` (in or out of a list) … */
  field: string;
  before: number | string | boolean | null;
  after: number | string | boolean | null;
  /** The projects whose later events can explain it; a unit's figure points at the unit. */
  projectIds: string[];
  unitId?: string;
}

const EPSILON = 1e-9;
const same = (a: unknown, b: unknown) =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= EPSILON : a === b;

/** Compares two lists keyed by id: each entry that joined or left the list is one difference. */
function membership<T>(
  section: BulletinSection,
  field: string,
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => string,
  describe: (item: T) => { subject: string; projectIds: string[]; unitId?: string },
): BulletinDifference[] {
  const was = new Map(before.map((item) => [key(item), item]));
  const is = new Map(after.map((item) => [key(item), item]));
  const out: BulletinDifference[] = [];
  for (const [id, item] of was)
    if (!is.has(id)) out.push({ section, field, before: true, after: false, ...describe(item) });
  for (const [id, item] of is)
    if (!was.has(id)) out.push({ section, field, before: false, after: true, ...describe(item) });
  return out;
}

/**
 * Every difference between a bulletin as published and as computed now, section by section:
 * the headline figures, the starts, each unit's rank and score, the red-light list, the
 * overdue problems and the late or missing reports.
 */
export function diffBulletins(published: Bulletin, now: Bulletin): BulletinDifference[] {
  const out: BulletinDifference[] = [];
  const district = published.districtName;
  for (const field of [
    'projectCount',
    'totalInvestment',
    'plannedInvestment',
    'completedInvestment',
    'gapPoints',
  ] as const) {
    const [before, after] = [published.headline[field], now.headline[field]];
    if (!same(before, after))
      out.push({ section: 'HEADLINE', subject: district, field, before, after, projectIds: [] });
  }
  for (const field of ['due', 'started'] as const) {
    const [before, after] = [published.starts[field], now.starts[field]];
    if (!same(before, after)) out.push({ section: 'STARTS', subject: district, field, before, after, projectIds: [] });
  }
  const project = (p: { projectId: string; code: string; name: string }) => ({
    subject: `${p.code} ${p.name}`,
    projectIds: [p.projectId],
  });
  out.push(
    ...membership('STARTS', 'missedStart', published.starts.missed, now.starts.missed, (p) => p.projectId, project),
  );

  const ranksNow = new Map(now.ranking.map((u) => [u.unitId, u]));
  for (const unit of published.ranking) {
    const current = ranksNow.get(unit.unitId);
    const unitDiff = { section: 'RANKING' as const, subject: unit.name, projectIds: [], unitId: unit.unitId };
    if (!current) {
      out.push({ ...unitDiff, field: 'rank', before: unit.rank, after: null });
      continue;
    }
    if (current.rank !== unit.rank) out.push({ ...unitDiff, field: 'rank', before: unit.rank, after: current.rank });
    if (!same(current.score, unit.score))
      out.push({ ...unitDiff, field: 'score', before: unit.score, after: current.score });
  }
  out.push(
    ...membership(
      'RANKING',
      'bottom',
      published.reverseRanking,
      now.reverseRanking,
      (u) => u.unitId,
      (u) => ({
        subject: u.name,
        projectIds: [],
        unitId: u.unitId,
      }),
    ),
  );

  out.push(...membership('LIGHTS', 'red', published.lights.red, now.lights.red, (p) => p.projectId, project));
  const changedBefore = new Map(published.lights.changes.map((c) => [c.projectId, c]));
  for (const change of now.lights.changes) {
    const earlier = changedBefore.get(change.projectId);
    if (!earlier || earlier.to !== change.to)
      out.push({
        section: 'LIGHTS',
        field: 'light',
        before: earlier?.to ?? change.from,
        after: change.to,
        ...project(change),
      });
  }

  const problem = (p: { problemId: string; projectCode: string; description: string }) => ({
    subject: `${p.projectCode} ${p.description}`,
    projectIds: [p.problemId.slice(0, p.problemId.lastIndexOf(':'))],
  });
  out.push(
    ...membership('PROBLEMS', 'overdue', published.problems.overdue, now.problems.overdue, (p) => p.problemId, problem),
  );
  out.push(
    ...membership('PROBLEMS', 'cleared', published.problems.cleared, now.problems.cleared, (p) => p.problemId, problem),
  );

  const reports = (b: Bulletin) =>
    b.reporting.units.flatMap((u) => u.reports.map((r) => ({ ...r, unitName: u.name, unitId: u.unitId })));
  const key = (r: { projectCode: string; month: string }) => `${r.projectCode}/${r.month}`;
  const statusNow = new Map(reports(now).map((r) => [key(r), r]));
  const statusBefore = new Map(reports(published).map((r) => [key(r), r]));
  for (const k of new Set([...statusBefore.keys(), ...statusNow.keys()])) {
    const [before, after] = [statusBefore.get(k), statusNow.get(k)];
    if (before?.status === after?.status) continue;
    const r = (before ?? after) as NonNullable<typeof before>;
    out.push({
      section: 'REPORTING',
      subject: `${r.unitName} · ${r.projectCode} ${r.projectName} · ${r.month}`,
      field: 'reportStatus',
      before: before?.status ?? 'ON_TIME',
      after: after?.status ?? 'ON_TIME',
      projectIds: [r.projectId],
      unitId: r.unitId,
    });
  }
  return out;
}
