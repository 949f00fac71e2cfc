import type { Actor, AssessmentCommands, OrganizationCommands, ProjectCommands } from '@tuijin/application';
import type { AssessmentQueries, ReadModelQueries } from '@tuijin/read-models';

/** What the API needs from whichever topology hosts it. */
export interface ApiRuntime {
  organization: OrganizationCommands;
  projects: ProjectCommands;
  assessment: AssessmentCommands;
  queries: ReadModelQueries;
  assessments: AssessmentQueries;
  /** Resolves once the read models include a log position, so a mutation answers with its own change. */
  waitFor(position: number): Promise<void>;
  /** Today's date (YYYY-MM-DD) in the deployment's time zone. */
  today(): string;
}

export const API_RUNTIME = Symbol('API_RUNTIME');

/** Per-request context built from the HTTP request. */
export interface RequestContext {
  actor: Actor;
  idempotencyKey?: string;
}
