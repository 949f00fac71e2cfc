import { assertNever, optionalText, requireDay, type Decider, type DomainEvent } from '@tuijin/domain-kernel';
import { requireId } from './aggregate-guards';
import { requireDistrictBoundary, type DistrictBoundary } from './district-boundary';

/**
 * A district's map (区县地图): the outline and townships that the project map draws
 * with no tiles at all, uploaded by the district's admin. Each upload replaces the last.
 */
export type DistrictMapCommand = {
  type: 'SetDistrictBoundary';
  today: string;
  districtId: string;
  boundary: unknown;
  /** An outline that only roughly follows the real border (one drawn from a larger area, say). */
  approximate: boolean;
  /** Where the outlines come from, shown under the map. */
  source?: string;
};

export type DistrictMapEvent = DomainEvent<
  'DistrictBoundarySet',
  { districtId: string; boundary: DistrictBoundary; approximate: boolean; source?: string }
>;

export interface DistrictMapState {
  boundaries: number;
}

function decide(command: DistrictMapCommand, _state: DistrictMapState): DistrictMapEvent[] {
  requireDay('today', command.today);
  switch (command.type) {
    case 'SetDistrictBoundary': {
      const source = optionalText('source', command.source, 200);
      return [
        {
          type: 'DistrictBoundarySet',
          occurredOn: command.today,
          data: {
            districtId: requireId('districtId', command.districtId),
            boundary: requireDistrictBoundary(command.boundary),
            approximate: command.approximate === true,
            ...(source === undefined ? {} : { source }),
          },
        },
      ];
    }
    default:
      return assertNever(command.type);
  }
}

export const districtMapDecider: Decider<DistrictMapCommand, DistrictMapEvent, DistrictMapState> = {
  initialState: { boundaries: 0 },
  decide,
  evolve: (state) => ({ boundaries: state.boundaries + 1 }),
};
