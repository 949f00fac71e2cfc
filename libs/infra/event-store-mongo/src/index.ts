export * from './mongo-connection';
export * from './mongo-event-store';
export * from './mongo-checkpoint-store';
export * from './mongo-login-attempts';
