import {
  requirePasswordPolicy,
  userDecider,
  type Role,
  type UserCommand,
  type UserState,
} from '@tuijin/domain-accounts';
import { invalid, notFound } from '@tuijin/domain-kernel';
import { handlersOf, type CommandScope } from '../commands/command-handler';
import { streamOf, userIdFor } from '../ids';
import { hashPassword, verifyPassword } from '../password-hasher';

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  districtIds?: string[];
  unitId?: string;
}

export interface ChangePasswordInput {
  userId: string;
  currentPassword: string;
  newPassword: string;
}

export interface ResetPasswordInput {
  userId: string;
  newPassword: string;
}

const user = handlersOf(userDecider);

type ExistingUser = Extract<UserState, { exists: true }>;
type OnUser<D> = (data: D, user: ExistingUser, scope: CommandScope) => UserCommand | Promise<UserCommand>;

/** A command on an existing account; answers the account's id. */
const onUser = <D extends { userId: string }>(command: OnUser<D>) =>
  user<D>({
    stream: (data) => streamOf.user(String(data.userId)),
    command: (data, state, scope) => {
      if (!state.exists) throw notFound('User', data.userId);
      return command(data, state, scope);
    },
    answer: (data) => ({ id: data.userId }),
  });

/** The new password, checked against the policy and kept only as a hash. */
const newPasswordHash = (password: string) => hashPassword(requirePasswordPolicy('newPassword', password));

/** User accounts (账号): creation, password changes, deactivation, and the login and logout record. */
export const accountHandlers = {
  CreateUser: user<CreateUserInput>({
    stream: (data) => streamOf.user(userIdFor(String(data.username))),
    command: async (data, _state, { metadata, checks }) => {
      const password = requirePasswordPolicy('password', data.password);
      const districtIds = data.districtIds ?? [];
      for (const districtId of districtIds) await checks.requireDistrict(districtId);
      if (data.unitId) await checks.requireUnitOfDistrict('unitId', data.unitId, districtIds[0]);
      return {
        type: 'CreateUser',
        today: metadata.today,
        userId: userIdFor(String(data.username)),
        username: data.username,
        displayName: data.displayName,
        role: data.role,
        districtIds,
        unitId: data.unitId,
        passwordHash: await hashPassword(password),
      };
    },
    answer: (data) => ({ id: userIdFor(String(data.username)) }),
  }),

  /** A user changes their own password, proving they know the current one. */
  ChangePassword: onUser<ChangePasswordInput>(async (data, account, { metadata }) => {
    if (!(await verifyPassword(String(data.currentPassword), account.passwordHash))) {
      throw invalid('currentPassword', 'currentPassword is not the current password');
    }
    return { type: 'ChangePassword', today: metadata.today, passwordHash: await newPasswordHash(data.newPassword) };
  }),

  /** An administrator sets a new password, e.g. to rotate a leaked one. */
  ResetPassword: onUser<ResetPasswordInput>(async (data, _state, { metadata }) => ({
    type: 'ChangePassword',
    today: metadata.today,
    passwordHash: await newPasswordHash(data.newPassword),
  })),

  DeactivateUser: onUser<{ userId: string; reason: string }>((data, _state, { metadata }) => ({
    type: 'DeactivateUser',
    today: metadata.today,
    reason: data.reason,
  })),

  RecordLogin: onUser<{ userId: string; sessionId: string; expiresAt: string }>((data, _state, { metadata }) => ({
    type: 'StartSession',
    today: metadata.today,
    sessionId: data.sessionId,
    expiresAt: data.expiresAt,
  })),

  RecordLogout: onUser<{ userId: string; sessionId: string }>((data, _state, { metadata }) => ({
    type: 'EndSession',
    today: metadata.today,
    sessionId: data.sessionId,
  })),
};
