/**
 * The stable error codes a client can branch on. They are the GraphQL
 * `extensions.code` values, so renaming one is a breaking change.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'FORBIDDEN'
  /** A retry key sent again with a different request: the command is not run. */
  | 'IDEMPOTENCY_KEY_REUSED';

/** A rule of the domain said no. `field` names the input field at fault, when there is one. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (field: string, message: string): DomainError =>
  new DomainError('BAD_USER_INPUT', message, field);

export const notFound = (what: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `${what} "${id}" does not exist`);

export const conflict = (message: string, field?: string): DomainError => new DomainError('CONFLICT', message, field);
