export * from './oc4ids.types';
export * from './codelists';
export * from './known-project';
export * from './oc4ids-project';
export * from './package-writer';
export * from './open-data-exports';
export * from './prefix';
