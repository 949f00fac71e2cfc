/**
 * Turns what the API said went wrong into a message key a person can read. Pure: the
 * Apollo-specific unwrapping lives in apollo-error.ts, the wording in the i18n files.
 * The API's own messages are English and technical, so they are never shown; they are
 * only read (by pattern) to choose the right plain-language reason.
 */

/** One error as the API reports it. */
export interface ApiError {
  message: string;
  code?: string;
  field?: string;
}

export type ErrorSource =
  | { kind: 'network' }
  | { kind: 'api'; errors: readonly ApiError[] }
  | { kind: 'unknown' };

/** A parameter is plain text, a number, or another message to translate first (a stage name, say). */
export type ParamValue = string | number | MessageRef | MessageRef[];

export interface MessageRef {
  key: string;
  params?: Record<string, ParamValue>;
}

/** What to tell the user: a message, and for bad input the field at fault and why. */
export interface UserMessage extends MessageRef {
  /** The API input field at fault, e.g. `investment` or `leader.name`. */
  field?: string;
  reason?: MessageRef;
}

interface ReasonRule {
  pattern: RegExp;
  key: string;
  params?: (match: RegExpExecArray) => Record<string, ParamValue>;
}

const day = '(\\d{4}-\\d{2}-\\d{2})';

/** A map error about one area: `features[2] (城关镇), ring 1 … <what>`. */
const AREA_AT_FAULT = (what: string) => new RegExp(`^features\\[(\\d+)\\](?: \\(([^)]*)\\))?.*${what}`);
const areaParams = (m: RegExpExecArray) => ({ n: Number(m[1]) + 1, name: m[2] ? `（${m[2]}）` : '' });

/** The reasons the platform gives for refusing input, in the order they are tried. */
const REASONS: ReasonRule[] = [
  { pattern: /must not be empty|must be text|are required|must name a person/, key: 'reason.required' },
  { pattern: /must be at most (\d+) characters/, key: 'reason.tooLong', params: (m) => ({ max: Number(m[1]) }) },
  { pattern: /may hold at most (\d+) items/, key: 'reason.tooMany', params: (m) => ({ max: Number(m[1]) }) },
  { pattern: /must be a number of 万元/, key: 'reason.amount' },
  {
    pattern: /must be a whole number from (-?\d+) to (-?\d+)/,
    key: 'reason.integerRange',
    params: (m) => ({ min: Number(m[1]), max: Number(m[2]) }),
  },
  {
    pattern: /must be a number from (-?[\d.]+) to (-?[\d.]+)/,
    key: 'reason.numberRange',
    params: (m) => ({ min: Number(m[1]), max: Number(m[2]) }),
  },
  { pattern: /only a district or city admin back-filling a ledger/, key: 'reason.submissionDay' },
  { pattern: /is in the future/, key: 'reason.future' },
  { pattern: /must be a real date/, key: 'reason.date' },
  { pattern: /must be a month \(2025-03\), a quarter/, key: 'reason.period' },
  { pattern: /must be a month written/, key: 'reason.month' },
  { pattern: /must be a whole year/, key: 'reason.year' },
  { pattern: new RegExp(`before the project was registered on ${day}`), key: 'reason.beforeRegistration', params: (m) => ({ date: m[1] }) },
  { pattern: new RegExp(`is before ${day}, when stage`), key: 'reason.stageOrder', params: (m) => ({ date: m[1] }) },
  { pattern: /has not begun yet/, key: 'reason.monthNotBegun' },
  { pattern: /is before plannedStartMonth/, key: 'reason.completionBeforeStart' },
  { pattern: /a plan for \d{4} must start by/, key: 'reason.startAfterYear' },
  { pattern: /must not complete before/, key: 'reason.completionBeforeYear' },
  { pattern: /the year's part cannot exceed the whole/, key: 'reason.yearPartAboveWhole' },
  {
    pattern: /reaches over the monthly report for (\d{4}-\d{2})/,
    key: 'reason.openingBalanceOverReport',
    params: (m) => ({ month: m[1] }),
  },
  {
    pattern: /is covered by the opening balance \(开累基数\) as of (\d{4}-\d{2})/,
    key: 'reason.coveredByOpeningBalance',
    params: (m) => ({ month: m[1] }),
  },
  { pattern: /already in stage/, key: 'reason.sameStage' },
  { pattern: /already leads this project/, key: 'reason.sameLeadUnit' },
  { pattern: /must add up to 100, they add up to (-?[\d.]+)/, key: 'reason.weightsSum', params: (m) => ({ sum: Number(m[1]) }) },
  { pattern: /must not be less than startDelayYellowMonths/, key: 'reason.redBeforeYellow' },
  { pattern: /give both coordinates or neither/, key: 'reason.coordinates' },
  { pattern: /must be one of/, key: 'reason.oneOf' },
  { pattern: /lower-case letters, digits/, key: 'reason.usernameFormat' },
  { pattern: /letters, digits, "\.", "_" or "-"/, key: 'reason.codeFormat' },
  { pattern: /may hold only digits/, key: 'reason.phone' },
  { pattern: /must be (\d+) to (\d+) characters/, key: 'reason.lengthRange', params: (m) => ({ min: Number(m[1]), max: Number(m[2]) }) },
  { pattern: /must contain letters and digits/, key: 'reason.lettersAndDigits' },
  { pattern: /is not a unit of this district/, key: 'reason.notUnitOfDistrict' },
  { pattern: /nothing to change|must name at least one project detail/, key: 'reason.nothingChanged' },
  { pattern: /must not contain control or invisible characters/, key: 'reason.hiddenCharacters' },
  { pattern: /a city admin reaches every district/, key: 'reason.cityAdminNoDistricts' },
  { pattern: /an analyst needs at least one district/, key: 'reason.analystNeedsDistrict' },
  { pattern: /belongs to exactly one district/, key: 'reason.exactlyOneDistrict' },
  { pattern: /needs the unit they report for/, key: 'reason.reporterNeedsUnit' },
  { pattern: /only a unit reporter belongs to a unit/, key: 'reason.onlyReporterHasUnit' },
  { pattern: /is not the current password/, key: 'reason.wrongPassword' },
  { pattern: /is not a cursor|must be a non-empty id/, key: 'reason.staleReference' },
  // a district's map (GeoJSON): which area is at fault, then why
  { pattern: AREA_AT_FAULT('is not closed'), key: 'reason.mapRingNotClosed', params: areaParams },
  { pattern: AREA_AT_FAULT('lies outside China'), key: 'reason.mapOutsideChina', params: areaParams },
  { pattern: AREA_AT_FAULT('Polygon or MultiPolygon'), key: 'reason.mapAreasOnly', params: areaParams },
  { pattern: AREA_AT_FAULT(''), key: 'reason.mapBadGeometry', params: areaParams },
  { pattern: /must be a GeoJSON FeatureCollection|has no features|not valid JSON|send the GeoJSON file/, key: 'reason.mapNotGeoJson' },
  { pattern: /coordinate system/, key: 'reason.mapNotWgs84' },
  { pattern: /positions: simplify|kB are kept|features; at most/, key: 'reason.mapTooDetailed' },
  { pattern: /lies outside China/, key: 'reason.outsideChina' },
  // a ledger (台账) file the platform cannot read as a table
  { pattern: /不是有效的 XLSX 文件/, key: 'reason.ledgerNotXlsx' },
  { pattern: /不支持的文件类型/, key: 'reason.ledgerFileType' },
];

const CONFLICTS: ReasonRule[] = [
  { pattern: /Someone else changed/, key: 'errors.conflict.concurrent' },
  { pattern: /already registered|already exists|is taken/, key: 'errors.conflict.duplicate' },
  { pattern: /cancelled/, key: 'errors.conflict.cancelled' },
  { pattern: /problem is already/, key: 'errors.conflict.problemFinished' },
  { pattern: /deactivated/, key: 'errors.conflict.deactivated' },
  { pattern: /differs from the one that was checked/, key: 'errors.conflict.ledgerChanged' },
];

function firstMatch(rules: ReasonRule[], message: string): MessageRef | undefined {
  for (const rule of rules) {
    const match = rule.pattern.exec(message);
    if (match) return { key: rule.key, ...(rule.params ? { params: rule.params(match) } : {}) };
  }
  return undefined;
}

function describeApiError(error: ApiError): UserMessage {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return {
        key: error.field ? 'errors.badInput' : 'errors.badInputNoField',
        field: error.field,
        reason: firstMatch(REASONS, error.message) ?? { key: 'reason.invalid' },
      };
    case 'CONFLICT': {
      const conflict = firstMatch(CONFLICTS, error.message) ?? { key: 'errors.conflict.generic' };
      return { ...conflict, ...(error.field ? { field: error.field } : {}) };
    }
    case 'UNAUTHENTICATED':
      return { key: 'errors.unauthenticated' };
    case 'RATE_LIMITED':
      return { key: 'errors.rateLimited' };
    case 'FORBIDDEN':
      return { key: 'errors.forbidden' };
    case 'NOT_FOUND':
      return { key: 'errors.notFound' };
    case 'GRAPHQL_VALIDATION_FAILED':
      // The server does not know a field this app asks for: an older platform.
      return { key: 'errors.unsupported' };
    default:
      return { key: 'errors.internal' };
  }
}

export function describeError(source: ErrorSource): UserMessage {
  if (source.kind === 'network') return { key: 'errors.network' };
  if (source.kind === 'unknown' || source.errors.length === 0) return { key: 'errors.internal' };
  return describeApiError(source.errors[0]);
}

/** The i18n key naming an input field: `leader.name` → `fields.leaderName`, `milestones[2]` → `fields.milestones`. */
export function fieldLabelKey(field: string): string {
  const parts = field.replace(/\[\d+\]/g, '').split('.').filter(Boolean);
  const camel = parts.map((part, index) => (index === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('');
  return `fields.${camel}`;
}

/** The antd Form name path of an input field: `leader.name` → ['leader', 'name'], `milestones[2]` → ['milestones', 2]. */
export function fieldNamePath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** True when an error means the user must sign in (again). */
export const needsSignIn = (source: ErrorSource): boolean =>
  source.kind === 'api' && source.errors.some((error) => error.code === 'UNAUTHENTICATED');

/** True when the server does not offer an operation at all (a platform without sign-in, for one). */
export const isUnsupported = (source: ErrorSource): boolean =>
  source.kind === 'api' && source.errors.some((error) => error.code === 'GRAPHQL_VALIDATION_FAILED');
