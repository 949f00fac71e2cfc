export * from './memory-event-bus';
