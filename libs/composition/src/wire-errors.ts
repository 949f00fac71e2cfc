import { ConcurrencyError } from '@tuijin/application';
import { DomainError, type ErrorCode } from '@tuijin/domain-kernel';

/** An error as it crosses from the project-service to the gateway. */
export type WireError =
  | { kind: 'domain'; code: ErrorCode; message: string; field?: string }
  | { kind: 'concurrency'; streamId: string; expectedVersion: number; actualVersion: number }
  | { kind: 'internal'; message: string };

/** Rules of the domain and write conflicts travel as they are; anything else only as "internal". */
export function toWire(error: unknown): WireError {
  if (error instanceof DomainError) {
    return { kind: 'domain', code: error.code, message: error.message, field: error.field };
  }
  if (error instanceof ConcurrencyError) {
    const { streamId, expectedVersion, actualVersion } = error;
    return { kind: 'concurrency', streamId, expectedVersion, actualVersion };
  }
  return { kind: 'internal', message: 'the project service could not complete the command' };
}

/** The same error class on the gateway's side, so the API maps it to the same GraphQL error. */
export function fromWire(wire: WireError): Error {
  switch (wire.kind) {
    case 'domain':
      return new DomainError(wire.code, wire.message, wire.field);
    case 'concurrency':
      return new ConcurrencyError(wire.streamId, wire.expectedVersion, wire.actualVersion);
    case 'internal':
      return new Error(wire.message);
    default:
      return wire satisfies never;
  }
}
