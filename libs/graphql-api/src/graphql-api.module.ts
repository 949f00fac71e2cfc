import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { Request } from 'express';
import { GRAPHQL_SCHEMA_SDL } from '@tuijin/contracts';
import { formatError } from './errors';
import { MutationResolver } from './mutation.resolver';
import { QueryResolver } from './query.resolver';
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

/** Until accounts exist every request acts as this actor; history still says so honestly. */
export const ANONYMOUS_ACTOR = { userId: 'anonymous', role: 'ANONYMOUS' };

const requestContext = ({ req }: { req: Request }): RequestContext => {
  const key = req.headers['idempotency-key'];
  return { actor: ANONYMOUS_ACTOR, idempotencyKey: typeof key === 'string' && key.length <= 200 ? key : undefined };
};

/** The GraphQL API over any runtime (embedded or distributed) that provides `API_RUNTIME`. */
@Module({})
export class GraphqlApiModule {
  static forRuntime(runtime: ApiRuntime): DynamicModule {
    const runtimeProvider: Provider = { provide: API_RUNTIME, useValue: runtime };
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
          context: requestContext,
        }),
      ],
      providers: [
        runtimeProvider,
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
