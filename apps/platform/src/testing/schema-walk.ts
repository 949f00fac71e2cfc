import {
  astFromValue,
  getNamedType,
  print,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** Values the walker gives arguments and input fields by name; anything else gets a plain value of its type. */
export type NamedValues = Record<string, unknown>;

let unique = 0;

function valueFor(name: string, type: GraphQLInputType, named: NamedValues, required: boolean): unknown {
  if (name in named) return typeof named[name] === 'function' ? (named[name] as () => unknown)() : named[name];
  if (!required) return undefined;
  if (isNonNullType(type)) return valueFor(name, type.ofType, named, true);
  if (isListType(type)) return [valueFor(name, type.ofType, named, true)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return Object.fromEntries(
      fields
        .map((field) => [field.name, valueFor(field.name, field.type, named, isNonNullType(field.type))])
        .filter(([, value]) => value !== undefined),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'Date':
      return '2025-06-01';
    case 'DateTime':
      return '2025-06-01T00:00:00.000Z';
    default:
      return `walk-${++unique}`;
  }
}

export const argumentsFor = (field: GraphQLField<unknown, unknown>, named: NamedValues): Record<string, unknown> =>
  Object.fromEntries(
    field.args
      .map((arg: GraphQLArgument) => [arg.name, valueFor(arg.name, arg.type, named, isNonNullType(arg.type))])
      .filter(([, value]) => value !== undefined),
  );

/** How many levels of object-valued fields the walk follows below a root field (a connection's edges and nodes count). */
export const WALK_DEPTH = 5;

/** Arguments of nested fields, by name: small pages (so the walk stays within the cost limit), a period, a year. */
const NESTED_ARGUMENTS: NamedValues = { first: 2, period: '2025-06', year: 2025 };

/** The field's arguments as literals, or undefined when a required one has no value to give. */
function literalArguments(field: GraphQLField<unknown, unknown>): string | undefined {
  const given: string[] = [];
  for (const arg of field.args) {
    const value = NESTED_ARGUMENTS[arg.name];
    if (value === undefined) {
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) return undefined;
      continue;
    }
    given.push(`${arg.name}: ${print(astFromValue(value, arg.type)!)}`);
  }
  return given.length > 0 ? `(${given.join(', ')})` : '';
}

/**
 * Selects every id-valued field and follows every object-valued field (giving required
 * arguments a value), `depth` levels down, so that anything out of reach that any path
 * returns shows up in the answer.
 */
function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields()) as GraphQLField<unknown, unknown>[];
  const selected = fields.flatMap((field) => {
    const args = literalArguments(field);
    if (args === undefined) return [];
    const fieldType = getNamedType(field.type);
    if (fieldType.name === 'ID') return [`${field.name}${args}`];
    if (!isObjectType(fieldType) || depth <= 0) return [];
    return [`${field.name}${args} ${selectionFor(field.type, depth - 1)}`];
  });
  return `{ __typename ${selected.join(' ')} }`;
}

/** A document calling one root field with variables for all its arguments. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type, WALK_DEPTH)} }`;
}

export function rootFields(
  schema: GraphQLSchema,
): { kind: 'query' | 'mutation'; key: string; field: GraphQLField<unknown, unknown> }[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ kind, key: `${type!.name}.${field.name}`, field })),
  );
}
