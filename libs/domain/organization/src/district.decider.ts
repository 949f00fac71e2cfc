import { assertNever, conflict, requireCode, requireDay, requireText, type Decider } from '@tuijin/domain-kernel';
import { requireExisting, requireId } from './aggregate-guards';
import type { DistrictCommand, DistrictEvent, DistrictState } from './district.types';

const MAX_NAME_LENGTH = 100;

type CreateDistrict = Extract<DistrictCommand, { type: 'CreateDistrict' }>;

function createDistrict(command: CreateDistrict, state: DistrictState): DistrictEvent {
  if (state.exists) throw conflict(`district ${state.code} already exists`);
  return {
    type: 'DistrictCreated',
    occurredOn: command.today,
    data: {
      districtId: requireId('districtId', command.districtId),
      code: requireCode('code', command.code),
      name: requireText('name', command.name, MAX_NAME_LENGTH),
    },
  };
}

function decide(command: DistrictCommand, state: DistrictState): DistrictEvent[] {
  requireDay('today', command.today);
  switch (command.type) {
    case 'CreateDistrict':
      return [createDistrict(command, state)];
    case 'RenameDistrict':
      requireExisting(state, 'District');
      // Renaming to the current name is harmless and keeps imports idempotent-friendly.
      return [
        {
          type: 'DistrictRenamed',
          occurredOn: command.today,
          data: { name: requireText('name', command.name, MAX_NAME_LENGTH) },
        },
      ];
    default:
      return assertNever(command);
  }
}

function evolve(state: DistrictState, event: DistrictEvent): DistrictState {
  switch (event.type) {
    case 'DistrictCreated':
      return { exists: true, ...event.data };
    case 'DistrictRenamed':
      return state.exists ? { ...state, name: event.data.name } : state;
    default:
      return assertNever(event);
  }
}

export const districtDecider: Decider<DistrictCommand, DistrictEvent, DistrictState> = {
  initialState: { exists: false },
  decide,
  evolve,
};
