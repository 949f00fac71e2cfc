export * from './district.types';
export * from './unit.types';
export * from './district.decider';
export * from './unit.decider';
export * from './aggregate-guards';
/** Test helpers for every domain lib's decider specs (see decider-specification.ts). */
export * as testing from './testing/decider-specification';
export * from './china-extent';
export * from './district-boundary';
export * from './district-map.decider';
export * from './open-data-publication.decider';
export * from './ledger-import-book.decider';
