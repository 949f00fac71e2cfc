import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isDay } from '@tuijin/domain-kernel';

const rejectValue = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function stringScalar(name: string, description: string, valid: (value: string) => boolean, rule: string) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string' || !valid(value))
      throw rejectValue(`${name} must be ${rule}, got ${JSON.stringify(value)}`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A real instant: a calendar date that exists (no 30 February), a time of day, and an offset of at most 14 hours. */
export function isInstant(value: string): boolean {
  const parts = ISO_INSTANT.exec(value);
  if (!parts) return false;
  const [, day, hours, minutes, seconds = '0', offsetHours = '0', offsetMinutes = '0'] = parts;
  return (
    isDay(day) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    Number(offsetHours) * 60 + Number(offsetMinutes) <= 14 * 60 &&
    Number(offsetMinutes) <= 59
  );
}

export const DateScalar = stringScalar('Date', 'A calendar date, YYYY-MM-DD.', isDay, 'a real date written YYYY-MM-DD');
export const DateTimeScalar = stringScalar(
  'DateTime',
  'An ISO-8601 instant with time zone.',
  isInstant,
  'an ISO-8601 instant such as 2025-03-05T08:30:00Z',
);

/** Output-only: recorded event data is shown as it was stored. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (value) => value,
  parseValue: () => {
    throw rejectValue('JSON values are output only');
  },
});
