import type {
  AccountCommands,
  Actor,
  AssessmentCommands,
  BulletinCommands,
  OrganizationCommands,
  ProjectCommands,
} from '@tuijin/application';
import type { AuthUser } from './auth/auth-user';
import type { AssessmentQueries, ReadModelQueries, UnitView } from '@tuijin/read-models';

/** What the API needs from whichever topology hosts it. */
export interface ApiRuntime {
  organization: OrganizationCommands;
  projects: ProjectCommands;
  assessment: AssessmentCommands;
  accounts: AccountCommands;
  bulletins: BulletinCommands;
  security: SecuritySettings;
  queries: ReadModelQueries;
  assessments: AssessmentQueries;
  /** Resolves once the read models include a log position, so a mutation answers with its own change. */
  waitFor(position: number): Promise<void>;
  /** Today's date (YYYY-MM-DD) in the deployment's time zone. */
  today(): string;
}

export const API_RUNTIME = Symbol('API_RUNTIME');

export interface SecuritySettings {
  /** Signs login tokens; at least 32 characters; changing it ends every login. */
  tokenSecret: string;
  tokenTtlSeconds: number;
  /** Browser origins allowed to call the API from another site (CORS); none by default. */
  corsOrigins: string[];
}

/** Per-request context built from the HTTP request. */
export interface RequestContext {
  /** The signed-in user, if the request carried a good token. */
  user?: AuthUser;
  /** Why a token that came with the request was refused; raised only where a login is needed. */
  authError?: Error;
  actor: Actor;
  idempotencyKey?: string;
  /** Units this request has read, by id: the rows of a page answer their lead unit from here. */
  units: Map<string, UnitView>;
}
