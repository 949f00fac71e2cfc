/**
 * The bearer token of the signed-in user. It lives in localStorage so that a reload or
 * a second tab stays signed in; it is cleared on logout and when the API refuses it.
 */
export interface StoredSession {
  token: string;
  expiresAt: string;
}

const KEY = 'tuijin.session';
type Listener = (session: StoredSession | undefined) => void;
const listeners = new Set<Listener>();

export function readSession(): StoredSession | undefined {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? 'null') as StoredSession | null;
    return parsed && typeof parsed.token === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function writeSession(session: StoredSession | undefined): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  listeners.forEach((listener) => listener(session));
}

/** Told when the session changes, so the app can go to the login page when the API ends it. */
export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
