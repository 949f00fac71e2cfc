export * from './user.types';
export * from './user-rules';
export * from './user.decider';
