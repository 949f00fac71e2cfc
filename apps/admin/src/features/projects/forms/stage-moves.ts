import type { Stage } from '../../../gql/graphql';
import { STAGES } from '../../../lib/enums';

/** The normal path; a move back along it, a suspension or a cancellation must say why (as the platform requires). */
const PROGRESS: readonly Stage[] = STAGES.filter((stage) => stage !== 'SUSPENDED' && stage !== 'CANCELLED');

/**
 * Whether moving from one stage to another needs a reason. Resuming a suspended project
 * is judged by the platform against the stage before the suspension, which the app does
 * not know, so it asks for a reason only when the platform certainly will.
 */
export function needsReason(from: Stage, to: Stage | undefined, resuming = false): boolean {
  if (!to) return false;
  if (to === 'SUSPENDED' || to === 'CANCELLED') return true;
  if (resuming) return false;
  return PROGRESS.indexOf(to) < PROGRESS.indexOf(from);
}
