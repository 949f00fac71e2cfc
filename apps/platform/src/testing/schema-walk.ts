import {
  getNamedType,
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

/**
 * Selects the ids reachable through fields without required arguments, a few
 * levels down, so that anything out of reach that a field returns shows up.
 */
function selectionFor(type: GraphQLOutputType, depth: number): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = Object.values(named.getFields());
  const nested =
    depth <= 0
      ? []
      : fields
          .filter((f) => isObjectType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)))
          .map((f) => `${f.name} ${selectionFor(f.type, depth - 1)}`);
  return `{ __typename ${named.getFields()['id'] ? 'id' : ''} ${nested.join(' ')} }`;
}

/** A document calling one root field with variables for all its arguments. */
export function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return `${kind}${variables ? `(${variables})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionFor(field.type, 3)} }`;
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
