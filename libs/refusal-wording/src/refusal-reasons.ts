/**
 * The reasons the platform gives when a rule refuses input or a change, read by pattern from
 * the domain's own (English, technical) messages. The app's forms and the platform's ledger
 * files both word a refusal from here, so a person reads the same reason wherever it reaches them.
 */

/** A refusal as the platform states it: a stable code, the input field at fault, and a message. */
export interface Refusal {
  code: string;
  message: string;
  field?: string;
}

/** A reason as a key of the texts (`reason.*`, `errors.conflict.*`) with the values it names. */
export interface ReasonRef {
  key: string;
  params?: Record<string, string | number>;
}

interface ReasonRule {
  pattern: RegExp;
  key: string;
  params?: (match: RegExpExecArray) => Record<string, string | number>;
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
  {
    pattern: new RegExp(`before the project was registered on ${day}`),
    key: 'reason.beforeRegistration',
    params: (m) => ({ date: m[1] }),
  },
  { pattern: new RegExp(`is before ${day}, when stage`), key: 'reason.stageOrder', params: (m) => ({ date: m[1] }) },
  { pattern: /has not begun yet/, key: 'reason.monthNotBegun' },
  {
    pattern: new RegExp(`is before the problem was raised on ${day}`),
    key: 'reason.beforeRaised',
    params: (m) => ({ date: m[1] }),
  },
  {
    pattern: new RegExp(`is before ${day}: a month is reported once it has begun`),
    key: 'reason.reportBeforeMonth',
    params: (m) => ({ date: m[1] }),
  },
  {
    pattern: new RegExp(`is before the report it corrects \\(${day}\\)`),
    key: 'reason.correctionBeforeReport',
    params: (m) => ({ date: m[1] }),
  },
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
  {
    pattern: /must add up to 100, they add up to (-?[\d.]+)/,
    key: 'reason.weightsSum',
    params: (m) => ({ sum: Number(m[1]) }),
  },
  { pattern: /must not be less than startDelayYellowMonths/, key: 'reason.redBeforeYellow' },
  { pattern: /give both coordinates or neither/, key: 'reason.coordinates' },
  { pattern: /must be one of/, key: 'reason.oneOf' },
  { pattern: /lower-case letters, digits/, key: 'reason.usernameFormat' },
  { pattern: /letters, digits, "\.", "_" or "-"/, key: 'reason.codeFormat' },
  { pattern: /may hold only digits/, key: 'reason.phone' },
  {
    pattern: /must be (\d+) to (\d+) characters/,
    key: 'reason.lengthRange',
    params: (m) => ({ min: Number(m[1]), max: Number(m[2]) }),
  },
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
  {
    pattern: /must be a GeoJSON FeatureCollection|has no features|not valid JSON|send the GeoJSON file/,
    key: 'reason.mapNotGeoJson',
  },
  { pattern: /coordinate system/, key: 'reason.mapNotWgs84' },
  { pattern: /positions: simplify|kB are kept|features; at most/, key: 'reason.mapTooDetailed' },
  { pattern: /lies outside China/, key: 'reason.outsideChina' },
  // a ledger (台账) file the platform cannot read as a table
  { pattern: /不是有效的 XLSX 文件/, key: 'reason.ledgerNotXlsx' },
  { pattern: /不支持的文件类型/, key: 'reason.ledgerFileType' },
];

/** The conflicts with what the platform stores that refuse a change, in the order they are tried. */
const CONFLICTS: ReasonRule[] = [
  { pattern: /Someone else changed/, key: 'errors.conflict.concurrent' },
  { pattern: /already registered|already exists|is taken/, key: 'errors.conflict.duplicate' },
  { pattern: /cancelled/, key: 'errors.conflict.cancelled' },
  { pattern: /problem is already/, key: 'errors.conflict.problemFinished' },
  { pattern: /deactivated/, key: 'errors.conflict.deactivated' },
  { pattern: /differs from the one that was checked/, key: 'errors.conflict.ledgerChanged' },
];

function firstMatch(rules: ReasonRule[], message: string): ReasonRef | undefined {
  for (const rule of rules) {
    const match = rule.pattern.exec(message);
    if (match) return { key: rule.key, ...(rule.params ? { params: rule.params(match) } : {}) };
  }
  return undefined;
}

/** Why input was refused; a message no rule knows reads as the generic reason, never as the platform's own words. */
export const inputReason = (message: string): ReasonRef => firstMatch(REASONS, message) ?? { key: 'reason.invalid' };

/** Which conflict with the data stored refused a change; an unknown one reads as the generic conflict. */
export const conflictReason = (message: string): ReasonRef =>
  firstMatch(CONFLICTS, message) ?? { key: 'errors.conflict.generic' };

/** The reason of a refusal of bad input or of a conflict; the other codes (not found, forbidden, …) give none. */
export function describeRefusal(refusal: Refusal): ReasonRef | undefined {
  if (refusal.code === 'BAD_USER_INPUT') return inputReason(refusal.message);
  if (refusal.code === 'CONFLICT') return conflictReason(refusal.message);
  return undefined;
}
