/**
 * The version of the read models' shapes and contents. A snapshot of the read models is used
 * at start-up only if it was written by the same version: raise it whenever a projection or a
 * view changes what a log replays to. The event-log fixtures record it beside the digest they
 * replay to, and refuse a changed digest under an unchanged version (docs/event-versions.md).
 */
export const READ_MODEL_VERSION = 2;
