export * from './views';
export * from './organization.projection';
export * from './project.projection';
export * from './read-model-queries';
export * from './all-projections';
export * from './rebuild';
export * from './read-model-version';
export * from './assessment-facts.projection';
export * from './assessment-queries';
export * from './accounts.projection';
export * from './district-settings.projection';
export * from './project-map';
export * from './bulletin-book.projection';

export * from './ledger-import-book.projection';
export * from './projects-known-at';
export * from './known-at';
