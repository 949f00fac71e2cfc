import {
  assertNever,
  conflict,
  requireCode,
  requireDay,
  requireInteger,
  requireOneOf,
  requireText,
  requireYear,
  type Decider,
} from '@tuijin/domain-kernel';
import { requireExisting, requireId } from './aggregate-guards';
import { UNIT_KINDS, type UnitCommand, type UnitEvent, type UnitState } from './unit.types';

const MAX_NAME_LENGTH = 100;
/** Far above any real district's yearly reserve target; catches typos such as an amount in 元. */
const MAX_RESERVE_TARGET = 10000;

type CreateUnit = Extract<UnitCommand, { type: 'CreateUnit' }>;

function createUnit(command: CreateUnit, state: UnitState): UnitEvent {
  if (state.exists) throw conflict(`unit ${state.code} already exists`);
  return {
    type: 'UnitCreated',
    occurredOn: command.today,
    data: {
      unitId: requireId('unitId', command.unitId),
      districtId: requireId('districtId', command.districtId),
      code: requireCode('code', command.code),
      name: requireText('name', command.name, MAX_NAME_LENGTH),
      kind: requireOneOf('kind', command.kind, UNIT_KINDS),
    },
  };
}

function decide(command: UnitCommand, state: UnitState): UnitEvent[] {
  requireDay('today', command.today);
  if (command.type === 'CreateUnit') return [createUnit(command, state)];
  requireExisting(state, 'Unit');
  switch (command.type) {
    case 'RenameUnit':
      return [
        {
          type: 'UnitRenamed',
          occurredOn: command.today,
          data: { name: requireText('name', command.name, MAX_NAME_LENGTH) },
        },
      ];
    case 'SetReserveTarget':
      return [
        {
          type: 'ReserveTargetSet',
          occurredOn: command.today,
          data: {
            year: requireYear('year', command.year),
            target: requireInteger('target', command.target, 0, MAX_RESERVE_TARGET),
          },
        },
      ];
    default:
      return assertNever(command);
  }
}

function evolve(state: UnitState, event: UnitEvent): UnitState {
  switch (event.type) {
    case 'UnitCreated':
      return { exists: true, ...event.data, reserveTargets: {} };
    case 'UnitRenamed':
      return state.exists ? { ...state, name: event.data.name } : state;
    case 'ReserveTargetSet':
      // A later target for the same year replaces the earlier one.
      return state.exists
        ? { ...state, reserveTargets: { ...state.reserveTargets, [event.data.year]: event.data.target } }
        : state;
    default:
      return assertNever(event);
  }
}

export const unitDecider: Decider<UnitCommand, UnitEvent, UnitState> = {
  initialState: { exists: false },
  decide,
  evolve,
};
