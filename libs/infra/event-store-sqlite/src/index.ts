export * from './sqlite-event-store';
export * from './sqlite-login-attempts';
export * from './owner-only';
export * from './sqlite-backup';
export * from './sqlite-view-store';
