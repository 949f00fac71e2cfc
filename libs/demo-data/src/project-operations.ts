import { monthNumber, yearOf } from '@tuijin/domain-kernel';
import { REASONS } from './catalogue/texts';
import { laterOf } from './calendar';
import { operation, type DemoOperation } from './demo-operation';
import { chooseLeadUnit } from './organisation';
import { describeProject } from './project-details';
import { roundAmount, type Change, type PlanEntry, type ProjectProfile } from './project-profile';
import type { Random } from './random';
import type { StageStep } from './stage-timeline';

/** The commands that set a project up and change who answers for it; reports and problems have their own modules. */

/** A stage change is entered on its day, or at registration when it predates it (history from the old ledger). */
export function stageChangeOperation(profile: ProjectProfile, step: StageStep): DemoOperation {
  return operation('ChangeStage', laterOf(step.day, profile.timeline.registration.today), {
    projectId: profile.projectId,
    stage: step.stage,
    occurredOn: step.day,
    ...(step.reason !== undefined && { reason: step.reason }),
  });
}

/** Registration, the history before it was entered, and the people who answer for the project. */
export function registrationOperations(random: Random, profile: ProjectProfile): DemoOperation[] {
  const { projectId, district, code, leadUnit, timeline, leader } = profile;
  const { details, secretary } = describeProject(random, profile);
  const { today, occurredOn, stage } = timeline.registration;
  return [
    operation('RegisterProject', today, {
      districtId: district.districtId,
      code,
      ...details,
      leadUnitId: leadUnit.unitId,
      stage,
      occurredOn,
    }),
    ...timeline.steps.filter((step) => step.day <= today).map((step) => stageChangeOperation(profile, step)),
    // a project building before the district used Tuijin carries what it had invested (开累基数)
    ...(profile.openingBalance
      ? [operation('SetOpeningBalance', today, { projectId, ...profile.openingBalance })]
      : []),
    ...(leader ? [operation('AssignLeader', today, { projectId, leader })] : []),
    ...(secretary ? [operation('AssignServiceSecretary', today, { projectId, secretary })] : []),
  ];
}

function milestonesOf(plan: PlanEntry): string[] {
  const inYear = (month: string) => yearOf(month) === plan.year;
  return [
    inYear(plan.plannedStartMonth) ? `${monthNumber(plan.plannedStartMonth)}月开工建设` : '持续推进主体工程建设',
    inYear(plan.plannedCompletionMonth)
      ? `${monthNumber(plan.plannedCompletionMonth)}月完工并组织竣工验收`
      : '完成年度投资计划',
  ];
}

export function planOperation(profile: ProjectProfile, plan: PlanEntry): DemoOperation {
  const { today, ...annualPlan } = plan;
  return operation('SetAnnualPlan', today, {
    projectId: profile.projectId,
    ...annualPlan,
    milestones: milestonesOf(plan),
  });
}

/** A new leader, a new lead unit, or a revised total investment; undefined if there is nothing to change to. */
export function changeOperation(random: Random, profile: ProjectProfile, change: Change): DemoOperation | undefined {
  const { projectId, district, leadUnit, category, totalInvestment } = profile;
  const { day } = change;
  switch (change.kind) {
    case 'LEADER': {
      const others = district.leaders.filter((leader) => leader.name !== profile.leader?.name);
      return others.length === 0
        ? undefined
        : operation('AssignLeader', day, { projectId, leader: random.pick(others), occurredOn: day });
    }
    case 'LEAD_UNIT': {
      const successor = chooseLeadUnit(random, district, category);
      if (successor.unitId === leadUnit.unitId) return undefined;
      return operation('ChangeLeadUnit', day, {
        projectId,
        leadUnitId: successor.unitId,
        occurredOn: day,
        reason: `${REASONS.leadUnitChange}：由${leadUnit.name}调整为${successor.name}`,
      });
    }
    case 'DETAILS': {
      // 概算调整: the budget grows; later revisions of the same project are not modelled.
      const revised = roundAmount(totalInvestment * random.between(1.05, 1.3));
      return revised === totalInvestment
        ? undefined
        : operation('ReviseProjectDetails', day, { projectId, occurredOn: day, changes: { totalInvestment: revised } });
    }
  }
}
