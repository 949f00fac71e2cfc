import type { DomainEvent } from '@tuijin/domain-kernel';

export const UNIT_KINDS = ['DEPARTMENT', 'TOWNSHIP'] as const;
/** 部门 (department) or 乡镇/街道 (township or street). */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A responsible unit (责任单位): leads projects and is what gets ranked. */
export type UnitCommand =
  | {
      type: 'CreateUnit';
      today: string;
      unitId: string;
      districtId: string;
      code: string;
      name: string;
      kind: UnitKind;
    }
  | { type: 'RenameUnit'; today: string; name: string }
  | { type: 'SetReserveTarget'; today: string; year: number; target: number };

export type UnitEvent =
  | DomainEvent<'UnitCreated', { unitId: string; districtId: string; code: string; name: string; kind: UnitKind }>
  | DomainEvent<'UnitRenamed', { name: string }>
  | DomainEvent<'ReserveTargetSet', { year: number; target: number }>;

export type UnitState =
  | { exists: false }
  | {
      exists: true;
      unitId: string;
      districtId: string;
      code: string;
      name: string;
      kind: UnitKind;
      /** Yearly reserve targets (谋划储备目标), keyed by year. */
      reserveTargets: Record<number, number>;
    };
