import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MeQuery as MeResult, Role } from '../gql/graphql';
import { errorSource } from '../lib/apollo-error';
import { isUnsupported, needsSignIn, type ErrorSource } from '../lib/api-error';
import { LoginMutation, LogoutMutation, MeQuery, RefreshTokenMutation } from './auth.operations';
import { onSessionChange, readSession, writeSession } from './session-store';

export type SessionUser = Omit<MeResult['me'], 'role'> & { role: Role };

/**
 * - `checking`: asking the API who we are;
 * - `signedIn`: a user with a role;
 * - `signedOut`: the login page;
 * - `open`: the platform has no sign-in at all (an older build): everything is open, as in the API;
 * - `unreachable`: the API did not answer.
 */
export type AuthState =
  | { status: 'checking' }
  | { status: 'signedIn'; user: SessionUser }
  | { status: 'open'; user: SessionUser }
  | { status: 'signedOut' }
  | { status: 'unreachable'; error: ErrorSource };

interface AuthApi {
  state: AuthState;
  /** The user whose role shapes the app, when there is one. */
  user?: SessionUser;
  login(username: string, password: string): Promise<SessionUser>;
  logout(): Promise<void>;
  recheck(): void;
}

const AuthContext = createContext<AuthApi | undefined>(undefined);

/** Without sign-in on the platform the app acts as the API does: with city-wide reach. */
const OPEN_USER: SessionUser = {
  id: 'open',
  username: 'open',
  displayName: '',
  role: 'CITY_ADMIN',
  districtIds: [],
  unitId: null,
  unit: null,
};

/** Refresh the token this long before it expires, so that a working user is never cut off. */
const REFRESH_MARGIN_MS = 5 * 60 * 1000;

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [state, setState] = useState<AuthState>({ status: 'checking' });

  const check = useCallback(async (): Promise<AuthState> => {
    try {
      const { data } = await client.query({ query: MeQuery, fetchPolicy: 'network-only' });
      if (!data) throw new Error('no data');
      return { status: 'signedIn', user: data.me };
    } catch (error) {
      const source = errorSource(error);
      if (needsSignIn(source)) return { status: 'signedOut' };
      if (isUnsupported(source)) return { status: 'open', user: OPEN_USER };
      return { status: 'unreachable', error: source };
    }
  }, [client]);

  const recheck = useCallback(() => {
    setState({ status: 'checking' });
    void check().then(setState);
  }, [check]);

  useEffect(recheck, [recheck]);

  // The API ending the session (an expired token) or a logout in another tab shows the login page.
  useEffect(
    () =>
      onSessionChange((session) => {
        if (!session) {
          setState((current) => (current.status === 'signedIn' ? { status: 'signedOut' } : current));
          void client.clearStore();
        }
      }),
    [client],
  );

  // Keep an active session alive by refreshing its token before it runs out.
  useEffect(() => {
    if (state.status !== 'signedIn') return undefined;
    const session = readSession();
    if (!session) return undefined;
    const wait = Math.max(10_000, Date.parse(session.expiresAt) - Date.now() - REFRESH_MARGIN_MS);
    const timer = window.setTimeout(() => {
      client
        .mutate({ mutation: RefreshTokenMutation })
        .then(({ data }) => data && writeSession(data.refreshToken))
        .catch(() => undefined); // an ended session shows up as UNAUTHENTICATED on the next request
    }, wait);
    return () => window.clearTimeout(timer);
  }, [state, client]);

  const login = useCallback(
    async (username: string, password: string) => {
      const { data } = await client.mutate({ mutation: LoginMutation, variables: { username, password } });
      if (!data) throw new Error('no data');
      writeSession(data.login);
      await client.clearStore();
      const next = await check();
      setState(next);
      if (next.status !== 'signedIn') throw new Error('signed in, but the profile could not be read');
      return next.user;
    },
    [client, check],
  );

  const logout = useCallback(async () => {
    try {
      await client.mutate({ mutation: LogoutMutation });
    } catch {
      // The session ends here whatever the server says.
    }
    writeSession(undefined);
    await client.clearStore();
    setState({ status: 'signedOut' });
  }, [client]);

  const api = useMemo<AuthApi>(
    () => ({
      state,
      user: state.status === 'signedIn' || state.status === 'open' ? state.user : undefined,
      login,
      logout,
      recheck,
    }),
    [state, login, logout, recheck],
  );
  return <AuthContext.Provider value={api}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthApi {
  const api = useContext(AuthContext);
  if (!api) throw new Error('useAuth must be used inside <AuthProvider>');
  return api;
}

/** The signed-in user; only for pages behind the session guard. */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser needs a signed-in user');
  return user;
}
