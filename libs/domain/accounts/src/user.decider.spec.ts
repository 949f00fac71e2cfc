import { testing } from '@tuijin/domain-organization';
import { requirePasswordPolicy } from './user-rules';
import { userDecider } from './user.decider';
import type { UserCommand, UserEvent } from './user.types';

const { specify } = testing;
const spec = () => specify(userDecider);
const today = '2025-06-01';
const hash = 'scrypt$16384$8$1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA';

const create = (changes: Partial<Extract<UserCommand, { type: 'CreateUser' }>> = {}): UserCommand => ({
  type: 'CreateUser',
  today,
  userId: 'user-1',
  username: 'tongliang-fgw',
  displayName: '铜梁区发改委填报员',
  role: 'UNIT_REPORTER',
  districtIds: ['d-1'],
  unitId: 'u-1',
  passwordHash: hash,
  ...changes,
});

const created: UserEvent = {
  type: 'UserCreated',
  occurredOn: today,
  data: {
    userId: 'user-1',
    username: 'tongliang-fgw',
    displayName: '铜梁区发改委填报员',
    role: 'UNIT_REPORTER',
    districtIds: ['d-1'],
    unitId: 'u-1',
    passwordHash: hash,
  },
};

describe('user accounts', () => {
  it('creates a reporter for one unit of one district, keeping only the password hash', () => {
    spec().given([]).when(create()).then([created]);
  });

  it('refuses a username that is taken', () => {
    spec().given([created]).when(create()).thenRejects('CONFLICT', { field: 'username' });
  });

  it.each([
    [{ username: 'Bad Name' }, 'username'],
    [{ displayName: ' ' }, 'displayName'],
    [{ role: 'SUPERUSER' as never }, 'role'],
    [{ role: 'CITY_ADMIN' as const, unitId: undefined }, 'districtIds'],
    [{ role: 'DISTRICT_ADMIN' as const, districtIds: ['d-1', 'd-2'], unitId: undefined }, 'districtIds'],
    [{ role: 'ANALYST' as const, districtIds: [], unitId: undefined }, 'districtIds'],
    [{ unitId: undefined }, 'unitId'],
    [{ role: 'LEADER' as const }, 'unitId'],
  ])('refuses %j naming %s', (changes, field) => {
    spec().given([]).when(create(changes)).thenRejects('BAD_USER_INPUT', { field });
  });

  it('lets an analyst reach several districts and a city admin every one', () => {
    spec()
      .given([])
      .when(create({ role: 'ANALYST', districtIds: ['d-1', 'd-2', 'd-1'], unitId: undefined }))
      .then([
        withoutUnit({
          ...created,
          data: { ...created.data, role: 'ANALYST', districtIds: ['d-1', 'd-2'] },
        } as UserEvent),
      ]);
    spec()
      .given([])
      .when(create({ role: 'CITY_ADMIN', districtIds: [], unitId: undefined }))
      .then([withoutUnit({ ...created, data: { ...created.data, role: 'CITY_ADMIN', districtIds: [] } })]);
  });

  it('records logins and logouts, and refuses everything for a deactivated user', () => {
    const deactivated: UserEvent = { type: 'UserDeactivated', occurredOn: today, data: { reason: '调离岗位' } };
    spec()
      .given([created])
      .when({ type: 'StartSession', today, sessionId: 's-1', expiresAt: '2025-06-01T08:00:00.000Z' })
      .then([
        {
          type: 'SessionStarted',
          occurredOn: today,
          data: { sessionId: 's-1', expiresAt: '2025-06-01T08:00:00.000Z' },
        },
      ]);
    spec().given([created]).when({ type: 'DeactivateUser', today, reason: '调离岗位' }).then([deactivated]);
    spec()
      .given([created, deactivated])
      .when({ type: 'StartSession', today, sessionId: 's', expiresAt: 'x' })
      .thenRejects('CONFLICT', 'deactivated');
    spec().given([]).when({ type: 'ChangePassword', today, passwordHash: hash }).thenRejects('NOT_FOUND', 'User');
  });
});

function withoutUnit(event: UserEvent): UserEvent {
  const { unitId: _unit, ...data } = event.data as Extract<UserEvent, { type: 'UserCreated' }>['data'];
  return { ...event, data } as UserEvent;
}

describe('password policy', () => {
  it.each(['short1', 'lettersonlypassword', '1234567890123', 'x'.repeat(129) + '1'])('refuses "%s"', (password) => {
    expect(() => requirePasswordPolicy('password', password)).toThrow(expect.objectContaining({ field: 'password' }));
  });

  it('accepts letters and digits of a sensible length', () => {
    expect(requirePasswordPolicy('password', 'Tuijin@2025')).toBe('Tuijin@2025');
  });
});
