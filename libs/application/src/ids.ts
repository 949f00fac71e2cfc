import { createHash } from 'crypto';

/**
 * Ids of districts, units and projects are derived from their codes (a name-based
 * UUID, as in RFC 4122 version 5), so registering a code twice lands on the same
 * stream and the store's "stream must not exist" check rejects it atomically,
 * in any topology, with no separate uniqueness index.
 */
function nameBasedId(namespace: string, name: string): string {
  const hex = createHash('sha1').update(`tuijin:${namespace}:${name}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const districtIdFor = (code: string): string => nameBasedId('district', code);
export const unitIdFor = (districtId: string, code: string): string => nameBasedId('unit', `${districtId}/${code}`);
export const userIdFor = (username: string): string => nameBasedId('user', username);
export const projectIdFor = (districtId: string, code: string): string =>
  nameBasedId('project', `${districtId}/${code}`);

/** Problems live in their project's stream; the id says which project, so no lookup is needed. */
export const problemIdFor = (projectId: string, sequence: number): string => `${projectId}:${sequence}`;
export const projectIdOfProblem = (problemId: string): string => problemId.slice(0, problemId.lastIndexOf(':'));

export const streamOf = {
  district: (id: string) => `district-${id}`,
  unit: (id: string) => `unit-${id}`,
  project: (id: string) => `project-${id}`,
  ruleBook: (districtId: string) => `rulebook-${districtId}`,
  user: (id: string) => `user-${id}`,
  /** A district's map (its outline and townships), kept apart from the district itself. */
  districtMap: (districtId: string) => `districtmap-${districtId}`,
  /** Whether a district's open data is public. */
  openData: (districtId: string) => `opendata-${districtId}`,
  bulletinBook: (districtId: string) => `bulletins-${districtId}`,
  /** A district's book of ledger (台账) imports. */
  ledgerImports: (districtId: string) => `ledgerimports-${districtId}`,
};
