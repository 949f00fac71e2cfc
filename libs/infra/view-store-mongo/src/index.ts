export * from './mongo-view-store';
