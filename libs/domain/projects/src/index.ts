export * from './project.types';
export * from './project.decider';
export { stageChoices, stageMove, type StageChoice } from './stage-rules';
export type { ProblemCommand, ProblemEvent } from './problem-rules';
export * from './report-plausibility';
export * from './chinese-names';
