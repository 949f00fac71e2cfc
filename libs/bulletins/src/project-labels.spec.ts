import type { HistoryEntry } from '@tuijin/read-models';
import { LABEL_EVENT_TYPES, projectLabelsKnownAt } from './project-labels';

const entry = (type: string, recordedAt: string, data: unknown): HistoryEntry => ({
  position: 0,
  version: 0,
  type,
  occurredOn: recordedAt.slice(0, 10),
  recordedAt,
  actor: { userId: 'u', role: 'DISTRICT_ADMIN' },
  data,
});

describe('a project as a bulletin names it, as known at an instant', () => {
  const history = [
    entry('ProjectRegistered', '2025-01-10T02:00:00.000Z', {
      name: '产业园一期',
      totalInvestment: 5000,
      leadUnitId: 'u1',
    }),
    entry('LeaderAssigned', '2025-01-11T02:00:00.000Z', { leader: { name: '王副区长' } }),
    entry('ProblemRaised', '2025-02-01T02:00:00.000Z', {
      problemId: 'p:1',
      category: 'LAND',
      description: '用地',
      ownerUnitId: 'u1',
    }),
    entry('ProjectDetailsRevised', '2025-08-01T02:00:00.000Z', {
      changes: { name: '产业园一期（扩建）', totalInvestment: 8000 },
    }),
    entry('LeaderAssigned', '2025-08-02T02:00:00.000Z', { leader: { name: '李副区长' } }),
    entry('ProblemAssigned', '2025-08-03T02:00:00.000Z', { problemId: 'p:1', ownerUnitId: 'u2' }),
  ];

  it('keeps the name, investment, leader and owner unit a bulletin published in July printed', () => {
    const july = projectLabelsKnownAt(history, '2025-07-06T00:00:00.000Z');
    expect(july).toMatchObject({ name: '产业园一期', totalInvestment: 5000, leader: '王副区长' });
    expect(july.problems.get('p:1')?.ownerUnitId).toBe('u1');
  });

  it('follows later revisions when asked as of now', () => {
    const now = projectLabelsKnownAt(history, undefined);
    expect(now).toMatchObject({ name: '产业园一期（扩建）', totalInvestment: 8000, leader: '李副区长' });
    expect(now.problems.get('p:1')?.ownerUnitId).toBe('u2');
  });

  it('comes out the same from only the label events, which is all a bulletin reads of the log', () => {
    const whole = [
      ...history,
      entry('StageChanged', '2025-08-04T02:00:00.000Z', { from: 'SIGNED', to: 'UNDER_CONSTRUCTION' }),
      entry('MonthlyReportSubmitted', '2025-08-05T02:00:00.000Z', { month: '2025-07', investment: 300 }),
      entry('ProblemResolved', '2025-08-06T02:00:00.000Z', { problemId: 'p:1' }),
    ];
    const labelEvents = whole.filter((e) => (LABEL_EVENT_TYPES as readonly string[]).includes(e.type));
    expect(labelEvents).toHaveLength(history.length);
    for (const knownAt of ['2025-07-06T00:00:00.000Z', undefined])
      expect(projectLabelsKnownAt(labelEvents, knownAt)).toEqual(projectLabelsKnownAt(whole, knownAt));
  });
});
