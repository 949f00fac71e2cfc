export * from './logger';
export * from './request-logging';
export * from './framework-logger';
