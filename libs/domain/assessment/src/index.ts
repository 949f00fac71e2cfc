export * from './period';
export * from './rule-set';
export * from './facts';
export * from './project-timeline';
export * from './light';
export * from './unit-metrics';
export * from './assess-district';
export * from './rule-book.decider';
