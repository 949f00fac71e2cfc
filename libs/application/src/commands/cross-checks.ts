import { userDecider } from '@tuijin/domain-accounts';
import { invalid, notFound, type Decider } from '@tuijin/domain-kernel';
import { districtDecider, unitDecider } from '@tuijin/domain-organization';
import { streamOf } from '../ids';
import type { NewEvent } from '../ports/event-store';

/** Reads an aggregate's state: from the store, or in a dry run with the batch's earlier events folded in. */
export type LoadState = <C, E extends NewEvent, S>(
  decider: Decider<C, E, S>,
  streamId: string,
) => Promise<{ state: S }>;

/** What a command checks in aggregates other than its own. */
export interface CrossChecks {
  requireDistrict(districtId: string): Promise<void>;
  /** A unit named on a project must be one of the project's district's own units. */
  requireUnitOfDistrict(field: string, unitId: string, districtId: string | undefined): Promise<void>;
  /**
   * A user account named on a project (its 包保领导 or service secretary) must reach the project's
   * district: an account of another district would be handed a project it may not see.
   */
  requireUserOfDistrict(field: string, userId: string, districtId: string): Promise<void>;
}

export function crossChecks(load: LoadState): CrossChecks {
  return {
    async requireDistrict(districtId) {
      const { state } = await load(districtDecider, streamOf.district(districtId));
      if (!state.exists) throw notFound('District', districtId);
    },
    async requireUnitOfDistrict(field, unitId, districtId) {
      const { state } = await load(unitDecider, streamOf.unit(String(unitId)));
      if (!state.exists || state.districtId !== districtId) {
        throw invalid(field, `${field} "${unitId}" is not a unit of this district`);
      }
    },
    async requireUserOfDistrict(field, userId, districtId) {
      const { state } = await load(userDecider, streamOf.user(String(userId)));
      const reaches = state.exists && (state.role === 'CITY_ADMIN' || state.districtIds.includes(districtId));
      if (!reaches) throw invalid(field, `${field} "${userId}" is not a user account of this district`);
    },
  };
}
