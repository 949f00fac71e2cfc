import { useTranslation } from 'react-i18next';
import { CommandModal } from '../../components/CommandModal';
import { EnumField, NumberField, TextField } from '../../components/form-fields';
import type { UnitKind } from '../../gql/graphql';
import { UNIT_KINDS } from '../../lib/enums';
import { CreateDistrictMutation, CreateUnitMutation, RenameDistrictMutation, SetReserveTargetMutation } from './admin.operations';

interface ModalProps {
  open: boolean;
  onClose: () => void;
}

/** 新增责任单位. */
export function CreateUnitForm({ districtId, open, onClose }: ModalProps & { districtId: string }) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('units.create')}
      mutation={CreateUnitMutation}
      successText={t('units.created')}
      initialValues={{ kind: 'DEPARTMENT' }}
      toVariables={(v: { code: string; name: string; kind: UnitKind }) => ({
        input: { districtId, code: v.code.trim(), name: v.name.trim(), kind: v.kind },
      })}
    >
      <TextField name="code" label={t('fields.unitCode')} required max={40} placeholder={t('units.codePlaceholder')} />
      <TextField name="name" label={t('fields.unitName')} required max={100} />
      <EnumField name="kind" label={t('fields.kind')} values={UNIT_KINDS} prefix="unitKind" required />
    </CommandModal>
  );
}

/** 谋划储备目标: how many projects the unit should bring into RESERVE in a year. */
export function ReserveTargetForm({
  unit,
  year,
  open,
  onClose,
}: ModalProps & { unit: { id: string; name: string; reserveTargets: readonly { year: number; target: number }[] }; year: number }) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('units.reserveTargetFor', { name: unit.name })}
      mutation={SetReserveTargetMutation}
      successText={t('commands.saved')}
      initialValues={{ year, target: unit.reserveTargets.find((r) => r.year === year)?.target }}
      toVariables={(v: { year: number; target: number }) => ({ input: { unitId: unit.id, year: v.year, target: v.target } })}
    >
      <NumberField name="year" label={t('fields.year')} required min={2000} max={2100} integer />
      <NumberField name="target" label={t('fields.target')} required min={0} max={10000} integer />
    </CommandModal>
  );
}

/** 新增区县 (city administrators). */
export function CreateDistrictForm({ open, onClose }: ModalProps) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('districts.create')}
      mutation={CreateDistrictMutation}
      successText={t('districts.created')}
      toVariables={(v: { code: string; name: string }) => ({ input: { code: v.code.trim(), name: v.name.trim() } })}
    >
      <TextField name="code" label={t('fields.districtCode')} required max={40} placeholder={t('districts.codePlaceholder')} />
      <TextField name="name" label={t('fields.districtName')} required max={100} />
    </CommandModal>
  );
}

export function RenameDistrictForm({ district, open, onClose }: ModalProps & { district: { id: string; name: string } }) {
  const { t } = useTranslation();
  return (
    <CommandModal
      open={open}
      onClose={onClose}
      title={t('districts.rename')}
      mutation={RenameDistrictMutation}
      successText={t('commands.saved')}
      initialValues={{ name: district.name }}
      toVariables={(v: { name: string }) => ({ input: { districtId: district.id, name: v.name.trim() } })}
    >
      <TextField name="name" label={t('fields.districtName')} required max={100} />
    </CommandModal>
  );
}
