import type { ProblemFieldsFragment } from '../../gql/graphql';
import { boardColumns, isOverdue } from './problem-board';

function problem(id: string, status: ProblemFieldsFragment['status'], dueOn: string, unit = 'u1'): ProblemFieldsFragment {
  return {
    id,
    status,
    dueOn,
    category: 'LAND',
    description: `用地问题 ${id}`,
    raisedOn: '2025-01-01',
    resolvedOn: null,
    resolution: null,
    closedReason: null,
    ownerUnit: { id: unit, name: unit },
    escalations: [],
    project: { id: 'p', code: 'TL-1', name: '产业园' },
  };
}

const problems = [
  problem('a', 'OPEN', '2025-05-01'),
  problem('b', 'OPEN', '2025-03-01', 'u2'),
  problem('c', 'RESOLVED', '2025-01-01'),
  problem('d', 'RESOLVED', '2025-04-01'),
  problem('e', 'ESCALATED', '2025-06-30'),
];
const none = { overdueOnly: false, text: '' };

describe('problem board', () => {
  it('has a column for every status, urgent first while open and latest first once finished', () => {
    const columns = boardColumns(problems, none, '2025-04-15');
    expect(columns.map((c) => c.status)).toEqual(['OPEN', 'ASSIGNED', 'ESCALATED', 'RESOLVED', 'CLOSED']);
    expect(columns[0].problems.map((p) => p.id)).toEqual(['b', 'a']);
    expect(columns[3].problems.map((p) => p.id)).toEqual(['d', 'c']);
  });

  it('calls a problem overdue only while it is unfinished', () => {
    expect(isOverdue(problem('x', 'OPEN', '2025-03-01'), '2025-04-15')).toBe(true);
    expect(isOverdue(problem('x', 'RESOLVED', '2025-03-01'), '2025-04-15')).toBe(false);
    expect(isOverdue(problem('x', 'OPEN', '2025-04-15'), '2025-04-15')).toBe(false);
  });

  it('filters by unit, overdue and text', () => {
    const count = (filter: Partial<typeof none> & { ownerUnitId?: string }) =>
      boardColumns(problems, { ...none, ...filter }, '2025-04-15').reduce((sum, c) => sum + c.problems.length, 0);
    expect(count({ ownerUnitId: 'u2' })).toBe(1);
    expect(count({ overdueOnly: true })).toBe(1);
    expect(count({ text: '问题 e' })).toBe(1);
  });
});
