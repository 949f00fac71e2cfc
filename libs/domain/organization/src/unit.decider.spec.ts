import { specify } from './testing/decider-specification';
import { unitDecider } from './unit.decider';
import type { UnitCommand, UnitEvent } from './unit.types';

const spec = specify(unitDecider);
const TODAY = '2024-03-10';

const created: UnitEvent = {
  type: 'UnitCreated',
  occurredOn: '2024-01-02',
  data: { unitId: 'u-fgw', districtId: 'd-tongliang', code: 'FGW', name: '区发展改革委', kind: 'DEPARTMENT' },
};

const setTarget = (year: number, target: number): UnitCommand => ({
  type: 'SetReserveTarget',
  today: TODAY,
  year,
  target,
});

describe('unit decider', () => {
  describe('CreateUnit', () => {
    const create: UnitCommand = {
      type: 'CreateUnit',
      today: TODAY,
      unitId: 'u-fgw',
      districtId: 'd-tongliang',
      code: 'FGW',
      name: '区发展改革委',
      kind: 'DEPARTMENT',
    };

    it('creates a unit dated today with no reserve targets yet', () => {
      const state = spec
        .given([])
        .when(create)
        .then([{ ...created, occurredOn: TODAY }]);
      expect(state).toEqual({ exists: true, ...created.data, reserveTargets: {} });
    });

    it('creates a township unit', () => {
      const township = { ...create, unitId: 'u-bct', code: 'BCT', name: '巴川街道', kind: 'TOWNSHIP' } as const;
      spec
        .given([])
        .when(township)
        .then([
          {
            type: 'UnitCreated',
            occurredOn: TODAY,
            data: { unitId: 'u-bct', districtId: 'd-tongliang', code: 'BCT', name: '巴川街道', kind: 'TOWNSHIP' },
          },
        ]);
    });

    it('refuses to create a unit twice', () => {
      spec.given([created]).when(create).thenRejects('CONFLICT', 'already exists');
    });

    it('refuses an unknown kind', () => {
      spec
        .given([])
        .when({ ...create, kind: 'COMPANY' as never })
        .thenRejects('BAD_USER_INPUT', { field: 'kind', message: 'DEPARTMENT, TOWNSHIP' });
    });

    it('refuses a malformed code', () => {
      spec
        .given([])
        .when({ ...create, code: '' })
        .thenRejects('BAD_USER_INPUT', { field: 'code' });
    });

    it('refuses an empty name', () => {
      spec
        .given([])
        .when({ ...create, name: ' ' })
        .thenRejects('BAD_USER_INPUT', { field: 'name' });
    });

    it('refuses a missing district id', () => {
      spec
        .given([])
        .when({ ...create, districtId: undefined as never })
        .thenRejects('BAD_USER_INPUT', { field: 'districtId' });
    });
  });

  describe('RenameUnit', () => {
    it('renames an existing unit', () => {
      const state = spec
        .given([created])
        .when({ type: 'RenameUnit', today: TODAY, name: '区发改委' })
        .then([{ type: 'UnitRenamed', occurredOn: TODAY, data: { name: '区发改委' } }]);
      expect(state).toMatchObject({ exists: true, name: '区发改委', code: 'FGW' });
    });

    it('refuses an empty name', () => {
      spec
        .given([created])
        .when({ type: 'RenameUnit', today: TODAY, name: '' })
        .thenRejects('BAD_USER_INPUT', { field: 'name' });
    });

    it('refuses to rename a unit that does not exist', () => {
      spec
        .given([])
        .when({ type: 'RenameUnit', today: TODAY, name: '区住建委' })
        .thenRejects('NOT_FOUND', 'Unit does not exist');
    });
  });

  describe('SetReserveTarget', () => {
    it('sets a yearly reserve target', () => {
      const state = spec
        .given([created])
        .when(setTarget(2024, 12))
        .then([{ type: 'ReserveTargetSet', occurredOn: TODAY, data: { year: 2024, target: 12 } }]);
      expect(state).toMatchObject({ reserveTargets: { 2024: 12 } });
    });

    it('replaces the target of the same year and keeps other years', () => {
      const target2023: UnitEvent = {
        type: 'ReserveTargetSet',
        occurredOn: '2023-01-05',
        data: { year: 2023, target: 8 },
      };
      const target2024: UnitEvent = {
        type: 'ReserveTargetSet',
        occurredOn: '2024-01-05',
        data: { year: 2024, target: 10 },
      };
      const state = spec
        .given([created, target2023, target2024])
        .when(setTarget(2024, 0))
        .then([{ type: 'ReserveTargetSet', occurredOn: TODAY, data: { year: 2024, target: 0 } }]);
      expect(state).toMatchObject({ reserveTargets: { 2023: 8, 2024: 0 } });
    });

    it('refuses a year outside the calendar range', () => {
      spec.given([created]).when(setTarget(24, 5)).thenRejects('BAD_USER_INPUT', { field: 'year' });
    });

    it.each([-1, 10001, 2.5])('refuses target %p', (target) => {
      spec.given([created]).when(setTarget(2024, target)).thenRejects('BAD_USER_INPUT', { field: 'target' });
    });

    it('refuses a target for a unit that does not exist', () => {
      spec.given([]).when(setTarget(2024, 5)).thenRejects('NOT_FOUND');
    });
  });
});
