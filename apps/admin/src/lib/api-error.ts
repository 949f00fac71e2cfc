/**
 * Turns what the API said went wrong into a message key a person can read. Pure: the
 * Apollo-specific unwrapping lives in apollo-error.ts, the wording in the i18n files.
 * The API's own messages are English and technical, so they are never shown; they are
 * only read, by the patterns of @tuijin/refusal-wording, to choose the plain-language
 * reason, which that lib's texts word as the platform's ledger files word it too.
 */
import { conflictReason, inputReason } from '@tuijin/refusal-wording';

/** One error as the API reports it. */
export interface ApiError {
  message: string;
  code?: string;
  field?: string;
}

export type ErrorSource = { kind: 'network' } | { kind: 'api'; errors: readonly ApiError[] } | { kind: 'unknown' };

/** A parameter is plain text, a number, or another message to translate first (a stage name, say). */
export type ParamValue = string | number | MessageRef | MessageRef[];

export interface MessageRef {
  key: string;
  params?: Record<string, ParamValue>;
}

/** What to tell the user: a message, and for bad input the field at fault and why. */
export interface UserMessage extends MessageRef {
  /** The API input field at fault, e.g. `investment` or `leader.name`. */
  field?: string;
  reason?: MessageRef;
}

function describeApiError(error: ApiError): UserMessage {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      return {
        key: error.field ? 'errors.badInput' : 'errors.badInputNoField',
        field: error.field,
        reason: inputReason(error.message),
      };
    case 'CONFLICT': {
      const conflict = conflictReason(error.message);
      return { ...conflict, ...(error.field ? { field: error.field } : {}) };
    }
    case 'UNAUTHENTICATED':
      return { key: 'errors.unauthenticated' };
    case 'RATE_LIMITED':
      return { key: 'errors.rateLimited' };
    case 'FORBIDDEN':
      return { key: 'errors.forbidden' };
    case 'NOT_FOUND':
      return { key: 'errors.notFound' };
    case 'GRAPHQL_VALIDATION_FAILED':
      // The server does not know a field this app asks for: an older platform.
      return { key: 'errors.unsupported' };
    default:
      return { key: 'errors.internal' };
  }
}

export function describeError(source: ErrorSource): UserMessage {
  if (source.kind === 'network') return { key: 'errors.network' };
  if (source.kind === 'unknown' || source.errors.length === 0) return { key: 'errors.internal' };
  return describeApiError(source.errors[0]);
}

/** The i18n key naming an input field: `leader.name` → `fields.leaderName`, `milestones[2]` → `fields.milestones`. */
export function fieldLabelKey(field: string): string {
  const parts = field
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter(Boolean);
  const camel = parts
    .map((part, index) => (index === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('');
  return `fields.${camel}`;
}

/** The antd Form name path of an input field: `leader.name` → ['leader', 'name'], `milestones[2]` → ['milestones', 2]. */
export function fieldNamePath(field: string): (string | number)[] {
  return field
    .split(/\.|\[(\d+)\]/)
    .filter((part) => part !== undefined && part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** True when an error means the user must sign in (again). */
export const needsSignIn = (source: ErrorSource): boolean =>
  source.kind === 'api' && source.errors.some((error) => error.code === 'UNAUTHENTICATED');

/** True when the server does not offer an operation at all (a platform without sign-in, for one). */
export const isUnsupported = (source: ErrorSource): boolean =>
  source.kind === 'api' && source.errors.some((error) => error.code === 'GRAPHQL_VALIDATION_FAILED');
