import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { AccountMutationResolver, AccountQueryResolver, AUTH_SERVICE, UserResolver } from './account.resolvers';
import { CommandCheckResolver } from './command-check.resolver';
import { AccessGuard } from './auth/access.guard';
import { checkVisibilityPerObject } from './auth/visibility';
import { AuthService } from './auth/auth.service';
import { operationLimitsPlugin } from './auth/operation-limits';
import type { Request } from 'express';
import { GRAPHQL_SCHEMA_SDL } from '@tuijin/contracts';
import { formatError } from './errors';
import { idempotencyHeader, idempotencyKeyPlugin } from './idempotency';
import { MutationResolver } from './mutation.resolver';
import { ResolverErrorsFilter } from './resolver-errors.filter';
import { QueryResolver } from './query.resolver';
import { requestLogPlugin } from './request-log.plugin';
import { ProjectReportingResolver } from './reporting.resolvers';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';
import { DateScalar, DateTimeScalar, JsonScalar } from './scalars';
import {
  AssessmentMutationResolver,
  AssessmentQueryResolver,
  AssessmentResolver,
  DashboardResolver,
  DistrictFiguresResolver,
  ProjectAssessmentFieldsResolver,
  ProjectAssessmentResolver,
  UnitScoreResolver,
} from './assessment.resolvers';
import {
  DistrictResolver,
  HistoryEntryResolver,
  ProblemResolver,
  ProjectResolver,
  UnitResolver,
} from './type.resolvers';
import { OpenDataMutationResolver, OpenDataQueryResolver } from './open-data/open-data.resolvers';
import {
  BulletinBookResolver,
  BulletinMutationResolver,
  BulletinQueryResolver,
  PublishedBulletinResolver,
} from './bulletin.resolvers';
import { BulletinFilesController } from './bulletin-files.controller';
import { LedgerFilesController } from './ledger-files.controller';
import { LedgerQueryResolver } from './ledger.resolvers';
import { ListExportsController } from './exports/list-exports.controller';

/** The actor of a request without a login (only `login` accepts one). */
export const ANONYMOUS_ACTOR = { userId: 'anonymous', role: 'ANONYMOUS' };

function contextBuilder(auth: AuthService) {
  return async ({ req }: { req: Request }): Promise<RequestContext> => {
    const { key, invalid } = idempotencyHeader(req.headers['idempotency-key']);
    const request = { idempotencyKey: key, idempotencyKeyInvalid: invalid, units: new Map(), projectsSeen: new Map() };
    try {
      const user = await auth.authenticate(req.headers.authorization);
      const actor = user ? { userId: user.userId, role: user.role } : ANONYMOUS_ACTOR;
      return { ...request, user, actor };
    } catch (error) {
      return { ...request, authError: error as Error, actor: ANONYMOUS_ACTOR };
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
          transformSchema: (schema) => checkVisibilityPerObject(schema, runtime),
          // no cache hints are set (answers depend on who asks), so skip the per-field cache-control bookkeeping
          plugins: [
            operationLimitsPlugin(),
            idempotencyKeyPlugin(),
            ApolloServerPluginCacheControlDisabled(),
            requestLogPlugin(),
          ],
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
        CommandCheckResolver,
        DistrictResolver,
        UnitResolver,
        ProjectResolver,
        HistoryEntryResolver,
        ProblemResolver,
        AssessmentQueryResolver,
        AssessmentMutationResolver,
        AssessmentResolver,
        UnitScoreResolver,
        ProjectAssessmentResolver,
        DashboardResolver,
        DistrictFiguresResolver,
        ProjectAssessmentFieldsResolver,
        OpenDataQueryResolver,
        OpenDataMutationResolver,
        BulletinQueryResolver,
        BulletinMutationResolver,
        BulletinBookResolver,
        PublishedBulletinResolver,
        ProjectReportingResolver,
        LedgerQueryResolver,
      ],
      controllers: [BulletinFilesController, LedgerFilesController, ListExportsController],
    };
  }
}
