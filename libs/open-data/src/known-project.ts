import type { HistoryEntry } from '@tuijin/read-models';
import { projectDecider, type ProjectEvent, type RegisteredProject, type Stage } from '@tuijin/domain-projects';

/** A project as its history stood at an instant: its state, every stage it entered, and its last change. */
export interface KnownProject {
  state: RegisteredProject;
  /** The stage entered at registration, then every stage change, oldest first, with the day of entry. */
  stages: { stage: Stage; on: string }[];
  /** When the last event of the history that counts was recorded. */
  lastChange: string;
}

/**
 * Folds a project's history with the domain's own `evolve`, leaving out whatever was
 * recorded after `knownAt`: exactly what the log held then. Undefined for a project not
 * yet registered at that instant.
 */
export function projectAsKnown(entries: readonly HistoryEntry[], knownAt?: string): KnownProject | undefined {
  let state = projectDecider.initialState;
  const stages: KnownProject['stages'] = [];
  let lastChange = '';
  for (const entry of entries) {
    if (knownAt !== undefined && entry.recordedAt > knownAt) continue;
    const event = entry as unknown as ProjectEvent;
    state = projectDecider.evolve(state, event);
    if (event.type === 'ProjectRegistered') stages.push({ stage: event.data.stage, on: event.occurredOn });
    if (event.type === 'StageChanged') stages.push({ stage: event.data.to, on: event.occurredOn });
    lastChange = entry.recordedAt;
  }
  return state.exists ? { state, stages, lastChange } : undefined;
}

/** The instant of the last change a project's history shows as known at `knownAt` (empty if none). */
export function lastChangeKnown(entries: readonly HistoryEntry[], knownAt?: string): string {
  let last = '';
  for (const entry of entries) {
    if (knownAt !== undefined && entry.recordedAt > knownAt) continue;
    last = entry.recordedAt;
  }
  return last;
}
