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

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export const DateScalar = stringScalar('Date', 'A calendar date, YYYY-MM-DD.', isDay, 'a real date written YYYY-MM-DD');
export const DateTimeScalar = stringScalar(
  'DateTime',
  'An ISO-8601 instant with time zone.',
  (value) => ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value)),
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
