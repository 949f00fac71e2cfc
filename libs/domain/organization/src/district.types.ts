import type { DomainEvent } from '@tuijin/domain-kernel';

/** A district (区/县/开发区) is the tenant: everything else belongs to exactly one. */
export type DistrictCommand =
  | { type: 'CreateDistrict'; today: string; districtId: string; code: string; name: string }
  | { type: 'RenameDistrict'; today: string; name: string };

export type DistrictEvent =
  | DomainEvent<'DistrictCreated', { districtId: string; code: string; name: string }>
  | DomainEvent<'DistrictRenamed', { name: string }>;

export type DistrictState = { exists: false } | { exists: true; districtId: string; code: string; name: string };
