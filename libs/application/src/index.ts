export * from './ports/event-store';
export * from './ports/event-bus';
export * from './ports/checkpoint-store';
export * from './ports/view-store';
