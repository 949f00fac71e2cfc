import type { ApiError } from './api-error';

/** Asks the platform about one command: why it would refuse it, or null when it would accept it. */
export type AskCheck<C> = (command: C) => Promise<ApiError | null>;

/**
 * Checks a form's command while the user fills it in. Each command is asked once (leaving a
 * field without changing anything asks nothing again), and only the answer about the form as it
 * still stands is shown: one that arrives after the user changed something is dropped. A check
 * that cannot be made says nothing (sending the form will), and is asked again next time.
 */
export function commandChecker<C>(ask: AskCheck<C>, show: (refusal: ApiError | null) => void) {
  let asked: string | undefined;
  return {
    async check(command: C): Promise<void> {
      const key = JSON.stringify(command);
      if (key === asked) return;
      asked = key;
      let refusal: ApiError | null;
      try {
        refusal = await ask(command);
      } catch {
        if (asked === key) asked = undefined;
        return;
      }
      if (asked === key) show(refusal);
    },
    /** The user changed the form: an answer still on its way speaks of what it no longer is. */
    formChanged(): void {
      asked = undefined;
    },
  };
}
