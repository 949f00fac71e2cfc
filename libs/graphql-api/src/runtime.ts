import type { Actor, Commands, LoginAttempts, ViewStore } from '@tuijin/application';
import type { AuthUser } from './auth/auth-user';
import type { AssessmentQueries, ProjectMapQueries, ReadModelQueries, UnitView } from '@tuijin/read-models';

/** What the API needs from whichever topology hosts it. */
export interface ApiRuntime {
  /** Where the API sends its commands: decided in this process, or by the project-service. */
  commands: Commands;
  security: SecuritySettings;
  queries: ReadModelQueries;
  assessments: AssessmentQueries;
  /** Failed logins, counted where every api instance sees them. */
  loginAttempts: LoginAttempts;
  projectMaps: ProjectMapQueries;
  publishing: PublishingSettings;
  /** Resolves once the read models include a log position, so a mutation answers with its own change. */
  waitFor(position: number): Promise<void>;
  /** Today's date (YYYY-MM-DD) in the deployment's time zone. */
  today(): string;
  /** An empty store in this process's memory, where a list is folded again as it stood at an earlier instant. */
  scratchViews(): ViewStore;
}

export const API_RUNTIME = Symbol('API_RUNTIME');

export interface SecuritySettings {
  /** Signs login tokens; at least 32 characters; changing it ends every login. */
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** Browser origins allowed to call the API from another site (CORS); none by default. */
  corsOrigins: string[];
}

/** How the deployment publishes open data and draws its maps. */
export interface PublishingSettings {
  /** The deployment's registered OC4IDS project-id prefix (`TUIJIN_OC4IDS_PREFIX`). */
  oc4idsPrefix: string;
  /** An online XYZ tile layer under the map (`TUIJIN_MAP_TILES_URL`); the map needs none. */
  mapTiles?: MapTileSettings;
}

export interface MapTileSettings {
  /** URL template with {x}, {y}, {z} and optionally {s}. */
  url: string;
  /** What replaces {s}, one character each. */
  subdomains: string;
  attribution?: string;
}

/** Per-request context built from the HTTP request. */
export interface RequestContext {
  /** The signed-in user, if the request carried a good token. */
  user?: AuthUser;
  /** Why a token that came with the request was refused; raised only where a login is needed. */
  authError?: Error;
  actor: Actor;
  /** The request's `Idempotency-Key`, when it is one that can be used. */
  idempotencyKey?: string;
  /** The request sent an `Idempotency-Key` that cannot be used: a mutation is refused. */
  idempotencyKeyInvalid?: boolean;
  /** Units this request has read, by id: the rows of a page answer their lead unit from here. */
  units: Map<string, UnitView>;
  /** Whether the caller sees a project, by id, once asked: a reporter's or leader's problems are checked against it. */
  projectsSeen: Map<string, Promise<boolean>>;
}
