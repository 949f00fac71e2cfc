import type { ViewStore } from '@tuijin/application';
import { leadUnitOn, projectFactsKnownAt, stageOn, type Light } from '@tuijin/domain-assessment';
import { isInChina } from '@tuijin/domain-organization';
import type { Category, Stage } from '@tuijin/domain-projects';
import type { ProjectFactsDoc } from './assessment-facts.projection';
import { AssessmentQueries } from './assessment-queries';
import type { ProjectFilter } from './read-model-queries';
import { COLLECTIONS, type ProjectView } from './views';

/** One project on the map (项目一张图), with its light and stage at the period's end. */
export interface MapPoint {
  projectId: string;
  code: string;
  name: string;
  category: Category;
  stage: Stage;
  leadUnitId: string;
  light: Light | null;
  longitude: number;
  latitude: number;
  /** False for a point outside China: a mistake to correct, which the map lists rather than draws. */
  inChina: boolean;
}

export interface ProjectMap {
  districtId: string;
  period: string;
  knownAt?: string;
  points: MapPoint[];
  /** Projects of the period with no coordinates recorded. */
  withoutLocation: number;
}

const ALL = 1_000_000;

/**
 * A district's projects as points: those registered by the period's end (as known at
 * `knownAt`), each with the light, stage and lead unit the assessment gives them then,
 * at the coordinates recorded now.
 */
export class ProjectMapQueries {
  private readonly assessments: AssessmentQueries;

  constructor(private readonly views: ViewStore) {
    this.assessments = new AssessmentQueries(views);
  }

  async projectMap(
    districtId: string,
    periodLabel: string,
    knownAt?: string,
    filter: Pick<ProjectFilter, 'leadUnitId' | 'leaderUserId'> = {},
  ): Promise<ProjectMap> {
    const assessment = await this.assessments.assess(districtId, periodLabel, { knownAt });
    const { endDay, label } = assessment.period;
    const lights = new Map(assessment.projects.map((p) => [p.projectId, p.light]));
    const [facts, projects] = await Promise.all([
      this.views.find<ProjectFactsDoc>(COLLECTIONS.projectFacts, {
        where: { districtId },
        orderBy: { field: 'id', direction: 'ASC' },
        limit: ALL,
      }),
      this.views.find<ProjectView>(COLLECTIONS.projects, {
        where: { districtId, leadUnitId: filter.leadUnitId, leaderUserId: filter.leaderUserId },
        orderBy: { field: 'code', direction: 'ASC' },
        limit: ALL,
      }),
    ]);
    const factsById = new Map(facts.items.map((f) => [f.id, f]));
    const points: MapPoint[] = [];
    let withoutLocation = 0;
    for (const project of projects.items) {
      const stored = factsById.get(project.id);
      const known = stored && projectFactsKnownAt(stored, assessment.knownAt);
      if (!known || known.registeredOn > endDay) continue;
      const { longitude, latitude } = project;
      if (longitude === undefined || latitude === undefined) {
        withoutLocation += 1;
        continue;
      }
      points.push({
        projectId: project.id,
        code: project.code,
        name: known.name,
        category: project.category,
        stage: stageOn(known, endDay) ?? project.stage,
        leadUnitId: leadUnitOn(known, endDay) ?? project.leadUnitId,
        light: lights.get(project.id) ?? null,
        longitude,
        latitude,
        inChina: isInChina(longitude, latitude),
      });
    }
    return { districtId, period: label, knownAt: assessment.knownAt, points, withoutLocation };
  }
}
