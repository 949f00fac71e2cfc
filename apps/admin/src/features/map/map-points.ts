import type { Category, Light, Stage } from '../../gql/graphql';

export interface MapPointFields {
  projectId: string;
  category: Category;
  stage: Stage;
  leadUnitId: string;
  light?: Light | null;
  inChina: boolean;
}

/** What the map shows: empty lists mean "all". `NONE` stands for projects without a light. */
export interface PointFilter {
  stages: Stage[];
  categories: Category[];
  unitIds: string[];
  lights: LightChoice[];
}

export type LightChoice = Light | 'NONE';
export const LIGHT_CHOICES: readonly LightChoice[] = ['RED', 'YELLOW', 'GREEN', 'NONE'];
export const NO_FILTER: PointFilter = { stages: [], categories: [], unitIds: [], lights: [] };

const admits = <T>(chosen: readonly T[], value: T) => chosen.length === 0 || chosen.includes(value);

/** The points the filter lets through, as the server computed them (the filter only chooses which to show). */
export function filterPoints<P extends MapPointFields>(points: readonly P[], filter: PointFilter): P[] {
  return points.filter(
    (point) =>
      admits(filter.stages, point.stage) &&
      admits(filter.categories, point.category) &&
      admits(filter.unitIds, point.leadUnitId) &&
      admits(filter.lights, point.light ?? 'NONE'),
  );
}

const SEVERITY: Record<LightChoice, number> = { RED: 3, YELLOW: 2, GREEN: 1, NONE: 0 };

/** A cluster takes the colour of its worst light, so a red project is never hidden in a green crowd. */
export function worstLight(lights: readonly LightChoice[]): LightChoice {
  return lights.reduce<LightChoice>((worst, light) => (SEVERITY[light] > SEVERITY[worst] ? light : worst), 'NONE');
}

/** How many points of each light, for the legend. */
export function countByLight(points: readonly MapPointFields[]): Record<LightChoice, number> {
  const counts: Record<LightChoice, number> = { RED: 0, YELLOW: 0, GREEN: 0, NONE: 0 };
  for (const point of points) counts[point.light ?? 'NONE'] += 1;
  return counts;
}
