import type { CellValue } from 'exceljs';
import { compareText } from '@tuijin/domain-kernel';
import { CATEGORIES, CATEGORY_NAMES, STAGES, STAGE_NAMES } from '@tuijin/domain-projects';
import type { ProjectView } from '@tuijin/read-models';
import type { Ledger, LedgerChoices, LedgerColumn } from './ledger';

/**
 * The projects ledger (重点项目台账): one row per project with its annual plan, opening balance
 * (开累基数), 包保领导 and location, as district offices keep it in Excel.
 */
/** The column of a ledger whose rows are about the district's registered projects (reports, problems). */
export const PROJECT_OF_THE_DISTRICT = {
  key: 'code',
  header: '项目编码',
  aliases: ['项目代码', '编码'],
  kind: 'text',
  required: true,
  note: '本区县已登记项目的编码',
} as const satisfies LedgerColumn;

export const PROJECT_LEDGER = {
  name: 'projects',
  title: '重点项目台账',
  columns: [
    {
      key: 'code',
      header: '项目编码',
      aliases: ['项目代码', '编码'],
      kind: 'text',
      required: true,
      note: '区县内唯一；已有项目按编码更新',
    },
    { key: 'name', header: '项目名称', kind: 'text', required: true, note: '项目全称' },
    {
      key: 'category',
      header: '项目类别',
      aliases: ['类别'],
      kind: 'choice',
      choices: 'categories',
      required: true,
      note: '从下拉列表选择',
    },
    {
      key: 'leadUnit',
      header: '牵头单位',
      aliases: ['责任单位'],
      kind: 'choice',
      choices: 'units',
      required: true,
      note: '本区县的部门或乡镇，从下拉列表选择',
    },
    {
      key: 'totalInvestment',
      header: '总投资（万元）',
      aliases: ['总投资'],
      kind: 'amount',
      required: true,
      note: '单位万元',
    },
    {
      key: 'stage',
      header: '项目阶段',
      aliases: ['阶段'],
      kind: 'choice',
      choices: 'stages',
      required: false,
      note: '新项目默认谋划储备；已有项目的阶段请在系统中变更',
    },
    { key: 'registeredOn', header: '纳入日期', kind: 'day', required: false, note: '纳入重点项目的日期，默认导入当天' },
    { key: 'ownerEnterprise', header: '业主单位', kind: 'text', required: false, note: '项目业主（企业或机关）' },
    {
      key: 'township',
      header: '所在乡镇',
      aliases: ['所在镇街'],
      kind: 'text',
      required: false,
      note: '项目所在的乡镇或街道',
    },
    { key: 'longitude', header: '经度', kind: 'number', required: false, note: 'WGS84 经度，如 106.05' },
    { key: 'latitude', header: '纬度', kind: 'number', required: false, note: 'WGS84 纬度，如 29.84' },
    {
      key: 'description',
      header: '建设内容',
      aliases: ['建设规模及内容'],
      kind: 'text',
      required: false,
      note: '建设规模及主要内容',
    },
    {
      key: 'planYear',
      header: '计划年度',
      kind: 'year',
      required: false,
      note: '年度计划所属年份；填写年度计划时必填',
    },
    {
      key: 'plannedInvestment',
      header: '年度计划投资（万元）',
      aliases: ['年度计划投资'],
      kind: 'amount',
      required: false,
      note: '单位万元',
    },
    { key: 'plannedStartMonth', header: '计划开工月份', kind: 'month', required: false, note: '如 2025-03' },
    { key: 'plannedCompletionMonth', header: '计划竣工月份', kind: 'month', required: false, note: '如 2026-12' },
    {
      key: 'openingAsOfMonth',
      header: '开累截至月份',
      kind: 'month',
      required: false,
      note: '开累基数截至的月份，之后按月填报',
    },
    {
      key: 'cumulativeInvestment',
      header: '开累完成投资（万元）',
      kind: 'amount',
      required: false,
      note: '项目开工以来至截至月份完成的投资',
    },
    {
      key: 'yearToDateInvestment',
      header: '其中本年完成（万元）',
      kind: 'amount',
      required: false,
      note: '开累中截至月份所在年度完成的部分',
    },
    { key: 'leaderName', header: '包保领导', kind: 'text', required: false, note: '姓名' },
    { key: 'leaderPhone', header: '包保领导电话', kind: 'text', required: false, note: '手机号码' },
    { key: 'secretaryName', header: '服务秘书', aliases: ['服务专员'], kind: 'text', required: false, note: '姓名' },
    {
      key: 'secretaryPhone',
      header: '服务秘书电话',
      aliases: ['服务专员电话'],
      kind: 'text',
      required: false,
      note: '手机号码',
    },
  ],
} as const satisfies Ledger;

export type ProjectLedgerKey = (typeof PROJECT_LEDGER.columns)[number]['key'];

/** The choices every district shares; its units are added per district (see `unitChoices`). */
export const PROJECT_CHOICES: LedgerChoices = {
  categories: CATEGORIES.map((value) => ({ value, names: [CATEGORY_NAMES[value]] })),
  // 投运/达产达效 is how the app names OPERATING; both are accepted
  stages: STAGES.map((value) => ({
    value,
    names: value === 'OPERATING' ? [STAGE_NAMES[value], '投运/达产达效', '投运'] : [STAGE_NAMES[value]],
  })),
};

/** A district's units as a choice: by name or by code. */
export const unitChoices = (units: readonly { id: string; code: string; name: string }[]) =>
  units.map((unit) => ({ value: unit.id, names: [unit.name, unit.code] }));

/** The district's ledger as it stands, one row per project, in the columns of the template. */
export function projectLedgerRows(
  projects: readonly ProjectView[],
  units: readonly { id: string; name: string }[],
): Record<ProjectLedgerKey, CellValue>[] {
  const unitNames = new Map(units.map((unit) => [unit.id, unit.name]));
  const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
  return [...projects]
    .sort((a, b) => compareText(a.code, b.code))
    .map((project) => {
      // the latest year's plan: a ledger holds one plan per project, the one being worked to
      const plan = project.annualPlans.reduce<ProjectView['annualPlans'][number] | undefined>(
        (latest, candidate) => (latest && latest.year > candidate.year ? latest : candidate),
        undefined,
      );
      const balance = project.openingBalance;
      return {
        code: project.code,
        name: project.name,
        category: CATEGORY_NAMES[project.category],
        leadUnit: unitNames.get(project.leadUnitId) ?? null,
        totalInvestment: project.totalInvestment,
        stage: STAGE_NAMES[project.stage],
        registeredOn: day(project.registeredOn),
        ownerEnterprise: project.ownerEnterprise ?? null,
        township: project.township ?? null,
        longitude: project.longitude ?? null,
        latitude: project.latitude ?? null,
        description: project.description ?? null,
        planYear: plan?.year ?? null,
        plannedInvestment: plan?.plannedInvestment ?? null,
        plannedStartMonth: plan?.plannedStartMonth ?? null,
        plannedCompletionMonth: plan?.plannedCompletionMonth ?? null,
        openingAsOfMonth: balance?.asOfMonth ?? null,
        cumulativeInvestment: balance?.cumulativeInvestment ?? null,
        yearToDateInvestment: balance?.yearToDateInvestment ?? null,
        leaderName: project.leader?.name ?? null,
        leaderPhone: project.leader?.phone ?? null,
        secretaryName: project.serviceSecretary?.name ?? null,
        secretaryPhone: project.serviceSecretary?.phone ?? null,
      };
    });
}
