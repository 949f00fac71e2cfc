/** Remembers how far a named reader (the relay, a projector) got through the log. */
export interface CheckpointStore {
  load(name: string): Promise<number>;
  save(name: string, position: number): Promise<void>;
}
