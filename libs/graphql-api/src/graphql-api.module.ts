import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountMutationResolver, AccountQueryResolver, AUTH_SERVICE, UserResolver } from './account.resolvers';
import { AccessGuard } from './auth/access.guard';
import { AuthService } from './auth/auth.service';
import { operationLimitsPlugin } from './auth/operation-limits';
import type { Request } from 'express';
import { GRAPHQL_SCHEMA_SDL } from '@tuijin/contracts';
import { formatError } from './errors';
import { MutationResolver } from './mutation.resolver';
import { ResolverErrorsFilter } from './resolver-errors.filter';
import { QueryResolver } from './query.resolver';
import { requestLogPlugin } from './request-log.plugin';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';
import { DateScalar, DateTimeScalar, JsonScalar } from './scalars';
import {
  AssessmentMutationResolver,
  AssessmentQueryResolver,
  AssessmentResolver,
  DashboardResolver,
  ProjectAssessmentFieldsResolver,
  ProjectAssessmentResolver,
  UnitScoreResolver,
} from './assessment.resolvers';
import { DistrictResolver, ProblemResolver, ProjectResolver, UnitResolver } from './type.resolvers';

/** The actor of a request without a login (only `login` accepts one). */
export const ANONYMOUS_ACTOR = { userId: 'anonymous', role: 'ANONYMOUS' };

function contextBuilder(auth: AuthService) {
  return async ({ req }: { req: Request }): Promise<RequestContext> => {
    const key = req.headers['idempotency-key'];
    const idempotencyKey = typeof key === 'string' && key.length <= 200 ? key : undefined;
    try {
      const user = await auth.authenticate(req.headers.authorization);
      const actor = user ? { userId: user.userId, role: user.role } : ANONYMOUS_ACTOR;
      return { user, actor, idempotencyKey, units: new Map() };
    } catch (error) {
      return { authError: error as Error, actor: ANONYMOUS_ACTOR, idempotencyKey, units: new Map() };
    }
  };
}

/** The GraphQL API over any runtime (embedded or distributed) that provides `API_RUNTIME`. */
@Module({})
export class GraphqlApiModule {
  static forRuntime(runtime: ApiRuntime): DynamicModule {
    const runtimeProvider: Provider = { provide: API_RUNTIME, useValue: runtime };
    const auth = new AuthService(runtime);
    return {
      module: GraphqlApiModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          typeDefs: GRAPHQL_SCHEMA_SDL,
          resolvers: { Date: DateScalar, DateTime: DateTimeScalar, JSON: JsonScalar },
          path: '/graphql',
          playground: false,
          introspection: true,
          includeStacktraceInErrorResponses: false,
          formatError,
          context: contextBuilder(auth),
          // no cache hints are set (answers depend on who asks), so skip the per-field cache-control bookkeeping
          plugins: [operationLimitsPlugin(), ApolloServerPluginCacheControlDisabled(), requestLogPlugin()],
        }),
      ],
      providers: [
        runtimeProvider,
        { provide: AUTH_SERVICE, useValue: auth },
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ResolverErrorsFilter },
        // Root fields use Nest's parameter decorators and pass the access guard. Field resolvers
        // take GraphQL's own (parent, args, context) instead: Nest then gives them to GraphQL as
        // they are, without its per-call pipeline, which matters for fields resolved once per row.
        AccountQueryResolver,
        AccountMutationResolver,
        UserResolver,
        QueryResolver,
        MutationResolver,
        DistrictResolver,
        UnitResolver,
        ProjectResolver,
        ProblemResolver,
        AssessmentQueryResolver,
        AssessmentMutationResolver,
        AssessmentResolver,
        UnitScoreResolver,
        ProjectAssessmentResolver,
        DashboardResolver,
        ProjectAssessmentFieldsResolver,
      ],
    };
  }
}
