export * from './schema-validation';
export * from './review-checks';
