import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from '../runtime';
import { ruleOf } from './access-policy';
import { checkAccess } from './access-check';

const ROOT_TYPES = new Set(['Query', 'Mutation']);

/** Applies ACCESS_POLICY to every root GraphQL field before its resolver runs. */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<GraphQLResolveInfo>();
    if (!ROOT_TYPES.has(info.parentType.name)) return true;
    const { field, policy, args } = ruleOf(`${info.parentType.name}.${info.fieldName}`, gql.getArgs());
    const ctx = gql.getContext<RequestContext>();
    await checkAccess(field, policy, ctx.user, ctx.authError, args, this.runtime);
    return true;
  }
}
