import { notFound } from '@tuijin/domain-kernel';
import { districtDecider, unitDecider, type UnitKind } from '@tuijin/domain-organization';
import { handlersOf } from '../commands/command-handler';
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

/** Ids of districts and units follow from their codes. */
const newDistrictId = (data: CreateDistrictInput) => districtIdFor(String(data.code));
const newUnitId = (data: CreateUnitInput) => unitIdFor(data.districtId, String(data.code));

const district = handlersOf(districtDecider);
const unit = handlersOf(unitDecider);

/** Districts (the tenants) and their responsible units. */
export const organizationHandlers = {
  CreateDistrict: district<CreateDistrictInput>({
    stream: (data) => streamOf.district(newDistrictId(data)),
    command: (data, _state, { metadata }) => ({
      type: 'CreateDistrict',
      today: metadata.today,
      districtId: newDistrictId(data),
      code: data.code,
      name: data.name,
    }),
    answer: (data) => ({ id: newDistrictId(data) }),
  }),

  RenameDistrict: district<{ districtId: string; name: string }>({
    stream: (data) => streamOf.district(data.districtId),
    command: (data, state, { metadata }) => {
      if (!state.exists) throw notFound('District', data.districtId);
      return { type: 'RenameDistrict', today: metadata.today, name: data.name };
    },
    answer: (data) => ({ id: data.districtId }),
  }),

  CreateUnit: unit<CreateUnitInput>({
    stream: (data) => streamOf.unit(newUnitId(data)),
    command: async (data, _state, { metadata, checks }) => {
      await checks.requireDistrict(data.districtId);
      return { type: 'CreateUnit', today: metadata.today, unitId: newUnitId(data), ...data };
    },
    answer: (data) => ({ id: newUnitId(data) }),
  }),

  SetReserveTarget: unit<SetReserveTargetInput>({
    stream: (data) => streamOf.unit(data.unitId),
    command: (data, state, { metadata }) => {
      if (!state.exists) throw notFound('Unit', data.unitId);
      return { type: 'SetReserveTarget', today: metadata.today, year: data.year, target: data.target };
    },
    answer: (data) => ({ id: data.unitId }),
  }),
};
