export * from './district.types';
export * from './unit.types';
export * from './district.decider';
export * from './unit.decider';
export * from './aggregate-guards';
/** Test helpers for every domain lib's decider specs (see decider-specification.ts). */
export * as testing from './testing/decider-specification';
