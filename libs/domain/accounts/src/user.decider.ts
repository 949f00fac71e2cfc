import { assertNever, conflict, invalid, notFound, requireText, type Decider } from '@tuijin/domain-kernel';
import { alreadyExists, requireDisplayName, requireScope, requireUsername } from './user-rules';
import type { UserCommand, UserEvent, UserState } from './user.types';

type ExistingUser = Extract<UserState, { exists: true }>;

function requireActive(state: UserState): ExistingUser {
  if (!state.exists) throw notFound('User', 'unknown');
  if (!state.active) throw conflict(`user ${state.username} is deactivated`);
  return state;
}

const requireHash = (hash: unknown): string => {
  if (typeof hash !== 'string' || hash.length < 20) throw invalid('password', 'password could not be stored');
  return hash;
};

/**
 * A user account: created once, its password changed, possibly deactivated. Logins and
 * logouts are recorded on it too, so the audit trail shows them; whether a token is still
 * good is the credentials read model's business.
 */
export const userDecider: Decider<UserCommand, UserEvent, UserState> = {
  initialState: { exists: false },

  decide(command, state) {
    switch (command.type) {
      case 'CreateUser': {
        const username = requireUsername(command.username);
        if (state.exists) throw alreadyExists(username);
        const scope = requireScope(command.role, command.districtIds, command.unitId);
        const data = {
          userId: command.userId,
          username,
          displayName: requireDisplayName(command.displayName),
          ...scope,
          passwordHash: requireHash(command.passwordHash),
        };
        return [{ type: 'UserCreated', occurredOn: command.today, data }];
      }
      case 'ChangePassword':
        requireActive(state);
        return [
          {
            type: 'PasswordChanged',
            occurredOn: command.today,
            data: { passwordHash: requireHash(command.passwordHash) },
          },
        ];
      case 'DeactivateUser':
        requireActive(state);
        return [
          {
            type: 'UserDeactivated',
            occurredOn: command.today,
            data: { reason: requireText('reason', command.reason, 200) },
          },
        ];
      case 'StartSession':
        requireActive(state);
        return [
          {
            type: 'SessionStarted',
            occurredOn: command.today,
            data: { sessionId: command.sessionId, expiresAt: command.expiresAt },
          },
        ];
      case 'EndSession':
        requireActive(state);
        return [{ type: 'SessionEnded', occurredOn: command.today, data: { sessionId: command.sessionId } }];
      default:
        return assertNever(command);
    }
  },

  evolve(state, event) {
    switch (event.type) {
      case 'UserCreated': {
        const { passwordHash, ...profile } = event.data;
        return { exists: true, ...profile, active: true, passwordHash };
      }
      case 'PasswordChanged':
        return state.exists ? { ...state, passwordHash: event.data.passwordHash } : state;
      case 'UserDeactivated':
        return state.exists ? { ...state, active: false } : state;
      case 'SessionStarted':
      case 'SessionEnded':
        return state;
      default:
        return assertNever(event);
    }
  },
};
