export * from './memory-view-store';
export * from './view-snapshot-file';
