import type {
  Category,
  EscalationLevel,
  ProblemCategory,
  ProblemStatus,
  Role,
  Stage,
  UnitKind,
} from '../gql/graphql';

/** The schema's enums in the order people expect them (codegen sorts them alphabetically). */

/** 四个一批 in lifecycle order, then the two ways out of it. */
export const STAGES: readonly Stage[] = [
  'RESERVE',
  'PREPARATION',
  'SIGNED',
  'UNDER_CONSTRUCTION',
  'COMPLETED',
  'OPERATING',
  'SUSPENDED',
  'CANCELLED',
];

export const CATEGORIES: readonly Category[] = [
  'INDUSTRIAL',
  'INFRASTRUCTURE',
  'SOCIAL',
  'NEW_INFRASTRUCTURE',
  'SERVICES',
  'AGRICULTURE',
  'OTHER',
];

export const PROBLEM_CATEGORIES: readonly ProblemCategory[] = ['LAND', 'FINANCING', 'APPROVAL', 'UTILITIES', 'LABOUR', 'OTHER'];

/** The problem board's columns, in the order a problem moves through them. */
export const PROBLEM_STATUSES: readonly ProblemStatus[] = ['OPEN', 'ASSIGNED', 'ESCALATED', 'RESOLVED', 'CLOSED'];

export const ESCALATION_LEVELS: readonly EscalationLevel[] = ['LEADER', 'ONSITE_OFFICE'];

export const UNIT_KINDS: readonly UnitKind[] = ['DEPARTMENT', 'TOWNSHIP'];

export const ROLES: readonly Role[] = ['CITY_ADMIN', 'DISTRICT_ADMIN', 'UNIT_REPORTER', 'LEADER', 'ANALYST'];
