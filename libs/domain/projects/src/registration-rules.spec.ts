import { foldEvents } from '@tuijin/domain-kernel';
import { projectDecider } from './project.decider';
import type { ProjectCommandOf } from './project.types';
import {
  cancelled,
  projectRegistered,
  projectSpec as spec,
  registration,
  REGISTERED_ON,
  TODAY,
} from './testing/project-fixtures';

const register = (changes: Partial<Record<keyof ProjectCommandOf<'RegisterProject'>, unknown>>) =>
  ({ ...registration, ...changes }) as ProjectCommandOf<'RegisterProject'>;

describe('RegisterProject', () => {
  it('registers a project with its required details', () => {
    spec.given([]).when(registration).then([projectRegistered]);
  });

  it('registers every optional detail, trimmed, and starts the state in the given stage', () => {
    const full = register({
      name: '  铜梁高新区智能制造产业园 ',
      ownerEnterprise: ' 重庆某智能装备有限公司 ',
      township: '东城街道',
      longitude: 106.05,
      latitude: 29.84,
      description: '建设标准厂房及配套设施',
    });
    const state = spec
      .given([])
      .when(full)
      .then([
        {
          ...projectRegistered,
          data: {
            ...projectRegistered.data,
            ownerEnterprise: '重庆某智能装备有限公司',
            township: '东城街道',
            longitude: 106.05,
            latitude: 29.84,
            description: '建设标准厂房及配套设施',
          },
        },
      ]);
    expect(state).toStrictEqual({
      exists: true,
      projectId: 'p-1',
      districtId: 'd-tongliang',
      code: 'TL-2024-001',
      leadUnitId: 'u-fgw',
      details: {
        name: '铜梁高新区智能制造产业园',
        category: 'INDUSTRIAL',
        totalInvestment: 120000,
        ownerEnterprise: '重庆某智能装备有限公司',
        township: '东城街道',
        longitude: 106.05,
        latitude: 29.84,
        description: '建设标准厂房及配套设施',
      },
      registeredOn: REGISTERED_ON,
      stage: 'SIGNED',
      stageSince: REGISTERED_ON,
      plans: {},
      reports: {},
      problems: {},
    });
  });

  it('leaves blank optional details out of the event', () => {
    spec
      .given([])
      .when(
        register({
          ownerEnterprise: '  ',
          township: undefined,
          description: null,
          longitude: null,
          latitude: undefined,
        }),
      )
      .then([projectRegistered]);
  });

  it('may be back-dated and may be dated today', () => {
    spec
      .given([])
      .when(register({ occurredOn: TODAY }))
      .then([{ ...projectRegistered, occurredOn: TODAY }]);
  });

  it('refuses a project that is already registered, even a cancelled one', () => {
    spec
      .given([projectRegistered])
      .when(registration)
      .thenRejects('CONFLICT', { field: 'code', message: 'TL-2024-001 is already registered' });
    spec.given([projectRegistered, cancelled]).when(registration).thenRejects('CONFLICT', 'already registered');
  });

  it.each(['SUSPENDED', 'CANCELLED', 'DREAMING'])('refuses to register in stage %s', (stage) => {
    spec
      .given([])
      .when(register({ stage }))
      .thenRejects('BAD_USER_INPUT', { field: 'stage', message: 'RESERVE, PREPARATION' });
  });

  it.each(['RESERVE', 'PREPARATION', 'UNDER_CONSTRUCTION', 'COMPLETED', 'OPERATING'] as const)(
    'registers in progress stage %s',
    (stage) => {
      const state = foldEvents(projectDecider, projectDecider.decide(register({ stage }), projectDecider.initialState));
      expect(state).toMatchObject({ exists: true, stage, stageSince: REGISTERED_ON });
    },
  );

  it.each([
    ['a future date', { occurredOn: '2024-06-16' }, 'occurredOn'],
    ['an impossible date', { occurredOn: '2024-02-30' }, 'occurredOn'],
    ['a malformed code', { code: 'TL 2024' }, 'code'],
    ['an empty name', { name: ' ' }, 'name'],
    ['a name over 200 characters', { name: '园'.repeat(201) }, 'name'],
    ['an unknown category', { category: 'MINING' }, 'category'],
    ['a negative total investment', { totalInvestment: -1 }, 'totalInvestment'],
    ['a total investment that is not a number', { totalInvestment: '120000' }, 'totalInvestment'],
    ['an owner enterprise over 200 characters', { ownerEnterprise: '企'.repeat(201) }, 'ownerEnterprise'],
    ['a township over 100 characters', { township: '镇'.repeat(101) }, 'township'],
    ['a description over 2000 characters', { description: '述'.repeat(2001) }, 'description'],
    ['a longitude beyond 180', { longitude: 180.5, latitude: 29 }, 'longitude'],
    ['a latitude beyond -90', { longitude: 106, latitude: -90.5 }, 'latitude'],
    ['a longitude without a latitude', { longitude: 106 }, 'latitude'],
    ['a latitude without a longitude', { latitude: 29 }, 'longitude'],
    ['a point outside China', { longitude: 2.35, latitude: 48.85 }, 'longitude'],
    ['a point in the sea east of China', { longitude: 140.1, latitude: 30 }, 'longitude'],
    ['an empty project id', { projectId: '' }, 'projectId'],
    ['an empty district id', { districtId: ' ' }, 'districtId'],
    ['an empty lead unit', { leadUnitId: '' }, 'leadUnitId'],
    ['a malformed today', { today: '15/06/2024' }, 'today'],
  ])('refuses %s', (_case, changes, field) => {
    spec.given([]).when(register(changes)).thenRejects('BAD_USER_INPUT', { field });
  });
});
