import type { Request } from 'express';
import { invalid, requireMonth } from '@tuijin/domain-kernel';
import { normalizeInstant } from '@tuijin/read-models';

/**
 * A list export's query string, read as the GraphQL list query reads its arguments: each value
 * checked before anything is read, refused with a message naming the parameter.
 */
export class ExportParams {
  constructor(private readonly query: Request['query']) {}

  /** A single value, or undefined when absent or empty; a repeated parameter is refused. */
  text(name: string): string | undefined {
    const value = this.query[name];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') throw invalid(name, `${name} must be given once`);
    return value;
  }

  required(name: string): string {
    const value = this.text(name);
    if (value === undefined) throw invalid(name, `${name} is required`);
    return value;
  }

  /** A comma-separated list of allowed values (`stage=PREPARATION,SIGNED`); undefined when absent. */
  list<T extends string>(name: string, allowed: readonly T[]): T[] | undefined {
    const value = this.text(name);
    if (value === undefined) return undefined;
    const items = value.split(',');
    const wrong = items.find((item) => !(allowed as readonly string[]).includes(item));
    if (wrong !== undefined)
      throw invalid(name, `${name} must be a comma-separated list of ${allowed.join(', ')}; got "${wrong}"`);
    return items as T[];
  }

  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const value = this.text(name);
    if (value !== undefined && !(allowed as readonly string[]).includes(value)) {
      throw invalid(name, `${name} must be one of ${allowed.join(', ')}`);
    }
    return value as T | undefined;
  }

  /** A month written YYYY-MM, required. */
  month(name: string): string {
    return requireMonth(name, this.required(name));
  }

  /** The instant the list is as known at, normalised; undefined for now. */
  knownAt(): string | undefined {
    return normalizeInstant(this.text('knownAt'));
  }
}
