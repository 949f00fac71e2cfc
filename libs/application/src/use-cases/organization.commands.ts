import { invalid, notFound } from '@tuijin/domain-kernel';
import { userDecider } from '@tuijin/domain-accounts';
import { districtDecider, unitDecider, type UnitKind, type UnitState } from '@tuijin/domain-organization';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandContext, CommandResult } from '../command-context';
import { districtIdFor, streamOf, unitIdFor } from '../ids';

export interface CreateDistrictInput {
  code: string;
  name: string;
}

export interface CreateUnitInput {
  districtId: string;
  code: string;
  name: string;
  kind: UnitKind;
}

export interface SetReserveTargetInput {
  unitId: string;
  year: number;
  target: number;
}

export type ExistingUnit = Extract<UnitState, { exists: true }>;

/** Districts (the tenants) and their responsible units. */
export class OrganizationCommands {
  constructor(private readonly aggregates: AggregateRepository) {}

  async createDistrict(input: CreateDistrictInput, context: CommandContext): Promise<CommandResult> {
    const districtId = districtIdFor(String(input.code));
    return this.aggregates.execute(
      districtDecider,
      streamOf.district(districtId),
      () => ({ type: 'CreateDistrict' as const, today: context.today, districtId, code: input.code, name: input.name }),
      context,
      () => ({ id: districtId }),
    );
  }

  async renameDistrict(input: { districtId: string; name: string }, context: CommandContext): Promise<CommandResult> {
    await this.requireDistrict(input.districtId);
    return this.aggregates.execute(
      districtDecider,
      streamOf.district(input.districtId),
      () => ({ type: 'RenameDistrict' as const, today: context.today, name: input.name }),
      context,
      () => ({ id: input.districtId }),
    );
  }

  async createUnit(input: CreateUnitInput, context: CommandContext): Promise<CommandResult> {
    await this.requireDistrict(input.districtId);
    const unitId = unitIdFor(input.districtId, String(input.code));
    return this.aggregates.execute(
      unitDecider,
      streamOf.unit(unitId),
      () => ({ type: 'CreateUnit' as const, today: context.today, unitId, ...input }),
      context,
      () => ({ id: unitId }),
    );
  }

  async setReserveTarget(input: SetReserveTargetInput, context: CommandContext): Promise<CommandResult> {
    await this.requireUnit(input.unitId);
    return this.aggregates.execute(
      unitDecider,
      streamOf.unit(input.unitId),
      () => ({ type: 'SetReserveTarget' as const, today: context.today, year: input.year, target: input.target }),
      context,
      () => ({ id: input.unitId }),
    );
  }

  async requireDistrict(districtId: string): Promise<void> {
    const { state } = await this.aggregates.load(districtDecider, streamOf.district(districtId));
    if (!state.exists) throw notFound('District', districtId);
  }

  async requireUnit(unitId: string): Promise<ExistingUnit> {
    const { state } = await this.aggregates.load(unitDecider, streamOf.unit(unitId));
    if (!state.exists) throw notFound('Unit', unitId);
    return state;
  }

  /** A unit named on a project must be one of the project's district's own units. */
  async requireUnitOfDistrict(field: string, unitId: string, districtId: string): Promise<ExistingUnit> {
    const { state } = await this.aggregates.load(unitDecider, streamOf.unit(String(unitId)));
    if (!state.exists || state.districtId !== districtId) {
      throw invalid(field, `${field} "${unitId}" is not a unit of this district`);
    }
    return state;
  }

  /**
   * A user account named on a project (its 包保领导 or service secretary) must reach the project's
   * district: an account of another district would be handed a project it may not see.
   */
  async requireUserOfDistrict(field: string, userId: string, districtId: string): Promise<void> {
    const { state } = await this.aggregates.load(userDecider, streamOf.user(String(userId)));
    const reaches = state.exists && (state.role === 'CITY_ADMIN' || state.districtIds.includes(districtId));
    if (!reaches) throw invalid(field, `${field} "${userId}" is not a user account of this district`);
  }
}
