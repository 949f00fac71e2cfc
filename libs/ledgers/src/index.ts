export * from './cell-values';
export * from './ledger';
export * from './ledger-template';
export * from './project-ledger';
export * from './table-file';
export * from './ledger-check';
export * from './project-ledger-commands';
export * from './ledger-import';
