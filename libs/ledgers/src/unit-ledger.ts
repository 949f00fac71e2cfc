import { unitIdFor } from '@tuijin/application';
import { UNIT_KINDS, type UnitKind } from '@tuijin/domain-organization';
import type { UnitView } from '@tuijin/read-models';
import type { Ledger, LedgerChoices, LedgerIssue, LedgerRow } from './ledger';
import type { LedgerKind, PlannedCommand, RowPlan } from './ledger-kind';
import { firstOccurrence, headerOf, readCleanly, together } from './ledger-rows';

/**
 * The units ledger (责任单位台账): the district's departments and townships with, optionally, a
 * year's reserve target (谋划储备目标: how many projects the unit should bring into 谋划储备).
 */
export const UNIT_LEDGER = {
  name: 'units',
  title: '责任单位台账',
  columns: [
    {
      key: 'code',
      header: '单位编码',
      aliases: ['单位代码', '编码'],
      kind: 'text',
      required: true,
      note: '区县内唯一，如 FGW；已有单位按编码核对',
    },
    {
      key: 'name',
      header: '单位名称',
      aliases: ['责任单位', '单位'],
      kind: 'text',
      required: true,
      note: '单位全称；已有单位的名称不能通过台账修改',
    },
    {
      key: 'kind',
      header: '单位类型',
      aliases: ['类型'],
      kind: 'choice',
      choices: 'unitKinds',
      required: true,
      note: '部门或乡镇/街道，从下拉列表选择；已有单位的类型不能通过台账修改',
    },
    {
      key: 'year',
      header: '年度',
      aliases: ['目标年度'],
      kind: 'year',
      required: false,
      note: '储备项目目标所属年份；与储备项目目标一并填写',
    },
    {
      key: 'reserveTarget',
      header: '储备项目目标（个）',
      aliases: ['储备项目目标', '谋划储备目标'],
      kind: 'number',
      required: false,
      note: '该年度应新纳入谋划储备的项目个数（整数）；与年度一并填写，同一年度再次填写即改为新目标',
    },
  ],
} as const satisfies Ledger;

export type UnitLedgerKey = (typeof UNIT_LEDGER.columns)[number]['key'];

/** 部门 or 乡镇/街道, as the app names the kinds; 乡镇 and 街道 alone are accepted too. */
export const UNIT_KIND_NAMES: Record<UnitKind, string> = { DEPARTMENT: '部门', TOWNSHIP: '乡镇/街道' };
const UNIT_CHOICES: LedgerChoices = {
  unitKinds: UNIT_KINDS.map((value) => ({
    value,
    names: value === 'TOWNSHIP' ? [UNIT_KIND_NAMES[value], '乡镇', '街道'] : [UNIT_KIND_NAMES[value]],
  })),
};

const TARGET: readonly UnitLedgerKey[] = ['year', 'reserveTarget'];
const header = (key: UnitLedgerKey) => headerOf(UNIT_LEDGER, key);

/**
 * The commands that make each unit as its row says: a new code creates the unit; a year's target
 * that differs from the one on record sets it. A known unit's name and kind are as they are: no
 * command renames a unit or changes its kind, so a row saying otherwise is an issue at that cell.
 */
export function unitLedgerCommands(
  rows: readonly LedgerRow<UnitLedgerKey>[],
  districtId: string,
  existing: readonly UnitView[],
): { plans: RowPlan<UnitLedgerKey>[]; issues: LedgerIssue[] } {
  const byCode = new Map(existing.map((unit) => [unit.code, unit]));
  const issues: LedgerIssue[] = [];
  const plans: RowPlan<UnitLedgerKey>[] = [];
  const first = firstOccurrence();
  for (const row of rows) {
    const { values } = row;
    const code = values.code as string | undefined;
    if (code === undefined) continue; // reported as a required cell already
    const earlier = first(code, row.row);
    if (earlier !== undefined) {
      issues.push({ row: row.row, column: header('code'), value: code, message: `单位编码与第${earlier}行重复` });
      continue;
    }
    if (!readCleanly(UNIT_LEDGER, row)) continue;
    const name = values.name as string;
    const kind = values.kind as UnitKind;
    const unit = byCode.get(code);
    const before = issues.length;
    if (unit && unit.name !== name)
      issues.push({
        row: row.row,
        column: header('name'),
        value: name,
        message: `编码为“${code}”的单位在系统中名为“${unit.name}”；台账不能修改已有单位的名称`,
      });
    if (unit && unit.kind !== kind)
      issues.push({
        row: row.row,
        column: header('kind'),
        value: row.cells.kind ?? '',
        message: `编码为“${code}”的单位在系统中的类型为“${UNIT_KIND_NAMES[unit.kind]}”；台账不能修改已有单位的类型`,
      });
    const hasTarget = together(UNIT_LEDGER, row, TARGET, issues);
    if (issues.length > before) continue;
    const unitId = unit?.id ?? unitIdFor(districtId, code);
    const commands: PlannedCommand<UnitLedgerKey>[] = unit
      ? []
      : [{ type: 'CreateUnit', data: { districtId, code, name, kind }, columns: ['code', 'name', 'kind'] }];
    if (hasTarget) {
      const year = values.year as number;
      const target = values.reserveTarget as number;
      const known = unit?.reserveTargets.find((entry) => entry.year === year);
      if (known?.target !== target)
        commands.push({ type: 'SetReserveTarget', data: { unitId, year, target }, columns: ['reserveTarget', 'year'] });
    }
    plans.push({ row: row.row, key: code, id: unitId, isNew: !unit, commands });
  }
  return { plans, issues };
}

/** The units ledger (责任单位台账) as a kind of import. */
export const UNITS: LedgerKind<UnitLedgerKey> = {
  ledger: UNIT_LEDGER,
  async choices() {
    return UNIT_CHOICES;
  },
  async plan(rows, districtId, queries) {
    return unitLedgerCommands(rows, districtId, await queries.units(districtId));
  },
  fieldColumns: { target: 'reserveTarget' },
};
