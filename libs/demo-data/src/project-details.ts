import type { Person, ProjectDetails } from '@tuijin/domain-projects';
import { nameProject, shortPlaceName } from './catalogue/project-names';
import { secretaryOf } from './catalogue/people';
import type { DistrictContext } from './organisation';
import type { ProjectProfile } from './project-profile';
import type { Random } from './random';

const coordinate = (value: number): number => Math.round(value * 1e6) / 1e6;

function placesOf(random: Random, district: DistrictContext, township: string) {
  const others = district.townships.filter((unit) => unit.name !== township);
  return {
    area: random.pick(district.config.areas),
    place: shortPlaceName(township),
    place2: shortPlaceName(random.pick(others.length > 0 ? others : district.townships).name),
  };
}

/**
 * What the registration form says about a project: name, owner, township,
 * coordinates near the district's centre, description, and its service secretary
 * (服务秘书) from the lead unit. Drawn when the project is registered, never kept.
 */
export function describeProject(
  random: Random,
  profile: ProjectProfile,
): { details: Required<ProjectDetails>; secretary?: Person } {
  const { district, leadUnit, category, signature, totalInvestment } = profile;
  const { config } = district;
  const township = leadUnit.kind === 'TOWNSHIP' ? leadUnit.name : random.pick(district.townships).name;
  const named = nameProject(
    random,
    category,
    placesOf(random, district, township),
    config.enterpriseRegion,
    config.platformCompanies,
  );
  const [longitude, latitude] = config.centre;
  return {
    details: {
      name: signature?.name ?? named.name,
      category,
      totalInvestment,
      ownerEnterprise: signature ? random.pick(config.platformCompanies) : named.ownerEnterprise,
      township,
      longitude: coordinate(longitude + random.between(-config.radius, config.radius)),
      latitude: coordinate(latitude + random.between(-config.radius, config.radius) * 0.8),
      description: signature?.description ?? named.description,
    },
    secretary: profile.hasSecretary ? secretaryOf(random, leadUnit.name) : undefined,
  };
}
