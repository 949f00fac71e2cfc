import { districtIdFor, unitIdFor } from '@tuijin/application';
import type { UnitKind } from '@tuijin/domain-organization';
import type { Category, Person, ProblemCategory } from '@tuijin/domain-projects';
import { DEPARTMENT_ROLES, TOWNSHIP_ROLE, type DepartmentRole } from './catalogue/department-roles';
import type { DistrictConfig } from './catalogue/districts';
import { leaderOf } from './catalogue/people';
import type { DemoCalendar } from './demo-calendar';
import { operation, type DemoOperation } from './demo-operation';
import { deriveSeed, Random } from './random';

/** Share of a district's projects that are new ideas registered in RESERVE (谋划储备) during the year. */
export const RESERVE_SHARE = 0.18;
/** Reserve targets ask a little more than the demo delivers, so some units miss them. */
const RESERVE_AMBITION = 1.2;

export interface UnitContext {
  unitId: string;
  code: string;
  name: string;
  kind: UnitKind;
  role: DepartmentRole;
}

/** A district with its ids resolved, as every later step of the demo needs it. */
export interface DistrictContext {
  index: number;
  config: DistrictConfig;
  districtId: string;
  departments: UnitContext[];
  townships: UnitContext[];
  leaders: Person[];
  /** Projects at the requested scale. */
  projectCount: number;
}

function unitsOf(config: DistrictConfig, districtId: string): Pick<DistrictContext, 'departments' | 'townships'> {
  const unit = (code: string, name: string, kind: UnitKind, role: DepartmentRole): UnitContext => ({
    unitId: unitIdFor(districtId, code),
    code,
    name,
    kind,
    role,
  });
  return {
    departments: config.departments.map(([code, name]) => {
      const role = DEPARTMENT_ROLES[code];
      if (!role) throw new Error(`No department role for code ${code} of ${config.name}`);
      return unit(code, name, 'DEPARTMENT', role);
    }),
    townships: config.townships.map((entry, index) => {
      const [code, name] =
        typeof entry === 'string' ? [`${config.code}${String(index + 1).padStart(3, '0')}`, entry] : entry;
      return unit(code, name, 'TOWNSHIP', TOWNSHIP_ROLE);
    }),
  };
}

function leadersOf(config: DistrictConfig, random: Random): Person[] {
  const names = new Set<string>();
  return config.leaderTitles.map((title) => {
    let leader = leaderOf(random, title, config.phoneAreaCode);
    while (names.has(leader.name)) leader = leaderOf(random, title, config.phoneAreaCode);
    names.add(leader.name);
    return leader;
  });
}

export function buildDistricts(configs: readonly DistrictConfig[], seed: number, scale: number): DistrictContext[] {
  return configs.map((config, index) => {
    const districtId = districtIdFor(config.code);
    return {
      index,
      config,
      districtId,
      ...unitsOf(config, districtId),
      leaders: leadersOf(config, new Random(deriveSeed(seed, 0x1ead, index))),
      projectCount: Math.max(1, Math.round(config.projects * scale)),
    };
  });
}

export const unitsOfDistrict = (district: DistrictContext): UnitContext[] => [
  ...district.departments,
  ...district.townships,
];

const departmentsLeading = (district: DistrictContext, category: Category): UnitContext[] =>
  district.departments.filter((unit) => unit.role.leads.includes(category));

/**
 * The lead unit (牵头单位) of a new project: a township with the district's
 * township share, otherwise a department that leads projects of its category.
 */
export function chooseLeadUnit(random: Random, district: DistrictContext, category: Category): UnitContext {
  const departments = departmentsLeading(district, category);
  if (departments.length === 0 || random.chance(district.config.townshipShare)) return random.pick(district.townships);
  return random.pick(departments);
}

/** How likely `chooseLeadUnit` is to pick each unit, so reserve targets match what the demo produces. */
function leadShares(district: DistrictContext): Map<string, number> {
  const { categoryWeights, townshipShare } = district.config;
  const shares = new Map<string, number>();
  const add = (units: UnitContext[], share: number) => {
    for (const unit of units) shares.set(unit.unitId, (shares.get(unit.unitId) ?? 0) + share / units.length);
  };
  const total = Object.values(categoryWeights).reduce((sum, weight) => sum + weight, 0);
  for (const [category, weight] of Object.entries(categoryWeights) as [Category, number][]) {
    const departments = departmentsLeading(district, category);
    const viaTownship = departments.length === 0 ? 1 : townshipShare;
    add(district.townships, (weight / total) * viaTownship);
    if (departments.length > 0) add(departments, (weight / total) * (1 - townshipShare));
  }
  return shares;
}

/** The units whose remit covers a kind of problem (e.g. land → 规划和自然资源局). */
export const unitsHandling = (district: DistrictContext, category: ProblemCategory): UnitContext[] =>
  district.departments.filter((unit) => unit.role.handles.includes(category));

/** Set-up day: the city admin creates the districts; each district its units and their reserve targets. */
export function* organisationOperations(
  districts: readonly DistrictContext[],
  calendar: DemoCalendar,
): Generator<DemoOperation> {
  const today = calendar.startDay;
  for (const { config } of districts)
    yield operation('CreateDistrict', today, { code: config.code, name: config.name });
  for (const district of districts) {
    const units = unitsOfDistrict(district);
    for (const unit of units) {
      yield operation('CreateUnit', today, {
        districtId: district.districtId,
        code: unit.code,
        name: unit.name,
        kind: unit.kind,
      });
    }
    const shares = leadShares(district);
    const expectedReserve = district.projectCount * RESERVE_SHARE;
    for (const unit of units) {
      const target = Math.min(10_000, Math.round(RESERVE_AMBITION * expectedReserve * (shares.get(unit.unitId) ?? 0)));
      if (target === 0) continue;
      for (const year of calendar.years)
        yield operation('SetReserveTarget', today, { unitId: unit.unitId, year, target });
    }
  }
}
