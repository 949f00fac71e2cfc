import { PAGES, pageAt } from './pages';

/** The frame of the signed-in app: fetched while the login page waits for the user to type. */
export const loadSignedInFrame = () => import('./SignedInFrame');

/**
 * Starts fetching the page a user lands on after signing in, beside the frame, rather
 * than after it: on a slow line the two would otherwise load one after the other.
 */
export function preloadPageAt(path: string): void {
  const page = pageAt(path);
  if (page) void PAGES[page].load();
}
