import { projectIdFor, type CommandData } from '@tuijin/application';
import type { AnnualPlan, OpeningBalance, Person, ProjectDetails } from '@tuijin/domain-projects';
import type { ProjectView } from '@tuijin/read-models';
import type { LedgerIssue, LedgerRow, LedgerValue } from './ledger';
import type { LedgerKind, PlannedCommand as PlannedCommandOf, RowPlan as RowPlanOf } from './ledger-kind';
import { firstOccurrence, headerOf, together } from './ledger-rows';
import { PROJECT_CHOICES, PROJECT_LEDGER, unitChoices, type ProjectLedgerKey } from './project-ledger';

type PlannedCommand = PlannedCommandOf<ProjectLedgerKey>;
type RowPlan = RowPlanOf<ProjectLedgerKey>;

export interface ProjectLedgerContext {
  districtId: string;
  /** The district's projects as they stand, by code. */
  existing: ReadonlyMap<string, ProjectView>;
}

type Values = Partial<Record<ProjectLedgerKey, LedgerValue>>;

const DETAIL_KEYS = [
  'name',
  'category',
  'totalInvestment',
  'ownerEnterprise',
  'township',
  'longitude',
  'latitude',
  'description',
] as const satisfies readonly (keyof ProjectDetails & ProjectLedgerKey)[];

/** Columns that only make sense together: a row fills all of a group or none of it. */
const GROUPS = {
  plan: ['planYear', 'plannedInvestment', 'plannedStartMonth', 'plannedCompletionMonth'],
  openingBalance: ['openingAsOfMonth', 'cumulativeInvestment', 'yearToDateInvestment'],
} as const satisfies Record<string, readonly ProjectLedgerKey[]>;

const header = (key: ProjectLedgerKey) => headerOf(PROJECT_LEDGER, key);
const text = (values: Values, key: ProjectLedgerKey) => values[key] as string | undefined;
const number = (values: Values, key: ProjectLedgerKey) => values[key] as number | undefined;

/**
 * The person a row names, against the one on record: the same name keeps the recorded phone
 * (when the row leaves it blank) and the account it is linked to, which a ledger cannot name.
 */
function person(name: string | undefined, phone: string | undefined, current: Person | undefined): Person | undefined {
  if (name === undefined) return undefined;
  const same = current?.name === name;
  const kept = phone ?? (same ? current?.phone : undefined);
  return {
    name,
    ...(kept === undefined ? {} : { phone: kept }),
    ...(same && current?.userId ? { userId: current.userId } : {}),
  };
}
const samePerson = (a: Person | undefined, b: Person) => a?.name === b.name && a?.phone === b.phone;

/**
 * The commands that make each project as its row describes it: a new code registers a project
 * with its plan, opening balance, leader and service secretary; a known code changes only what
 * differs (a blank optional cell leaves the value as it is). A row that asks for nothing new
 * plans nothing, so importing the same ledger twice changes nothing.
 */
export function projectLedgerCommands(
  rows: readonly LedgerRow<ProjectLedgerKey>[],
  context: ProjectLedgerContext,
): { plans: RowPlan[]; issues: LedgerIssue[] } {
  const issues: LedgerIssue[] = [];
  const plans: RowPlan[] = [];
  const first = firstOccurrence();
  for (const read of rows) {
    const { row, values } = read;
    const code = text(values, 'code');
    if (code === undefined) continue; // reported as a required cell already
    const earlier = first(code, row);
    if (earlier !== undefined) {
      issues.push({ row, column: header('code'), value: code, message: `项目编码与第${earlier}行重复` });
      continue;
    }
    const project = context.existing.get(code);
    const projectId = project?.id ?? projectIdFor(context.districtId, code);
    const commands: PlannedCommand[] = project
      ? changesOf(project, values)
      : registration(context.districtId, code, values);
    const hasPlan = together(PROJECT_LEDGER, read, GROUPS.plan, issues);
    const hasBalance = together(PROJECT_LEDGER, read, GROUPS.openingBalance, issues);
    if (hasPlan) {
      const plan: Omit<AnnualPlan, 'milestones'> = {
        year: number(values, 'planYear') as number,
        plannedInvestment: number(values, 'plannedInvestment') as number,
        plannedStartMonth: text(values, 'plannedStartMonth') as string,
        plannedCompletionMonth: text(values, 'plannedCompletionMonth') as string,
      };
      const known = project?.annualPlans.find((p) => p.year === plan.year);
      const same =
        known &&
        known.plannedInvestment === plan.plannedInvestment &&
        known.plannedStartMonth === plan.plannedStartMonth &&
        known.plannedCompletionMonth === plan.plannedCompletionMonth;
      if (!same)
        commands.push({
          type: 'SetAnnualPlan',
          data: { projectId, ...plan, milestones: known?.milestones },
          columns: GROUPS.plan,
        });
    }
    if (hasBalance) {
      const balance: OpeningBalance = {
        asOfMonth: text(values, 'openingAsOfMonth') as string,
        cumulativeInvestment: number(values, 'cumulativeInvestment') as number,
        yearToDateInvestment: number(values, 'yearToDateInvestment') as number,
      };
      const known = project?.openingBalance;
      const same =
        known &&
        known.asOfMonth === balance.asOfMonth &&
        known.cumulativeInvestment === balance.cumulativeInvestment &&
        known.yearToDateInvestment === balance.yearToDateInvestment;
      if (!same)
        commands.push({ type: 'SetOpeningBalance', data: { projectId, ...balance }, columns: GROUPS.openingBalance });
    }
    const leader = person(text(values, 'leaderName'), text(values, 'leaderPhone'), project?.leader);
    if (leader && !samePerson(project?.leader, leader))
      commands.push({ type: 'AssignLeader', data: { projectId, leader }, columns: ['leaderName', 'leaderPhone'] });
    const secretary = person(text(values, 'secretaryName'), text(values, 'secretaryPhone'), project?.serviceSecretary);
    if (secretary && !samePerson(project?.serviceSecretary, secretary))
      commands.push({
        type: 'AssignServiceSecretary',
        data: { projectId, secretary },
        columns: ['secretaryName', 'secretaryPhone'],
      });
    plans.push({ row, key: code, id: projectId, isNew: !project, commands });
  }
  return { plans, issues };
}

function registration(districtId: string, code: string, values: Values): PlannedCommand[] {
  const details = Object.fromEntries(
    DETAIL_KEYS.flatMap((key) => (values[key] === undefined ? [] : [[key, values[key]]])),
  );
  return [
    {
      type: 'RegisterProject',
      data: {
        ...(details as Pick<ProjectDetails, 'name' | 'category' | 'totalInvestment'>),
        districtId,
        code,
        leadUnitId: text(values, 'leadUnit') as string,
        ...(values.stage === undefined ? {} : { stage: values.stage as CommandData<'RegisterProject'>['stage'] }),
        ...(values.registeredOn === undefined ? {} : { occurredOn: text(values, 'registeredOn') }),
      },
      columns: ['code', 'name', 'category', 'leadUnit', 'totalInvestment', 'stage', 'registeredOn', ...DETAIL_KEYS],
    },
  ];
}

function changesOf(project: ProjectView, values: Values): PlannedCommand[] {
  const projectId = project.id;
  const commands: PlannedCommand[] = [];
  const changed = DETAIL_KEYS.filter((key) => values[key] !== undefined && values[key] !== project[key]);
  if (changed.length > 0)
    commands.push({
      type: 'ReviseProjectDetails',
      data: { projectId, changes: Object.fromEntries(changed.map((key) => [key, values[key]])) },
      columns: changed,
    });
  const leadUnitId = text(values, 'leadUnit');
  if (leadUnitId !== undefined && leadUnitId !== project.leadUnitId)
    commands.push({ type: 'ChangeLeadUnit', data: { projectId, leadUnitId }, columns: ['leadUnit'] });
  const stage = values.stage as ProjectView['stage'] | undefined;
  if (stage !== undefined && stage !== project.stage)
    commands.push({ type: 'ChangeStage', data: { projectId, stage }, columns: ['stage'] });
  return commands;
}

/** The projects ledger (重点项目台账) as a kind of import. */
export const PROJECTS: LedgerKind<ProjectLedgerKey> = {
  ledger: PROJECT_LEDGER,
  async choices(districtId, queries) {
    return { ...PROJECT_CHOICES, units: unitChoices(await queries.units(districtId)) };
  },
  async plan(rows, districtId, queries) {
    const codes = [...new Set(rows.flatMap((r) => (typeof r.values.code === 'string' ? [r.values.code] : [])))];
    const existing = await queries.projectsByIds(codes.map((code) => projectIdFor(districtId, code)));
    return projectLedgerCommands(rows, { districtId, existing: new Map(existing.map((p) => [p.code, p])) });
  },
  fieldColumns: {
    leadUnitId: 'leadUnit',
    occurredOn: 'registeredOn',
    year: 'planYear',
    asOfMonth: 'openingAsOfMonth',
    'leader.name': 'leaderName',
    'leader.phone': 'leaderPhone',
    'secretary.name': 'secretaryName',
    'secretary.phone': 'secretaryPhone',
  },
};
