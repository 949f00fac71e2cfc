import type { Stage } from '@tuijin/domain-projects';
import type { ProjectFacts, UnitFacts } from '../facts';

/** Recorded at noon of the business day unless a test says otherwise. */
const noon = (day: string) => `${day}T12:00:00.000Z`;

/** Builds assessment facts fluently for worked examples. */
export class ProjectFactsBuilder {
  private readonly facts: ProjectFacts;

  constructor(code: string, unitId: string, registeredOn: string, stage: Stage) {
    this.facts = {
      projectId: `p-${code}`,
      code,
      name: `项目${code}`,
      registeredOn,
      registeredAt: noon(registeredOn),
      stages: [{ stage, on: registeredOn, recordedAt: noon(registeredOn) }],
      leadUnits: [{ unitId, on: registeredOn, recordedAt: noon(registeredOn) }],
      plans: [],
      openingBalances: [],
      reports: [],
      problems: [],
    };
  }

  plan(year: number, plannedInvestment: number, plannedStartMonth: string, recordedAt = noon(`${year}-01-01`)): this {
    this.facts.plans.push({ year, plannedInvestment, plannedStartMonth, recordedAt });
    return this;
  }

  stage(stage: Stage, on: string, recordedAt = noon(on)): this {
    this.facts.stages.push({ stage, on, recordedAt });
    return this;
  }

  leadUnit(unitId: string, on: string): this {
    this.facts.leadUnits.push({ unitId, on, recordedAt: noon(on) });
    return this;
  }

  openingBalance(
    asOfMonth: string,
    cumulativeInvestment: number,
    yearToDateInvestment: number,
    recordedAt = noon(`${asOfMonth}-28`),
  ): this {
    this.facts.openingBalances.push({ asOfMonth, cumulativeInvestment, yearToDateInvestment, recordedAt });
    return this;
  }

  report(month: string, investment: number, submittedOn: string, recordedAt = noon(submittedOn)): this {
    const first = !this.facts.reports.some((r) => r.month === month);
    this.facts.reports.push({ month, investment, submittedOn, first, recordedAt });
    return this;
  }

  problem(dueOn: string, resolvedOn?: string, raisedOn = '2025-01-02'): this {
    this.facts.problems.push({
      problemId: `${this.facts.projectId}:${this.facts.problems.length + 1}`,
      dueOn,
      raisedAt: noon(raisedOn),
      ...(resolvedOn ? { resolvedOn, resolvedAt: noon(resolvedOn) } : {}),
    });
    return this;
  }

  build(): ProjectFacts {
    return structuredClone(this.facts);
  }
}

export const project = (code: string, unitId: string, registeredOn: string, stage: Stage) =>
  new ProjectFactsBuilder(code, unitId, registeredOn, stage);

export const unit = (code: string, reserveTargets: Record<number, number> = {}): UnitFacts => ({
  unitId: `u-${code}`,
  code,
  name: `单位${code}`,
  createdAt: '2024-01-01T00:00:00.000Z',
  reserveTargets: Object.entries(reserveTargets).map(([year, target]) => ({
    year: Number(year),
    target,
    recordedAt: '2024-12-01T00:00:00.000Z',
  })),
});
