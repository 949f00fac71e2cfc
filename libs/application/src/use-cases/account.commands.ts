import { requirePasswordPolicy, userDecider, type Role, type UserState } from '@tuijin/domain-accounts';
import { invalid, notFound } from '@tuijin/domain-kernel';
import type { AggregateRepository } from '../aggregate-repository';
import type { CommandContext, CommandResult } from '../command-context';
import { streamOf, userIdFor } from '../ids';
import { hashPassword, verifyPassword } from '../password-hasher';
import type { OrganizationCommands } from './organization.commands';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  districtIds?: string[];
  unitId?: string;
}

export type ExistingUser = Extract<UserState, { exists: true }>;

/** User accounts (账号): creation, password changes, deactivation, and the login and logout record. */
export class AccountCommands {
  constructor(
    private readonly aggregates: AggregateRepository,
    private readonly organization: OrganizationCommands,
  ) {}

  async createUser(input: CreateUserInput, context: CommandContext): Promise<CommandResult> {
    const password = requirePasswordPolicy('password', input.password);
    const districtIds = input.districtIds ?? [];
    for (const districtId of districtIds) await this.organization.requireDistrict(districtId);
    if (input.unitId) await this.organization.requireUnitOfDistrict('unitId', input.unitId, districtIds[0]);
    const userId = userIdFor(String(input.username));
    const passwordHash = await hashPassword(password);
    return this.aggregates.execute(
      userDecider,
      streamOf.user(userId),
      () => ({
        type: 'CreateUser' as const,
        today: context.today,
        userId,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        districtIds,
        unitId: input.unitId,
        passwordHash,
      }),
      context,
      () => ({ id: userId }),
    );
  }

  /** A user changes their own password, proving they know the current one. */
  async changePassword(
    input: { userId: string; currentPassword: string; newPassword: string },
    context: CommandContext,
  ): Promise<CommandResult> {
    const user = await this.requireUser(input.userId);
    if (!(await verifyPassword(String(input.currentPassword), user.passwordHash))) {
      throw invalid('currentPassword', 'currentPassword is not the current password');
    }
    const passwordHash = await hashPassword(requirePasswordPolicy('newPassword', input.newPassword));
    return this.run(input.userId, context, { type: 'ChangePassword', today: context.today, passwordHash });
  }

  /** An administrator sets a new password, e.g. to rotate a leaked one. */
  async resetPassword(input: { userId: string; newPassword: string }, context: CommandContext): Promise<CommandResult> {
    await this.requireUser(input.userId);
    const passwordHash = await hashPassword(requirePasswordPolicy('newPassword', input.newPassword));
    return this.run(input.userId, context, { type: 'ChangePassword', today: context.today, passwordHash });
  }

  deactivateUser(input: { userId: string; reason: string }, context: CommandContext): Promise<CommandResult> {
    return this.run(input.userId, context, { type: 'DeactivateUser', today: context.today, reason: input.reason });
  }

  recordLogin(userId: string, sessionId: string, expiresAt: string, context: CommandContext): Promise<CommandResult> {
    return this.run(userId, context, { type: 'StartSession', today: context.today, sessionId, expiresAt });
  }

  recordLogout(userId: string, sessionId: string, context: CommandContext): Promise<CommandResult> {
    return this.run(userId, context, { type: 'EndSession', today: context.today, sessionId });
  }

  async requireUser(userId: string): Promise<ExistingUser> {
    const { state } = await this.aggregates.load(userDecider, streamOf.user(String(userId)));
    if (!state.exists) throw notFound('User', userId);
    return state;
  }

  private async run(
    userId: string,
    context: CommandContext,
    command: Parameters<typeof userDecider.decide>[0],
  ): Promise<CommandResult> {
    await this.requireUser(userId);
    return this.aggregates.execute(
      userDecider,
      streamOf.user(userId),
      () => command,
      context,
      () => ({ id: userId }),
    );
  }
}
