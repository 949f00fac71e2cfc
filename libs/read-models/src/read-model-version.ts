/**
 * The version of the read models' shapes and contents. Stored read models are served at
 * start-up only if they were built by the same version: raise it whenever a projection or a
 * view changes what a log replays to. The event-log fixtures record it beside the digest they
 * replay to, and refuse a changed digest under an unchanged version (docs/event-versions.md).
 */
export const READ_MODEL_VERSION = 3;
