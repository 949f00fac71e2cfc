export * from './views';
export * from './organization.projection';
export * from './project.projection';
export * from './read-model-queries';
export * from './all-projections';
export * from './rebuild';
