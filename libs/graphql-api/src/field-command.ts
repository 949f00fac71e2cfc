import {
  commandMessage,
  type CommandData,
  type CommandMessage,
  type CommandMetadata,
  type CommandType,
  type CreateUserInput,
} from '@tuijin/application';
import type { BulletinKind } from '@tuijin/domain-bulletins';
import type { GraphQLResolveInfo } from 'graphql';
import { BulletinService } from './bulletin-service';
import { idempotencyClaim } from './idempotency';
import type { ApiRuntime, RequestContext } from './runtime';

/** GraphQL sends absent optional fields as null; the application treats absent as undefined. */
function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  ) as T;
}

/** Who asks, and the platform they ask: what a field's command is built from besides its input. */
interface Asker {
  runtime: ApiRuntime;
  ctx: RequestContext;
}

/** A mutation field's command: its type, and its data made from the field's input. */
interface Sends<T extends CommandType, I> {
  type: T;
  data: (input: I, asker: Asker) => CommandData<T> | Promise<CommandData<T>>;
}

/** Most fields send their input as it came, with GraphQL's nulls left out. */
const sends = <T extends CommandType, I = CommandData<T>>(
  type: T,
  data: Sends<T, I>['data'] = withoutNulls as Sends<T, I>['data'],
): Sends<T, I> => ({ type, data });

/**
 * Every mutation field that sends a command, and how its input becomes the command: the one
 * place this is said, for the mutation that sends it and for `checkCommand`, which decides it
 * without sending, so that a check and a send cannot disagree. (`sendReminder` is not one: what it
 * records is the outcome of a delivery to the group robot, which has to happen first.)
 */
export const FIELD_COMMANDS = {
  createDistrict: sends('CreateDistrict'),
  renameDistrict: sends('RenameDistrict'),
  createUnit: sends('CreateUnit'),
  setReserveTarget: sends('SetReserveTarget'),
  registerProject: sends('RegisterProject'),
  reviseProject: sends('ReviseProjectDetails'),
  changeLeadUnit: sends('ChangeLeadUnit'),
  assignLeader: sends('AssignLeader'),
  assignServiceSecretary: sends('AssignServiceSecretary'),
  setAnnualPlan: sends('SetAnnualPlan'),
  setOpeningBalance: sends('SetOpeningBalance'),
  changeStage: sends('ChangeStage'),
  submitMonthlyReport: sends('SubmitMonthlyReport'),
  raiseProblem: sends('RaiseProblem'),
  assignProblem: sends('AssignProblem'),
  escalateProblem: sends('EscalateProblem'),
  resolveProblem: sends('ResolveProblem'),
  closeProblem: sends('CloseProblem'),
  publishRuleSet: sends('PublishRuleSet'),
  // one's own password: the account is the signed-in one, never one the input names
  changePassword: sends('ChangePassword', (input: { currentPassword: string; newPassword: string }, { ctx }) => ({
    userId: ctx.actor.userId,
    ...input,
  })),
  createUser: sends('CreateUser', (input: CreateUserInput) => ({
    ...input,
    districtIds: input.districtIds ?? [],
    unitId: input.unitId ?? undefined,
  })),
  resetPassword: sends('ResetPassword'),
  deactivateUser: sends('DeactivateUser'),
  publishOpenData: sends('PublishOpenData'),
  withdrawOpenData: sends('WithdrawOpenData'),
  // the bulletin as computed now is what gets frozen: its instant, rule-set version and digest
  publishBulletin: sends(
    'PublishBulletin',
    async (
      input: { districtId: string; kind: BulletinKind; period: string; correctionNote?: string | null },
      { runtime },
    ) => {
      const knownAt = new Date().toISOString();
      const { content, digest } = await new BulletinService(runtime).bulletin(
        input.districtId,
        input.kind,
        input.period,
        knownAt,
      );
      return {
        districtId: input.districtId,
        districtName: content.districtName,
        kind: content.kind,
        period: content.period,
        knownAt,
        ruleSetVersion: content.ruleSetVersion,
        digest,
        correctionNote: input.correctionNote ?? undefined,
      };
    },
  ),
  // `url: null` is meaningful here: it removes the group robot
  setReminderWebhook: sends('SetReminderWebhook', (input: { districtId: string; url?: string | null }) => ({
    districtId: input.districtId,
    url: input.url ?? null,
  })),
};

/** A mutation field that sends a command. */
export type CommandField = keyof typeof FIELD_COMMANDS;
type TypeOf<F extends CommandField> = (typeof FIELD_COMMANDS)[F]['type'];
/** What the field takes as its `input` argument. */
export type FieldInput<F extends CommandField> = Parameters<(typeof FIELD_COMMANDS)[F]['data']>[0];

/**
 * What a mutation field's command carries besides its data: who asks, their today, and the
 * field's retry key; a check (without `info`) records nothing, so it has none.
 */
export const fieldMetadata = (
  runtime: ApiRuntime,
  ctx: RequestContext,
  info?: GraphQLResolveInfo,
): CommandMetadata => ({
  actor: ctx.actor,
  today: runtime.today(),
  idempotency: info && idempotencyClaim(ctx, info),
});

async function messageOf<F extends CommandField>(
  runtime: ApiRuntime,
  ctx: RequestContext,
  field: F,
  input: FieldInput<F>,
  metadata: CommandMetadata,
): Promise<CommandMessage<TypeOf<F>>> {
  const { type, data } = FIELD_COMMANDS[field] as unknown as Sends<TypeOf<F>, FieldInput<F>>;
  return commandMessage(type, await data(input, { runtime, ctx }), metadata);
}

/** The message a mutation field sends for its input. */
export const fieldCommand = <F extends CommandField>(
  runtime: ApiRuntime,
  ctx: RequestContext,
  info: GraphQLResolveInfo,
  field: F,
  input: FieldInput<F>,
) => messageOf(runtime, ctx, field, input, fieldMetadata(runtime, ctx, info));

/** The message the mutation field would send for its input, as `checkCommand` decides it. */
export const checkedCommand = <F extends CommandField>(
  runtime: ApiRuntime,
  ctx: RequestContext,
  field: F,
  input: FieldInput<F>,
) => messageOf(runtime, ctx, field, input, fieldMetadata(runtime, ctx));
