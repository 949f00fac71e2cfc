import { monthOf } from '@tuijin/domain-kernel';
import { REASONS } from './catalogue/texts';
import { dayInMonth, lastDayOf, laterOf } from './calendar';
import { operation, type DemoOperation } from './demo-operation';
import { monthlyFigures } from './investment-schedule';
import { planProblem, type ProblemRequest } from './problem-plan';
import { changeOperation, planOperation, registrationOperations, stageChangeOperation } from './project-operations';
import type { ProjectProfile } from './project-profile';
import type { Random } from './random';
import { reportOperations } from './report-plan';

export const byToday = (a: DemoOperation, b: DemoOperation): number =>
  a.today < b.today ? -1 : a.today > b.today ? 1 : 0;

const isCancellation = (op: DemoOperation): boolean => op.command === 'ChangeStage' && op.input.stage === 'CANCELLED';

/**
 * One project lived month by month. Each month decides what happens in it
 * (reports, new problems, stage changes), some of which is entered later (a late
 * report, a problem's resolution); the agenda holds those until their month.
 * Only a few operations are held at a time, so a demo of any size stays small.
 */
export class ProjectSimulation {
  private agenda: DemoOperation[] = [];
  /** Problems raised so far, in order: their number is their position + 1. */
  private readonly problems: { problemId: string; settledOn?: string }[] = [];
  private finished = false;
  /** Physical progress so far, grown by each month's reported investment. */
  private progress: number;

  constructor(
    private readonly profile: ProjectProfile,
    private readonly random: Random,
  ) {
    this.progress = profile.progressAtYearStart;
  }

  /** Appends to `out`, in date order, the operations entered during `month`. */
  advance(month: string, out: DemoOperation[]): void {
    if (this.finished) return;
    this.plan(month);
    const end = lastDayOf(month);
    const due = this.agenda.filter((op) => op.today <= end).sort(byToday);
    this.agenda = this.agenda.filter((op) => op.today > end);
    const cancellation = due.findIndex(isCancellation);
    if (cancellation >= 0) {
      // Nothing is entered on a cancelled project; what was still to come never happens.
      due.length = cancellation + 1;
      this.agenda = [];
      this.finished = true;
    }
    for (const op of due) out.push(op);
  }

  private schedule(operations: readonly DemoOperation[]): void {
    for (const op of operations) this.agenda.push(op);
  }

  private plan(month: string): void {
    const { profile, random } = this;
    const registered = profile.timeline.registration.today;
    if (monthOf(registered) === month) this.schedule(registrationOperations(random, profile));
    if (registered > lastDayOf(month)) return;
    const inMonth = (day: string) => monthOf(day) === month;

    this.schedule(profile.plans.filter((plan) => inMonth(plan.today)).map((plan) => planOperation(profile, plan)));
    for (const change of profile.changes.filter((change) => inMonth(change.day))) {
      const op = changeOperation(random, profile, change);
      if (op) this.schedule([op]);
    }
    if (profile.calendar.inWindow(month)) {
      this.report(month);
      this.raiseProblems(month);
    }
    // Stage changes last: a cancellation must follow everything else entered on its day.
    for (const step of profile.timeline.steps.filter((step) => step.day > registered && inMonth(step.day))) {
      if (step.stage === 'CANCELLED') this.closeOpenProblems(step.day);
      this.schedule([stageChangeOperation(profile, step)]);
    }
  }

  private report(month: string): void {
    const { profile, random } = this;
    if (!profile.pace) return;
    const figures = monthlyFigures(random, profile, profile.pace, month, this.progress);
    if (!figures) return;
    this.progress = figures.progress;
    this.schedule(reportOperations(random, profile.projectId, month, figures, profile.reporting));
  }

  private raiseProblems(month: string): void {
    const { profile, random } = this;
    const requests: ProblemRequest[] = [];
    const scripted = profile.scriptedProblem;
    if (scripted && monthOf(scripted.raisedOn) === month) requests.push(scripted);
    if (random.chance(profile.problemRate)) {
      requests.push({ raisedOn: laterOf(dayInMonth(month, random.int(1, 28)), profile.timeline.registration.today) });
    }
    const cancelled = profile.timeline.steps.find((step) => step.stage === 'CANCELLED')?.day;
    // Numbered in the order they are raised, as the ledger numbers them.
    for (const request of requests.sort((a, b) => (a.raisedOn < b.raisedOn ? -1 : a.raisedOn > b.raisedOn ? 1 : 0))) {
      if (cancelled !== undefined && request.raisedOn >= cancelled) continue;
      const problem = planProblem(random, profile, this.problems.length + 1, request);
      this.problems.push({ problemId: problem.problemId, settledOn: problem.settledOn });
      this.schedule(problem.operations);
    }
  }

  /** A project being cancelled closes the problems still open on that day. */
  private closeOpenProblems(day: string): void {
    for (const { problemId, settledOn } of this.problems) {
      if (settledOn === undefined || settledOn > day) {
        this.schedule([operation('CloseProblem', day, { problemId, occurredOn: day, reason: REASONS.closeOnCancel })]);
      }
    }
  }
}
