import type { Person, ProjectCommand } from './project.types';
import { projectRegistered, projectSpec as spec, TODAY } from './testing/project-fixtures';

const changeLeadUnit = (leadUnitId: string, reason?: string, occurredOn = TODAY): ProjectCommand => ({
  type: 'ChangeLeadUnit',
  today: TODAY,
  occurredOn,
  leadUnitId,
  reason,
});
const assignLeader = (leader: Person, occurredOn = TODAY): ProjectCommand => ({
  type: 'AssignLeader',
  today: TODAY,
  occurredOn,
  leader,
});
const assignSecretary = (secretary: Person, occurredOn = TODAY): ProjectCommand => ({
  type: 'AssignServiceSecretary',
  today: TODAY,
  occurredOn,
  secretary,
});

describe('ChangeLeadUnit', () => {
  it('hands the project to another unit, remembering the previous one and why', () => {
    const state = spec
      .given([projectRegistered])
      .when(changeLeadUnit('u-zjw', ' 项目转入建设阶段 '))
      .then([
        {
          type: 'LeadUnitChanged',
          occurredOn: TODAY,
          data: { leadUnitId: 'u-zjw', previousLeadUnitId: 'u-fgw', reason: '项目转入建设阶段' },
        },
      ]);
    expect(state).toMatchObject({ leadUnitId: 'u-zjw' });
  });

  it('needs no reason', () => {
    spec
      .given([projectRegistered])
      .when(changeLeadUnit('u-zjw'))
      .then([
        { type: 'LeadUnitChanged', occurredOn: TODAY, data: { leadUnitId: 'u-zjw', previousLeadUnitId: 'u-fgw' } },
      ]);
  });

  it('refuses the unit that already leads the project', () => {
    spec
      .given([projectRegistered])
      .when(changeLeadUnit('u-fgw'))
      .thenRejects('BAD_USER_INPUT', { field: 'leadUnitId', message: 'already leads' });
  });

  it('refuses an empty lead unit', () => {
    spec.given([projectRegistered]).when(changeLeadUnit('')).thenRejects('BAD_USER_INPUT', { field: 'leadUnitId' });
  });

  it('refuses a reason over 500 characters', () => {
    spec
      .given([projectRegistered])
      .when(changeLeadUnit('u-zjw', '因'.repeat(501)))
      .thenRejects('BAD_USER_INPUT', { field: 'reason' });
  });

  it('refuses a future date', () => {
    spec
      .given([projectRegistered])
      .when(changeLeadUnit('u-zjw', undefined, '2024-07-01'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn' });
  });
});

describe('AssignLeader', () => {
  it('assigns a leader (包保领导) with a trimmed name and phone', () => {
    const state = spec
      .given([projectRegistered])
      .when(assignLeader({ name: ' 张副区长 ', phone: ' +86 023-4567 8901 ' }))
      .then([
        {
          type: 'LeaderAssigned',
          occurredOn: TODAY,
          data: { leader: { name: '张副区长', phone: '+86 023-4567 8901' } },
        },
      ]);
    expect(state).toMatchObject({ leader: { name: '张副区长', phone: '+86 023-4567 8901' } });
  });

  it('assigns a leader without a phone', () => {
    spec
      .given([projectRegistered])
      .when(assignLeader({ name: '张副区长', phone: '' }))
      .then([{ type: 'LeaderAssigned', occurredOn: TODAY, data: { leader: { name: '张副区长' } } }]);
  });

  it.each([
    ['an empty name', { name: ' ' }, 'leader.name'],
    ['a name over 50 characters', { name: '张'.repeat(51) }, 'leader.name'],
    ['a phone with letters', { name: '张副区长', phone: '023-CALL-ME' }, 'leader.phone'],
    ['a phone under 5 characters', { name: '张副区长', phone: '1234' }, 'leader.phone'],
    ['a phone over 20 characters', { name: '张副区长', phone: '1'.repeat(21) }, 'leader.phone'],
  ])('refuses %s', (_case, leader, field) => {
    spec.given([projectRegistered]).when(assignLeader(leader)).thenRejects('BAD_USER_INPUT', { field });
  });

  it('refuses a missing person', () => {
    spec
      .given([projectRegistered])
      .when(assignLeader(null as never))
      .thenRejects('BAD_USER_INPUT', { field: 'leader' });
  });

  it('refuses a date before the registration', () => {
    spec
      .given([projectRegistered])
      .when(assignLeader({ name: '张副区长' }, '2024-01-31'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn' });
  });
});

describe('AssignServiceSecretary', () => {
  it('assigns a service secretary (服务秘书)', () => {
    const state = spec
      .given([projectRegistered])
      .when(assignSecretary({ name: '李秘书', phone: '13800138000' }))
      .then([
        {
          type: 'ServiceSecretaryAssigned',
          occurredOn: TODAY,
          data: { secretary: { name: '李秘书', phone: '13800138000' } },
        },
      ]);
    expect(state).toMatchObject({ secretary: { name: '李秘书', phone: '13800138000' } });
  });

  it('refuses an empty name', () => {
    spec
      .given([projectRegistered])
      .when(assignSecretary({ name: '' }))
      .thenRejects('BAD_USER_INPUT', { field: 'secretary.name' });
  });

  it('refuses a malformed phone', () => {
    spec
      .given([projectRegistered])
      .when(assignSecretary({ name: '李秘书', phone: '138#0013' }))
      .thenRejects('BAD_USER_INPUT', { field: 'secretary.phone' });
  });

  it('refuses a future date', () => {
    spec
      .given([projectRegistered])
      .when(assignSecretary({ name: '李秘书' }, '2024-06-16'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn' });
  });
});
