import type { ProjectCommandOf, ProjectDetails, ProjectEvent } from './project.types';
import { projectRegistered, projectSpec as spec, REGISTERED_ON, TODAY } from './testing/project-fixtures';

const revise = (changes: Partial<Record<keyof ProjectDetails | 'code', unknown>>, occurredOn = TODAY) =>
  ({ type: 'ReviseProjectDetails', today: TODAY, occurredOn, changes }) as ProjectCommandOf<'ReviseProjectDetails'>;

const located: ProjectEvent = {
  ...projectRegistered,
  data: { ...projectRegistered.data, longitude: 106.05, latitude: 29.84, township: '东城街道' },
};

describe('ReviseProjectDetails', () => {
  it('records only the details that actually differ and merges them into the state', () => {
    const state = spec
      .given([projectRegistered])
      .when(revise({ name: projectRegistered.data.name, totalInvestment: 150000, township: ' 东城街道 ' }))
      .then([
        {
          type: 'ProjectDetailsRevised',
          occurredOn: TODAY,
          data: { changes: { totalInvestment: 150000, township: '东城街道' } },
        },
      ]);
    expect(state).toMatchObject({
      details: {
        name: projectRegistered.data.name,
        category: 'INDUSTRIAL',
        totalInvestment: 150000,
        township: '东城街道',
      },
    });
  });

  it('moves a located project by changing one coordinate', () => {
    spec
      .given([located])
      .when(revise({ longitude: 106.1 }, REGISTERED_ON))
      .then([{ type: 'ProjectDetailsRevised', occurredOn: REGISTERED_ON, data: { changes: { longitude: 106.1 } } }]);
  });

  it('locates a project given both coordinates', () => {
    spec
      .given([projectRegistered])
      .when(revise({ longitude: 106.05, latitude: 29.84, category: 'NEW_INFRASTRUCTURE' }))
      .then([
        {
          type: 'ProjectDetailsRevised',
          occurredOn: TODAY,
          data: { changes: { longitude: 106.05, latitude: 29.84, category: 'NEW_INFRASTRUCTURE' } },
        },
      ]);
  });

  it('ignores details given as undefined', () => {
    spec
      .given([projectRegistered])
      .when(revise({ name: undefined, description: '一期工程' }))
      .then([{ type: 'ProjectDetailsRevised', occurredOn: TODAY, data: { changes: { description: '一期工程' } } }]);
  });

  it.each([
    ['no changes at all', {}],
    ['only undefined changes', { name: undefined }],
  ])('refuses %s', (_case, changes) => {
    spec
      .given([projectRegistered])
      .when(revise(changes))
      .thenRejects('BAD_USER_INPUT', { field: 'changes', message: 'at least one' });
  });

  it('refuses changes that are not an object', () => {
    spec
      .given([projectRegistered])
      .when(revise(null as never))
      .thenRejects('BAD_USER_INPUT', { field: 'changes' });
  });

  it('refuses a revision in which nothing differs (texts compared after trimming)', () => {
    spec
      .given([projectRegistered])
      .when(revise({ name: ` ${projectRegistered.data.name} `, totalInvestment: 120000 }))
      .thenRejects('BAD_USER_INPUT', { field: 'changes', message: 'nothing to change' });
  });

  it('refuses to revise the code, which never changes', () => {
    spec
      .given([projectRegistered])
      .when(revise({ code: 'TL-2024-999' }))
      .thenRejects('BAD_USER_INPUT', { field: 'changes', message: 'code cannot be revised' });
  });

  it.each([
    ['an empty name', { name: '' }, 'name'],
    ['a name over 200 characters', { name: '园'.repeat(201) }, 'name'],
    ['an unknown category', { category: 'MINING' }, 'category'],
    ['a negative total investment', { totalInvestment: -5 }, 'totalInvestment'],
    ['a blank owner enterprise (clearing is not supported)', { ownerEnterprise: ' ' }, 'ownerEnterprise'],
    ['a township over 100 characters', { township: '镇'.repeat(101) }, 'township'],
    ['a description over 2000 characters', { description: '述'.repeat(2001) }, 'description'],
    ['a longitude beyond -180', { longitude: -181, latitude: 20 }, 'longitude'],
    ['a latitude beyond 90', { longitude: 100, latitude: 91 }, 'latitude'],
    ['a longitude on a project without a latitude', { longitude: 106 }, 'latitude'],
    ['a latitude on a project without a longitude', { latitude: 29 }, 'longitude'],
    ['a point outside China', { longitude: 2.35, latitude: 48.85 }, 'longitude'],
    ['only the latitude moved out of China', { latitude: 60 }, 'longitude'],
  ])('refuses %s', (_case, changes, field) => {
    spec.given([projectRegistered]).when(revise(changes)).thenRejects('BAD_USER_INPUT', { field });
  });

  it('refuses a revision dated in the future', () => {
    spec
      .given([projectRegistered])
      .when(revise({ name: '新名称' }, '2024-06-16'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn', message: 'future' });
  });

  it('refuses a revision dated before the registration', () => {
    spec
      .given([projectRegistered])
      .when(revise({ name: '新名称' }, '2024-02-09'))
      .thenRejects('BAD_USER_INPUT', { field: 'occurredOn', message: 'before the project was registered' });
  });
});
