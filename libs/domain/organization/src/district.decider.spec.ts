import { districtDecider } from './district.decider';
import type { DistrictEvent } from './district.types';
import { specify } from './testing/decider-specification';

const spec = specify(districtDecider);
const TODAY = '2024-03-10';

const created: DistrictEvent = {
  type: 'DistrictCreated',
  occurredOn: '2024-01-02',
  data: { districtId: 'd-tongliang', code: '500151', name: '铜梁区' },
};

describe('district decider', () => {
  describe('CreateDistrict', () => {
    const create = {
      type: 'CreateDistrict',
      today: TODAY,
      districtId: 'd-tongliang',
      code: '500151',
      name: ' 铜梁区 ',
    } as const;

    it('creates a district dated today, with its name trimmed', () => {
      const state = spec
        .given([])
        .when(create)
        .then([{ ...created, occurredOn: TODAY }]);
      expect(state).toEqual({ exists: true, districtId: 'd-tongliang', code: '500151', name: '铜梁区' });
    });

    it('refuses to create a district twice', () => {
      spec.given([created]).when(create).thenRejects('CONFLICT', 'already exists');
    });

    it('refuses a malformed code', () => {
      spec
        .given([])
        .when({ ...create, code: '铜梁' })
        .thenRejects('BAD_USER_INPUT', { field: 'code' });
    });

    it('refuses an empty name', () => {
      spec
        .given([])
        .when({ ...create, name: '   ' })
        .thenRejects('BAD_USER_INPUT', { field: 'name', message: 'empty' });
    });

    it('refuses a name longer than 100 characters', () => {
      spec
        .given([])
        .when({ ...create, name: '区'.repeat(101) })
        .thenRejects('BAD_USER_INPUT', { field: 'name', message: '100' });
    });

    it('refuses an empty district id', () => {
      spec
        .given([])
        .when({ ...create, districtId: '' })
        .thenRejects('BAD_USER_INPUT', { field: 'districtId' });
    });

    it('refuses a malformed today', () => {
      spec
        .given([])
        .when({ ...create, today: '2024-02-30' })
        .thenRejects('BAD_USER_INPUT', { field: 'today' });
    });
  });

  describe('RenameDistrict', () => {
    it('renames an existing district', () => {
      const state = spec
        .given([created])
        .when({ type: 'RenameDistrict', today: TODAY, name: '铜梁区（高新区）' })
        .then([{ type: 'DistrictRenamed', occurredOn: TODAY, data: { name: '铜梁区（高新区）' } }]);
      expect(state).toEqual({ exists: true, districtId: 'd-tongliang', code: '500151', name: '铜梁区（高新区）' });
    });

    it('allows renaming to the current name', () => {
      spec
        .given([created])
        .when({ type: 'RenameDistrict', today: TODAY, name: '铜梁区' })
        .then([{ type: 'DistrictRenamed', occurredOn: TODAY, data: { name: '铜梁区' } }]);
    });

    it('refuses an empty name', () => {
      spec
        .given([created])
        .when({ type: 'RenameDistrict', today: TODAY, name: '' })
        .thenRejects('BAD_USER_INPUT', { field: 'name' });
    });

    it('refuses to rename a district that does not exist', () => {
      const error = spec
        .given([])
        .when({ type: 'RenameDistrict', today: TODAY, name: '渠县' })
        .thenRejects('NOT_FOUND');
      expect(error.message).toBe('District does not exist');
    });
  });
});
