import { buildSchema, type GraphQLInputObjectType } from 'graphql';
import { GRAPHQL_SCHEMA_SDL } from '@tuijin/contracts';
import { FIELD_COMMANDS } from './field-command';

/** Mutations whose command is not decided from their input alone: the sessions, and a reminder's delivery. */
const UNCHECKED = ['login', 'refreshToken', 'logout', 'sendReminder'];

describe('the commands the mutation fields send', () => {
  const schema = buildSchema(GRAPHQL_SCHEMA_SDL);
  const mutations = schema.getMutationType()?.getFields() ?? {};
  const command = schema.getType('CommandInput') as GraphQLInputObjectType;

  it('are said for every mutation but the sessions and the reminder, so a new mutation is checked too', () => {
    const expected = Object.keys(mutations).filter((name) => !UNCHECKED.includes(name));

    expect(Object.keys(FIELD_COMMANDS).sort()).toEqual(expected.sort());
  });

  it('can each be checked by the mutation’s name, with the mutation’s own input type, one at a time', () => {
    const fields = Object.values(command.getFields()).map((field) => [field.name, field.type.toString()]);
    const inputs = Object.keys(FIELD_COMMANDS).map((name) => [
      name,
      String(mutations[name].args[0].type).replace(/!$/, ''),
    ]);

    expect(command.isOneOf).toBe(true);
    expect(fields.sort()).toEqual(inputs.sort());
  });
});
