export * from './views';
export * from './organization.projection';
export * from './project.projection';
export * from './read-model-queries';
export * from './all-projections';
export * from './rebuild';
export * from './assessment-facts.projection';
export * from './assessment-queries';
