/**
 * A signal that a command changed something. Queries Apollo watches are refreshed by the
 * command itself; views assembled from several requests (all pages of a list) listen here.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

export function announceDataChange(): void {
  listeners.forEach((listener) => listener());
}

export function onDataChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
