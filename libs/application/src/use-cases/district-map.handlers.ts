import { districtMapDecider } from '@tuijin/domain-organization';
import { handlersOf } from '../commands/command-handler';
import { streamOf } from '../ids';

export interface SetDistrictBoundaryInput {
  districtId: string;
  /** A parsed GeoJSON FeatureCollection, checked by the domain. */
  boundary: unknown;
  approximate?: boolean;
  source?: string;
}

const districtMap = handlersOf(districtMapDecider);

/** A district's map (区县地图): the outline and townships the project map draws. Answers the district id as `id`. */
export const districtMapHandlers = {
  SetDistrictBoundary: districtMap({
    stream: (data: SetDistrictBoundaryInput) => streamOf.districtMap(data.districtId),
    command: async (data, _state, { metadata, checks }) => {
      await checks.requireDistrict(data.districtId);
      return {
        type: 'SetDistrictBoundary' as const,
        today: metadata.today,
        districtId: data.districtId,
        boundary: data.boundary,
        approximate: data.approximate === true,
        source: data.source,
      };
    },
    answer: (data) => ({ id: data.districtId }),
  }),
};
