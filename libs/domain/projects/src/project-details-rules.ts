import { invalid, requireAmount, requireNumberInRange, requireOneOf, requireText } from '@tuijin/domain-kernel';
import { CHINA_EXTENT_TEXT, isInChina } from '@tuijin/domain-organization';
import { requireProjectDate } from './project-dates';
import {
  CATEGORIES,
  type ProjectCommandOf,
  type ProjectDetails,
  type ProjectEvent,
  type RegisteredProject,
} from './project.types';

type DetailRules = { [Field in keyof ProjectDetails]-?: (value: unknown) => NonNullable<ProjectDetails[Field]> };

/** One rule per detail, shared by registration and revision so both word a mistake the same way. */
const DETAIL_RULES: DetailRules = {
  name: (value) => requireText('name', value, 200),
  category: (value) => requireOneOf('category', value, CATEGORIES),
  totalInvestment: (value) => requireAmount('totalInvestment', value),
  ownerEnterprise: (value) => requireText('ownerEnterprise', value, 200),
  township: (value) => requireText('township', value, 100),
  longitude: (value) => requireNumberInRange('longitude', value, -180, 180),
  latitude: (value) => requireNumberInRange('latitude', value, -90, 90),
  description: (value) => requireText('description', value, 2000),
};

const DETAIL_FIELDS = Object.keys(DETAIL_RULES) as (keyof ProjectDetails)[];
const OPTIONAL_FIELDS = ['ownerEnterprise', 'township', 'longitude', 'latitude', 'description'] as const;

const isDetailField = (key: string): key is keyof ProjectDetails => (DETAIL_FIELDS as string[]).includes(key);
const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

function validateDetail<Field extends keyof ProjectDetails>(
  field: Field,
  value: unknown,
): NonNullable<ProjectDetails[Field]> {
  return DETAIL_RULES[field](value) as NonNullable<ProjectDetails[Field]>;
}

/** A point on the map needs both coordinates; half a location is worse than none. */
function requireWholeLocation(details: Partial<ProjectDetails>): void {
  if (details.longitude !== undefined && details.latitude === undefined) {
    throw invalid('latitude', 'latitude is required with longitude: give both coordinates or neither');
  }
  if (details.latitude !== undefined && details.longitude === undefined) {
    throw invalid('longitude', 'longitude is required with latitude: give both coordinates or neither');
  }
  requireLocationInChina(details);
}

/** Every project lies in China: a point outside it is a typing mistake, most often longitude and latitude swapped. */
function requireLocationInChina({ longitude, latitude }: Partial<ProjectDetails>): void {
  if (longitude === undefined || latitude === undefined || isInChina(longitude, latitude)) return;
  throw invalid(
    'longitude',
    `the point (longitude ${longitude}, latitude ${latitude}) lies outside China (${CHINA_EXTENT_TEXT}); are longitude and latitude swapped?`,
  );
}

/** The details of a new project; optional details left blank are simply absent. */
export function requireDetails(input: ProjectDetails): ProjectDetails {
  const details: ProjectDetails = {
    name: validateDetail('name', input.name),
    category: validateDetail('category', input.category),
    totalInvestment: validateDetail('totalInvestment', input.totalInvestment),
  };
  for (const field of OPTIONAL_FIELDS) {
    if (!isBlank(input[field])) setDetail(details, field, validateDetail(field, input[field]));
  }
  requireWholeLocation(details);
  return details;
}

function setDetail<Field extends keyof ProjectDetails>(
  details: Partial<ProjectDetails>,
  field: Field,
  value: ProjectDetails[Field],
): void {
  details[field] = value;
}

/** The fields a revision names; an undefined value means "not given" (JSON cannot carry it anyway). */
function givenChanges(changes: unknown): [keyof ProjectDetails, unknown][] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) {
    throw invalid('changes', 'changes must name at least one project detail to change');
  }
  const given = Object.entries(changes).filter(([, value]) => value !== undefined);
  const unknown = given.find(([key]) => !isDetailField(key));
  if (unknown)
    throw invalid('changes', `${unknown[0]} cannot be revised; changes may hold ${DETAIL_FIELDS.join(', ')}`);
  if (given.length === 0) throw invalid('changes', 'changes must name at least one project detail to change');
  return given as [keyof ProjectDetails, unknown][];
}

/**
 * Records only what actually differs, so the history shows real changes. Clearing
 * an optional detail is not supported: a given value must be valid, blank included.
 */
export function reviseProjectDetails(
  project: RegisteredProject,
  command: ProjectCommandOf<'ReviseProjectDetails'>,
): ProjectEvent {
  const occurredOn = requireProjectDate('occurredOn', command.occurredOn, project, command.today);
  const changes: Partial<ProjectDetails> = {};
  for (const [field, value] of givenChanges(command.changes)) {
    const valid = validateDetail(field, value);
    if (valid !== project.details[field]) setDetail(changes, field, valid);
  }
  if (Object.keys(changes).length === 0) {
    throw invalid('changes', 'nothing to change: every given detail equals the current one');
  }
  requireWholeLocation({ ...project.details, ...changes });
  return { type: 'ProjectDetailsRevised', occurredOn, data: { changes } };
}
