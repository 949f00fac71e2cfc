import { problemIdFor, projectIdFor } from '@tuijin/application';
import { PROBLEM_CATEGORIES, PROBLEM_CATEGORY_NAMES, type ProblemCategory } from '@tuijin/domain-projects';
import type { ProblemView, ProjectView } from '@tuijin/read-models';
import type { Ledger, LedgerChoices, LedgerIssue, LedgerRow } from './ledger';
import type { LedgerKind, PlannedCommand, RowPlan } from './ledger-kind';
import { firstOccurrence, headerOf, readCleanly, together } from './ledger-rows';
import { PROJECT_OF_THE_DISTRICT, unitChoices } from './project-ledger';

/**
 * The problems ledger (问题台账): the problems of the district's projects, as offices track them
 * until they are solved. Its headers are those of the problems list's export, so an exported
 * 问题台账 reads back as this ledger (its 项目名称 and 办理状态 columns are not read).
 */
export const PROBLEM_LEDGER = {
  name: 'problems',
  title: '问题台账',
  columns: [
    PROJECT_OF_THE_DISTRICT,
    {
      key: 'category',
      header: '问题类别',
      aliases: ['类别'],
      kind: 'choice',
      choices: 'problemCategories',
      required: true,
      note: '从下拉列表选择',
    },
    {
      key: 'description',
      header: '问题描述',
      aliases: ['存在问题', '问题'],
      kind: 'text',
      required: true,
      note: '同一项目、问题描述和提出日期相同的是同一个问题：再次导入不会重复登记',
    },
    {
      key: 'owner',
      header: '责任单位',
      aliases: ['办理单位'],
      kind: 'choice',
      choices: 'units',
      required: false,
      note: '本区县的部门或乡镇，从下拉列表选择；留空为项目的牵头单位。已有问题改填其他单位即交办该单位',
    },
    {
      key: 'raisedOn',
      header: '提出日期',
      kind: 'day',
      required: true,
      note: '问题提出的日期',
    },
    {
      key: 'dueOn',
      header: '办结时限',
      kind: 'day',
      required: true,
      note: '应办结的日期',
    },
    {
      key: 'resolvedOn',
      header: '办结日期',
      kind: 'day',
      required: false,
      note: '问题已解决时填写，与办理结果一并填写',
    },
    {
      key: 'resolution',
      header: '办理结果',
      kind: 'text',
      required: false,
      note: '如何解决的；与办结日期一并填写',
    },
  ],
} as const satisfies Ledger;

export type ProblemLedgerKey = (typeof PROBLEM_LEDGER.columns)[number]['key'];

const PROBLEM_CHOICES: LedgerChoices = {
  problemCategories: PROBLEM_CATEGORIES.map((value) => ({ value, names: [PROBLEM_CATEGORY_NAMES[value]] })),
};

const RESOLUTION: readonly ProblemLedgerKey[] = ['resolvedOn', 'resolution'];
const header = (key: ProblemLedgerKey) => headerOf(PROBLEM_LEDGER, key);

export interface ProblemLedgerContext {
  districtId: string;
  /** The district's projects the rows name, by code. */
  projects: ReadonlyMap<string, ProjectView>;
  /** Every problem of those projects (open or not), by project id. */
  problems: ReadonlyMap<string, readonly ProblemView[]>;
}

/** A problem is the one on record when the project, the description and the day it was raised match. */
const sameProblem = (problem: ProblemView, description: string, raisedOn: string) =>
  problem.description === description && problem.raisedOn === raisedOn;

/**
 * The commands that put each row's problem on record: a new problem is raised (numbered after the
 * project's problems, several of one project in a row) and, when the row gives its 办结日期 and
 * 办理结果, resolved; a known problem is resolved or assigned to another unit when the row says
 * so, and otherwise needs nothing. Its category and due day are as they are: no command changes them.
 */
export function problemLedgerCommands(
  rows: readonly LedgerRow<ProblemLedgerKey>[],
  context: ProblemLedgerContext,
): { plans: RowPlan<ProblemLedgerKey>[]; issues: LedgerIssue[] } {
  const issues: LedgerIssue[] = [];
  const plans: RowPlan<ProblemLedgerKey>[] = [];
  const first = firstOccurrence();
  /** How many problems each project has once the rows before are raised. */
  const counts = new Map<string, number>();
  for (const row of rows) {
    const { values, cells } = row;
    const code = values.code as string | undefined;
    if (code === undefined) continue; // reported as a required cell already
    const project = context.projects.get(code);
    if (!project) {
      issues.push({ row: row.row, column: header('code'), value: code, message: `本区县没有编码为“${code}”的项目` });
      continue;
    }
    if (!readCleanly(PROBLEM_LEDGER, row)) continue;
    const description = values.description as string;
    const raisedOn = values.raisedOn as string;
    const earlier = first(`${code}\n${description}\n${raisedOn}`, row.row);
    if (earlier !== undefined) {
      issues.push({
        row: row.row,
        column: header('description'),
        value: description,
        message: `与第${earlier}行是同一个问题（项目、问题描述和提出日期相同）`,
      });
      continue;
    }
    const category = values.category as ProblemCategory;
    const dueOn = values.dueOn as string;
    const ownerUnitId = values.owner as string | undefined;
    const resolvedOn = values.resolvedOn as string | undefined;
    const resolution = values.resolution as string | undefined;
    const recorded = context.problems.get(project.id) ?? [];
    const known = recorded.find((problem) => sameProblem(problem, description, raisedOn));
    const before = issues.length;
    const key = `${code} ${raisedOn} ${description}`;
    if (known) {
      if (known.category !== category)
        issues.push({
          row: row.row,
          column: header('category'),
          value: cells.category ?? '',
          message: `该问题在系统中的问题类别为“${PROBLEM_CATEGORY_NAMES[known.category]}”；台账不能修改已登记问题的类别`,
        });
      if (known.dueOn !== dueOn)
        issues.push({
          row: row.row,
          column: header('dueOn'),
          value: cells.dueOn ?? '',
          message: `该问题在系统中的办结时限为 ${known.dueOn}；台账不能修改已登记问题的办结时限`,
        });
      // as the problems list exports it: a closed problem's reason stands where a resolution would
      const asRecorded =
        (resolvedOn ?? '') === (known.resolvedOn ?? '') &&
        (resolution ?? '') === (known.resolution ?? known.closedReason ?? '');
      const resolves = !asRecorded && together(PROBLEM_LEDGER, row, RESOLUTION, issues);
      if (issues.length > before) continue;
      const commands: PlannedCommand<ProblemLedgerKey>[] = [];
      if (ownerUnitId !== undefined && ownerUnitId !== known.ownerUnitId)
        commands.push({ type: 'AssignProblem', data: { problemId: known.id, ownerUnitId }, columns: ['owner'] });
      if (resolves)
        commands.push({
          type: 'ResolveProblem',
          data: { problemId: known.id, resolvedOn: resolvedOn as string, resolution: resolution as string },
          columns: ['resolvedOn', 'resolution'],
        });
      plans.push({ row: row.row, key, id: known.id, isNew: false, commands });
      continue;
    }
    const resolves = together(PROBLEM_LEDGER, row, RESOLUTION, issues);
    if (issues.length > before) continue;
    const number = (counts.get(project.id) ?? recorded.length) + 1;
    counts.set(project.id, number);
    const problemId = problemIdFor(project.id, number);
    const commands: PlannedCommand<ProblemLedgerKey>[] = [
      {
        type: 'RaiseProblem',
        data: {
          projectId: project.id,
          category,
          description,
          raisedOn,
          dueOn,
          ...(ownerUnitId === undefined ? {} : { ownerUnitId }),
          // the number the rows before give it: the import is refused if the project's problems changed meanwhile
          problemId,
        },
        columns: ['description', 'code', 'category', 'owner', 'raisedOn', 'dueOn'],
      },
    ];
    if (resolves)
      commands.push({
        type: 'ResolveProblem',
        data: { problemId, resolvedOn: resolvedOn as string, resolution: resolution as string },
        columns: ['resolvedOn', 'resolution'],
      });
    plans.push({ row: row.row, key, id: problemId, isNew: true, commands });
  }
  return { plans, issues };
}

/** The problems ledger (问题台账) as a kind of import. */
export const PROBLEMS: LedgerKind<ProblemLedgerKey> = {
  ledger: PROBLEM_LEDGER,
  async choices(districtId, queries) {
    return { ...PROBLEM_CHOICES, units: unitChoices(await queries.units(districtId)) };
  },
  async plan(rows, districtId, queries) {
    const codes = [...new Set(rows.flatMap((r) => (typeof r.values.code === 'string' ? [r.values.code] : [])))];
    const projects = await queries.projectsByIds(codes.map((code) => projectIdFor(districtId, code)));
    const problems = await Promise.all(projects.map((project) => queries.problemsOfProject(project.id)));
    return problemLedgerCommands(rows, {
      districtId,
      projects: new Map(projects.map((project) => [project.code, project])),
      problems: new Map(projects.map((project, index) => [project.id, problems[index]])),
    });
  },
  sequenceField: 'problemId',
  fieldColumns: { ownerUnitId: 'owner', projectId: 'code', problemId: 'description' },
};
