import { districtMapDecider } from '@tuijin/domain-organization';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandContext, CommandResult } from '../command-context';
import { streamOf } from '../ids';
import type { OrganizationCommands } from './organization.commands';

export interface SetDistrictBoundaryInput {
  districtId: string;
  /** A parsed GeoJSON FeatureCollection, checked by the domain. */
  boundary: unknown;
  approximate?: boolean;
  source?: string;
}

/** A district's map (区县地图): the outline and townships the project map draws. */
export class DistrictMapCommands {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly organization: OrganizationCommands,
  ) {}

  /** Returns the district id as `id`. */
  async setDistrictBoundary(input: SetDistrictBoundaryInput, context: CommandContext): Promise<CommandResult> {
    await this.organization.requireDistrict(input.districtId);
    return this.aggregates.execute(
      districtMapDecider,
      streamOf.districtMap(input.districtId),
      () => ({
        type: 'SetDistrictBoundary' as const,
        today: context.today,
        districtId: input.districtId,
        boundary: input.boundary,
        approximate: input.approximate === true,
        source: input.source,
      }),
      context,
      () => ({ id: input.districtId }),
    );
  }
}
