import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { DomainError } from '@tuijin/domain-kernel';
import type { DistrictView, ProblemView, ProjectView, UnitView, UserView } from '@tuijin/read-models';
import type { ApiRuntime, RequestContext } from '../runtime';
import { reachesDistrict, type AuthUser } from './auth-user';
import { seesProject } from './visible-projects';

/** Whether a user account is one the caller may see: their own, or one that shares a district they reach. */
export const seesUser = (caller: AuthUser, user: Pick<UserView, 'id' | 'role' | 'districtIds'>): boolean =>
  caller.role === 'CITY_ADMIN' ||
  caller.userId === user.id ||
  (user.role !== 'CITY_ADMIN' && user.districtIds.some((id) => reachesDistrict(caller, id)));

/** A reporter or a leader sees only some projects of their district, so a problem needs its project's facts. */
const narrowedToOwnProjects = (user: AuthUser) => user.role === 'UNIT_REPORTER' || user.role === 'LEADER';

type Sight = (user: AuthUser, object: never, ctx: RequestContext, runtime: ApiRuntime) => boolean | Promise<boolean>;

function seesProblem(user: AuthUser, problem: ProblemView, ctx: RequestContext, runtime: ApiRuntime) {
  if (!reachesDistrict(user, problem.districtId)) return false;
  if (!narrowedToOwnProjects(user)) return true;
  let seen = ctx.projectsSeen.get(problem.projectId);
  if (seen === undefined) {
    seen = runtime.queries.project(problem.projectId).then((project) => !!project && seesProject(user, project));
    ctx.projectsSeen.set(problem.projectId, seen);
  }
  return seen;
}

/**
 * The object types that belong to a district, and whether the caller may see one. Every
 * field that returns one of them, at any depth, is checked object by object, so no path
 * through the graph (a user's districts, a district's projects, a problem's project…)
 * reaches past the caller's scope. A rule set has no district of its own: it is reached
 * only through a district-checked root field or an assessment, which is checked here.
 */
const SIGHTS = new Map<string, Sight>([
  ['District', (user, district: DistrictView) => reachesDistrict(user, district.id)],
  ['Unit', (user, unit: UnitView) => reachesDistrict(user, unit.districtId)],
  ['Project', (user, project: ProjectView) => reachesDistrict(user, project.districtId) && seesProject(user, project)],
  ['Problem', seesProblem as Sight],
  ['User', seesUser as Sight],
  ['Assessment', (user, assessment: { districtId: string }) => reachesDistrict(user, assessment.districtId)],
]);

/** What a hidden object in a field that cannot be null answers: the same as a missing one, naming no id. */
const unseen = (type: string) => new DomainError('NOT_FOUND', `The ${type} does not exist`);

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown>)?.then === 'function';

function guarded(
  field: GraphQLField<unknown, RequestContext>,
  sight: Sight,
  runtime: ApiRuntime,
): GraphQLFieldResolver<unknown, RequestContext> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const type = getNamedType(field.type).name;
  const required = isNonNullType(field.type);
  const list = isListType(isNonNullType(field.type) ? field.type.ofType : field.type);
  const keepVisible = (user: AuthUser, value: unknown, ctx: RequestContext): unknown => {
    if (value === null || value === undefined) return value;
    if (list) {
      const items = value as never[];
      const seen = items.map((item) => sight(user, item, ctx, runtime));
      if (!seen.some(isPromise)) return items.filter((_, i) => seen[i]);
      return Promise.all(seen).then((all) => items.filter((_, i) => all[i]));
    }
    const seen = sight(user, value as never, ctx, runtime);
    const answer = (visible: boolean) => {
      if (visible) return value;
      if (required) throw unseen(type);
      return null;
    };
    return isPromise(seen) ? seen.then(answer) : answer(seen);
  };
  return (source, args, ctx, info) => {
    const value = resolve(source, args, ctx, info);
    const user = ctx.user;
    // without a login only `login` runs, and it answers the user who signed in; a city admin sees everything
    if (!user || user.role === 'CITY_ADMIN') return value;
    return isPromise(value) ? value.then((v) => keepVisible(user, v, ctx)) : keepVisible(user, value, ctx);
  };
}

/** Wraps the resolver of every field that returns a district's object, so each one answered is checked. */
export function checkVisibilityPerObject(schema: GraphQLSchema, runtime: ApiRuntime): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const sight = SIGHTS.get(getNamedType(field.type).name);
      if (sight) field.resolve = guarded(field as GraphQLField<unknown, RequestContext>, sight, runtime);
    }
  }
  return schema;
}
