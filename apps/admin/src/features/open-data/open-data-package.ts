/** What the open-data page reads from a package it downloaded: each project's ids, title, status and last change. */
export interface PackageProject {
  id: string;
  title: string;
  status: string;
  updated?: string;
}

export interface PackageSummary {
  publishedDate: string;
  projects: PackageProject[];
}

/** The Tuijin project behind an OC4IDS id: the id carries the deployment's prefix, then the project's own id. */
export function projectIdOf(oc4idsId: string, prefix: string): string | undefined {
  return oc4idsId.startsWith(`${prefix}-`) ? oc4idsId.slice(prefix.length + 1) : undefined;
}

/** The download address as of an instant: everything recorded by then, nothing after. */
export const asKnownAt = (path: string, knownAt: string | undefined): string =>
  knownAt ? `${path}?knownAt=${encodeURIComponent(knownAt)}` : path;
