import type { Category, ProjectFilter, ProjectOrder, ProjectSortField, SortDirection, Stage } from '../../gql/graphql';
import { CATEGORIES, STAGES } from '../../lib/enums';

/**
 * The projects table's filter and sort, kept in the address (?q=…&stage=…) so that a
 * filtered list can be bookmarked, shared, and is still there after opening a project.
 */
export interface ProjectListQuery {
  text: string;
  stages: Stage[];
  categories: Category[];
  leadUnitId?: string;
  sort: ProjectSortField;
  direction: SortDirection;
}

const SORT_FIELDS: readonly ProjectSortField[] = ['CODE', 'NAME', 'TOTAL_INVESTMENT', 'COMPLETED_INVESTMENT', 'REGISTERED_ON'];

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  return (value ?? '').split(',').filter((item): item is T => (allowed as readonly string[]).includes(item));
}

export function parseListQuery(params: URLSearchParams): ProjectListQuery {
  const sort = params.get('sort');
  return {
    text: params.get('q') ?? '',
    stages: listOf(params.get('stage'), STAGES),
    categories: listOf(params.get('category'), CATEGORIES),
    leadUnitId: params.get('unit') || undefined,
    sort: SORT_FIELDS.includes(sort as ProjectSortField) ? (sort as ProjectSortField) : 'CODE',
    direction: params.get('dir') === 'DESC' ? 'DESC' : 'ASC',
  };
}

export function toSearchParams(query: ProjectListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  if (query.stages.length) params.set('stage', query.stages.join(','));
  if (query.categories.length) params.set('category', query.categories.join(','));
  if (query.leadUnitId) params.set('unit', query.leadUnitId);
  if (query.sort !== 'CODE') params.set('sort', query.sort);
  if (query.direction !== 'ASC') params.set('dir', query.direction);
  return params;
}

/** The API's filter: only what is set, so an empty filter lists everything. */
export function toApiFilter(query: ProjectListQuery): ProjectFilter {
  return {
    ...(query.text.trim() ? { text: query.text.trim() } : {}),
    ...(query.stages.length ? { stage: query.stages } : {}),
    ...(query.categories.length ? { category: query.categories } : {}),
    ...(query.leadUnitId ? { leadUnitId: query.leadUnitId } : {}),
  };
}

export const toApiOrder = (query: ProjectListQuery): ProjectOrder => ({ field: query.sort, direction: query.direction });
