import type { ProjectCommand, ProjectCommandOf, ProjectEvent } from './project.types';
import { problemRaised, projectRegistered, projectSpec as spec, TODAY } from './testing/project-fixtures';

type Raise = ProjectCommandOf<'RaiseProblem'>;
const raise = (changes: Partial<Record<keyof Raise, unknown>> = {}) =>
  ({
    type: 'RaiseProblem',
    today: TODAY,
    problemId: 'q-1',
    category: 'LAND',
    description: ' 用地指标未落实 ',
    raisedOn: '2024-03-01',
    dueOn: '2024-04-30',
    ownerUnitId: 'u-zrzy',
    ...changes,
  }) as Raise;

const assign = (ownerUnitId = 'u-zjw', occurredOn = TODAY, note?: string): ProjectCommand => ({
  type: 'AssignProblem',
  today: TODAY,
  problemId: 'q-1',
  ownerUnitId,
  occurredOn,
  note,
});
const escalate = (level = 'LEADER', occurredOn = TODAY, note?: string) =>
  ({ type: 'EscalateProblem', today: TODAY, problemId: 'q-1', level, occurredOn, note }) as ProjectCommand;
const resolve = (resolution = '已协调落实用地指标', resolvedOn = TODAY): ProjectCommand => ({
  type: 'ResolveProblem',
  today: TODAY,
  problemId: 'q-1',
  resolvedOn,
  resolution,
});
const close = (reason = '企业撤回诉求', occurredOn = TODAY): ProjectCommand => ({
  type: 'CloseProblem',
  today: TODAY,
  problemId: 'q-1',
  occurredOn,
  reason,
});

const raised = problemRaised('q-1');
const resolved: ProjectEvent = {
  type: 'ProblemResolved',
  occurredOn: '2024-04-20',
  data: { problemId: 'q-1', resolution: '已落实' },
};
const closed: ProjectEvent = {
  type: 'ProblemClosed',
  occurredOn: '2024-04-20',
  data: { problemId: 'q-1', reason: '重复提报' },
};

describe('RaiseProblem', () => {
  it('raises an open problem on the day it was raised', () => {
    const state = spec.given([projectRegistered]).when(raise()).then([raised]);
    expect(state).toMatchObject({
      problems: {
        'q-1': {
          problemId: 'q-1',
          category: 'LAND',
          status: 'OPEN',
          raisedOn: '2024-03-01',
          dueOn: '2024-04-30',
          ownerUnitId: 'u-zrzy',
        },
      },
    });
  });

  it('accepts a due date in the future or on the day raised', () => {
    spec
      .given([projectRegistered])
      .when(raise({ dueOn: '2024-12-31' }))
      .then([problemRaised('q-1', '2024-03-01', '2024-12-31')]);
    spec
      .given([projectRegistered])
      .when(raise({ dueOn: '2024-03-01' }))
      .then([problemRaised('q-1', '2024-03-01', '2024-03-01')]);
  });

  it('refuses a problem id already used in the project', () => {
    spec
      .given([projectRegistered, raised])
      .when(raise())
      .thenRejects('CONFLICT', { field: 'problemId', message: 'q-1 already exists' });
  });

  it.each([
    ['an empty problem id', { problemId: '' }, 'problemId', 'id'],
    ['an unknown category', { category: 'WEATHER' }, 'category', 'LAND, FINANCING'],
    ['an empty description', { description: '   ' }, 'description', 'empty'],
    ['a description over 2000 characters', { description: '述'.repeat(2001) }, 'description', '2000'],
    ['a future raising date', { raisedOn: '2024-06-16', dueOn: '2024-07-01' }, 'raisedOn', 'future'],
    [
      'a raising date before the registration',
      { raisedOn: '2024-02-01' },
      'raisedOn',
      'before the project was registered',
    ],
    ['a malformed due date', { dueOn: '2024-04-31' }, 'dueOn', 'YYYY-MM-DD'],
    ['a due date before the raising date', { dueOn: '2024-02-28' }, 'dueOn', 'before the problem was raised'],
    ['an empty owner unit', { ownerUnitId: '' }, 'ownerUnitId', 'id'],
  ])('refuses %s', (_case, changes, field, message) => {
    spec.given([projectRegistered]).when(raise(changes)).thenRejects('BAD_USER_INPUT', { field, message });
  });
});

describe('AssignProblem', () => {
  it('assigns the problem to an owner unit, with a note', () => {
    const state = spec
      .given([projectRegistered, raised])
      .when(assign('u-zjw', TODAY, ' 请住建委牵头 '))
      .then([
        {
          type: 'ProblemAssigned',
          occurredOn: TODAY,
          data: { problemId: 'q-1', ownerUnitId: 'u-zjw', note: '请住建委牵头' },
        },
      ]);
    expect(state).toMatchObject({ problems: { 'q-1': { status: 'ASSIGNED', ownerUnitId: 'u-zjw' } } });
  });

  it('refuses an empty owner unit', () => {
    spec.given([projectRegistered, raised]).when(assign('')).thenRejects('BAD_USER_INPUT', { field: 'ownerUnitId' });
  });

  it('refuses a date before the problem was raised', () => {
    spec
      .given([projectRegistered, raised])
      .when(assign('u-zjw', '2024-02-29'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn', message: 'before the problem was raised' });
  });

  it('refuses a future date', () => {
    spec
      .given([projectRegistered, raised])
      .when(assign('u-zjw', '2024-06-16'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn', message: 'future' });
  });
});

describe('EscalateProblem', () => {
  it('escalates to an on-site office meeting (现场办公)', () => {
    const state = spec
      .given([projectRegistered, raised])
      .when(escalate('ONSITE_OFFICE', '2024-03-01'))
      .then([
        { type: 'ProblemEscalated', occurredOn: '2024-03-01', data: { problemId: 'q-1', level: 'ONSITE_OFFICE' } },
      ]);
    expect(state).toMatchObject({ problems: { 'q-1': { status: 'ESCALATED', ownerUnitId: 'u-zrzy' } } });
  });

  it('refuses an unknown level', () => {
    spec
      .given([projectRegistered, raised])
      .when(escalate('MAYOR'))
      .thenRejects('BAD_USER_INPUT', { field: 'level', message: 'LEADER, ONSITE_OFFICE' });
  });

  it('refuses a date before the problem was raised', () => {
    spec
      .given([projectRegistered, raised])
      .when(escalate('LEADER', '2024-02-20'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn' });
  });

  it('refuses a note over 2000 characters', () => {
    spec
      .given([projectRegistered, raised])
      .when(escalate('LEADER', TODAY, '注'.repeat(2001)))
      .thenRejects('BAD_USER_INPUT', { field: 'note' });
  });
});

describe('ResolveProblem', () => {
  it('resolves the problem and records when', () => {
    const state = spec
      .given([projectRegistered, raised])
      .when(resolve('已协调落实用地指标', '2024-04-20'))
      .then([
        {
          type: 'ProblemResolved',
          occurredOn: '2024-04-20',
          data: { problemId: 'q-1', resolution: '已协调落实用地指标' },
        },
      ]);
    expect(state).toMatchObject({
      problems: { 'q-1': { status: 'RESOLVED', resolvedOn: '2024-04-20', dueOn: '2024-04-30' } },
    });
  });

  it('resolves an escalated problem', () => {
    const escalated: ProjectEvent = {
      type: 'ProblemEscalated',
      occurredOn: '2024-03-05',
      data: { problemId: 'q-1', level: 'LEADER' },
    };
    spec
      .given([projectRegistered, raised, escalated])
      .when(resolve())
      .then([
        { type: 'ProblemResolved', occurredOn: TODAY, data: { problemId: 'q-1', resolution: '已协调落实用地指标' } },
      ]);
  });

  it.each([
    ['an empty resolution', { resolution: '' }, 'resolution', 'empty'],
    ['a resolution over 2000 characters', { resolution: '办'.repeat(2001) }, 'resolution', '2000'],
    ['a future resolution date', { resolvedOn: '2024-06-16' }, 'resolvedOn', 'future'],
    [
      'a resolution date before the problem was raised',
      { resolvedOn: '2024-02-29' },
      'resolvedOn',
      'before the problem was raised',
    ],
  ])(
    'refuses %s',
    (
      _case,
      { resolution = '已办结', resolvedOn = TODAY }: { resolution?: string; resolvedOn?: string },
      field,
      message,
    ) => {
      spec
        .given([projectRegistered, raised])
        .when(resolve(resolution, resolvedOn))
        .thenRejects('BAD_USER_INPUT', { field, message });
    },
  );
});

describe('CloseProblem', () => {
  it('closes the problem with a reason', () => {
    const state = spec
      .given([projectRegistered, raised])
      .when(close(' 企业撤回诉求 '))
      .then([{ type: 'ProblemClosed', occurredOn: TODAY, data: { problemId: 'q-1', reason: '企业撤回诉求' } }]);
    expect(state).toMatchObject({ problems: { 'q-1': { status: 'CLOSED' } } });
    expect(state).not.toHaveProperty(['problems', 'q-1', 'resolvedOn']);
  });

  it('refuses an empty reason', () => {
    spec.given([projectRegistered, raised]).when(close(' ')).thenRejects('BAD_USER_INPUT', { field: 'reason' });
  });

  it('refuses a date before the problem was raised', () => {
    spec
      .given([projectRegistered, raised])
      .when(close('重复', '2024-02-29'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn' });
  });
});

describe('commands on an existing problem', () => {
  const onProblem = [
    ['AssignProblem', assign()],
    ['EscalateProblem', escalate()],
    ['ResolveProblem', resolve()],
    ['CloseProblem', close()],
  ] as const;

  it.each(onProblem)('%s refuses an unknown problem', (_type, command) => {
    spec
      .given([projectRegistered, problemRaised('q-2')])
      .when(command)
      .thenRejects('NOT_FOUND', 'Problem "q-1" does not exist');
  });

  it.each(onProblem)('%s does not mistake an inherited property for a problem', (_type, command) => {
    spec
      .given([projectRegistered])
      .when({ ...command, problemId: 'constructor' } as ProjectCommand)
      .thenRejects('NOT_FOUND');
  });

  it.each(onProblem)('%s refuses a resolved problem', (_type, command) => {
    spec
      .given([projectRegistered, raised, resolved])
      .when(command)
      .thenRejects('CONFLICT', 'problem is already resolved');
  });

  it.each(onProblem)('%s refuses a closed problem', (_type, command) => {
    spec.given([projectRegistered, raised, closed]).when(command).thenRejects('CONFLICT', 'problem is already closed');
  });

  it('leaves the other problems of the project alone', () => {
    const state = spec
      .given([projectRegistered, raised, problemRaised('q-2')])
      .when(resolve())
      .then([
        { type: 'ProblemResolved', occurredOn: TODAY, data: { problemId: 'q-1', resolution: '已协调落实用地指标' } },
      ]);
    expect(state).toMatchObject({ problems: { 'q-1': { status: 'RESOLVED' }, 'q-2': { status: 'OPEN' } } });
  });
});
