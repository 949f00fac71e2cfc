export * from './bulletin-period';
export * from './bulletin-book.decider';
export * from './webhook-url';
