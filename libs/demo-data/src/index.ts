export { DemoCalendar, REFERENCE_END_MONTH, demoCalendarFor } from './demo-calendar';
export { DEFAULT_DEMO_SEED, type DemoOptions, type DemoCommandName, type DemoOperation } from './demo-operation';
export { demoOperations, generateDemo } from './demo-plan';
export { DEMO_ACTOR, DemoSeedError, runDemoOperation, seedDemo } from './demo-seeder';
export { DEMO_DISTRICTS, type DistrictConfig } from './catalogue/districts';
export { mulberry32 } from './random';
export { DEMO_PASSWORD, demoLeaderProjects, seedDemoUsers } from './demo-users';
export { seedDemoMaps } from './demo-maps';
