export * from './domain-error';
export * from './decider';
export * from './calendar';
export * from './input-rules';
export * from './ordering';
export * from './canonical-json';
