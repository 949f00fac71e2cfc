import type { Projection } from '@tuijin/application';
import type { Role, UserEvent } from '@tuijin/domain-accounts';
import { aggregateIdOf, domainEvent, needOwnDocs } from './stream-keys';
import { COLLECTIONS } from './views';

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  districtIds: string[];
  unitId?: string;
  active: boolean;
  createdAt: string;
  lastLoginAt?: string;
}

/**
 * What login and token checks need, kept apart from the user view so that no
 * query that lists users ever touches a password hash.
 */
export interface CredentialsView {
  id: string;
  username: string;
  passwordHash: string;
  active: boolean;
  /** Tokens issued before this instant (the last password change) are no longer good. */
  validAfter: string;
  /** Sessions ended by logout; kept for as long as their tokens could live. */
  endedSessions: { sessionId: string; endedAt: string }[];
}

/** Logged-out sessions older than this cannot have a live token any more. */
const SESSION_MEMORY_MS = 7 * 24 * 3600 * 1000;

/** Users (账号) and their credentials. */
export const accountsProjection: Projection = {
  name: 'accounts',
  reads: (stored, need) => needOwnDocs(stored, 'user', need, COLLECTIONS.users, COLLECTIONS.credentials),
  apply(stored, views) {
    if (!stored.streamId.startsWith('user-')) return;
    const event = domainEvent<UserEvent>(stored);
    const id = aggregateIdOf(stored);
    if (event.type === 'UserCreated') {
      const { passwordHash, userId: _userId, ...profile } = event.data;
      views.put(COLLECTIONS.users, { id, ...profile, active: true, createdAt: stored.recordedAt } satisfies UserView);
      views.put(COLLECTIONS.credentials, {
        id,
        username: profile.username,
        passwordHash,
        active: true,
        validAfter: stored.recordedAt,
        endedSessions: [],
      } satisfies CredentialsView);
      return;
    }
    const user = views.get<UserView>(COLLECTIONS.users, id);
    const credentials = views.get<CredentialsView>(COLLECTIONS.credentials, id);
    if (!user || !credentials) return;
    switch (event.type) {
      case 'PasswordChanged':
        views.put(COLLECTIONS.credentials, {
          ...credentials,
          passwordHash: event.data.passwordHash,
          validAfter: stored.recordedAt,
        });
        return;
      case 'UserDeactivated':
        views.put(COLLECTIONS.users, { ...user, active: false });
        views.put(COLLECTIONS.credentials, { ...credentials, active: false });
        return;
      case 'SessionStarted':
        views.put(COLLECTIONS.users, { ...user, lastLoginAt: stored.recordedAt });
        return;
      case 'SessionEnded': {
        const horizon = new Date(Date.parse(stored.recordedAt) - SESSION_MEMORY_MS).toISOString();
        const endedSessions = [
          ...credentials.endedSessions.filter((s) => s.endedAt > horizon),
          { sessionId: event.data.sessionId, endedAt: stored.recordedAt },
        ];
        views.put(COLLECTIONS.credentials, { ...credentials, endedSessions });
        return;
      }
    }
  },
};
