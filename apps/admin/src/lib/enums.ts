import { Category, EscalationLevel, ProblemCategory, ProblemStatus, Role, Stage, UnitKind } from '../gql/enums';

/**
 * The schema's enums in the order it declares them, which is the order people expect: stages
 * in the 四个一批 lifecycle then the two ways out of it, a problem's statuses in the order it
 * moves through them (the problem board's columns), and so on.
 */
export const STAGES: readonly Stage[] = Object.values(Stage);
export const CATEGORIES: readonly Category[] = Object.values(Category);
export const PROBLEM_CATEGORIES: readonly ProblemCategory[] = Object.values(ProblemCategory);
export const PROBLEM_STATUSES: readonly ProblemStatus[] = Object.values(ProblemStatus);
export const ESCALATION_LEVELS: readonly EscalationLevel[] = Object.values(EscalationLevel);
export const UNIT_KINDS: readonly UnitKind[] = Object.values(UnitKind);
export const ROLES: readonly Role[] = Object.values(Role);
