import { Inject } from '@nestjs/common';
import { Args, Context, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { PLACEHOLDER_OC4IDS_PREFIX } from '@tuijin/open-data';
import { ownProjects } from '../auth/own-projects';
import { send } from '../mutation.resolver';
import { found } from '../query.resolver';
import { API_RUNTIME, type ApiRuntime, type RequestContext } from '../runtime';
import { districtPackagePath, publicPackagePath } from './open-data-paths';

/** A district's open-data publication as the read models have it. */
async function publication(runtime: ApiRuntime, districtId: string) {
  const district = await found('District', districtId, runtime.queries.district(districtId));
  const view = await runtime.queries.openDataPublication(districtId);
  const published = view?.published ?? false;
  const prefix = runtime.publishing.oc4idsPrefix;
  return {
    district,
    published,
    changedAt: view?.changedAt ?? null,
    publicPath: published ? publicPackagePath(district.code) : null,
    downloadPath: districtPackagePath(district.id),
    oc4idsPrefix: prefix,
    prefixRegistered: prefix !== PLACEHOLDER_OC4IDS_PREFIX,
  };
}

@Resolver('Query')
export class OpenDataQueryResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Query()
  openData(@Args('districtId') districtId: string) {
    return publication(this.runtime, districtId);
  }

  @Query()
  async districtMap(@Args('districtId') districtId: string) {
    const district = await found('District', districtId, this.runtime.queries.district(districtId));
    const map = await this.runtime.queries.districtMap(districtId);
    return map ? { ...map, district } : null;
  }

  @Query()
  projectMap(
    @Args('districtId') districtId: string,
    @Args('period') period: string,
    @Args('knownAt') knownAt: string | null | undefined,
    @Context() ctx: RequestContext,
  ) {
    const { leadUnitId, leaderUserId } = ownProjects(ctx.user, undefined);
    return this.runtime.projectMaps.projectMap(districtId, period, knownAt ?? undefined, { leadUnitId, leaderUserId });
  }

  @Query()
  mapTiles() {
    return this.runtime.publishing.mapTiles ?? null;
  }
}

@Resolver('Mutation')
export class OpenDataMutationResolver {
  constructor(@Inject(API_RUNTIME) private readonly runtime: ApiRuntime) {}

  @Mutation()
  publishOpenData(
    @Args('input') input: { districtId: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'publishOpenData', input, ctx, info, publication);
  }

  @Mutation()
  withdrawOpenData(
    @Args('input') input: { districtId: string },
    @Context() ctx: RequestContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return send(this.runtime, 'withdrawOpenData', input, ctx, info, publication);
  }
}
