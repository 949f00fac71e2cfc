export * from './refusal-reasons';
export * from './refusal-texts';
