import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { CreateUserInput } from '@tuijin/application';
import type { UserView } from '@tuijin/read-models';
import { AuthService } from './auth/auth.service';
import { reachesDistrict, type AuthUser } from './auth/auth-user';
import { send, type ReadBack } from './mutation.resolver';
import { found } from './query.resolver';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from './runtime';

export const AUTH_SERVICE = Symbol('AUTH_SERVICE');

/** Resolvers run only after the access guard, so a field that needs a login has one. */
const signedIn = (ctx: RequestContext): AuthUser => ctx.user as AuthUser;

const user: ReadBack = (runtime, id) => found('User', id, runtime.queries.user(id));

@Resolver('Query')
export class AccountQueryResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Query()
  me(@Context() ctx: RequestContext) {
    return found('User', signedIn(ctx).userId, this.runtime.queries.user(signedIn(ctx).userId));
  }

  @Query()
  users(@Args('districtId') districtId: string | undefined) {
    return this.runtime.queries.users(districtId ?? undefined);
  }
}

@Resolver('Mutation')
export class AccountMutationResolver {
  constructor(
    @Inject(API_RUNTIME) private readonly runtime: ApiRuntime,
    @Inject(AUTH_SERVICE) private readonly auth: AuthService,
  ) {}

  @Mutation()
  login(@Args('username') username: string, @Args('password') password: string) {
    return this.auth.login(username, password);
  }

  @Mutation()
  refreshToken(@Context() ctx: RequestContext) {
    return this.auth.refresh(signedIn(ctx));
  }

  @Mutation()
  async logout(@Context() ctx: RequestContext) {
    await this.auth.logout(signedIn(ctx));
    return true;
  }

  @Mutation()
  changePassword(
    @Args('input') input: { currentPassword: string; newPassword: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'changePassword', input, ctx, info, user);
  }

  @Mutation()
  createUser(@Args('input') input: CreateUserInput, @Context() ctx: RequestContext, @Info() info: GraphQLResolveInfo) {
    return send(this.runtime, 'createUser', input, ctx, info, user);
  }

  @Mutation()
  resetPassword(
    @Args('input') input: { userId: string; newPassword: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'resetPassword', input, ctx, info, user);
  }

  @Mutation()
  deactivateUser(
    @Args('input') input: { userId: string; reason: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'deactivateUser', input, ctx, info, user);
  }
}

@Resolver('User')
export class UserResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  /** Only the districts the caller reaches: an analyst's account may span districts a district admin must not see. */
  @ResolveField()
  districtIds(user: UserView, _args: unknown, ctx: RequestContext) {
    const caller = ctx.user;
    return caller ? user.districtIds.filter((id) => reachesDistrict(caller, id)) : user.districtIds;
  }

  @ResolveField()
  districts(user: UserView, _args: unknown, ctx: RequestContext) {
    // a city admin's account is seen only by city admins (or itself), who reach every district
    return this.runtime.queries.districts(
      user.role === 'CITY_ADMIN' ? undefined : this.districtIds(user, undefined, ctx),
    );
  }

  @ResolveField()
  unit(user: UserView) {
    return user.unitId ? this.runtime.queries.unit(user.unitId) : null;
  }
}
