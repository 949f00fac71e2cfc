export * from './event-store.contract';
export * from './event-bus.contract';
export * from './view-store.contract';
export * from './integration-servers';
export * from './assessment-scenario';
export * from './login-attempts.contract';
export * from './processes';
export * from './service-process';
