export * from './memory-view-store';
