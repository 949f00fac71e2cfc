import type { Oc4idsPackage, Oc4idsProject } from './oc4ids.types';

export type PackageHeader = Omit<Oc4idsPackage, 'projects'>;

/** Projects serialised per chunk: large enough to keep writes few, small enough to keep memory flat. */
const PROJECTS_PER_CHUNK = 50;

/**
 * Writes an OC4IDS project package as a stream of JSON text: the package's fields,
 * then the projects as they come, so that a package of thousands of projects never
 * exists as one string or one object in memory.
 */
export async function* packageChunks(
  header: PackageHeader,
  projects: AsyncIterable<Oc4idsProject>,
): AsyncGenerator<string> {
  const head = JSON.stringify(header);
  let pending = `${head.slice(0, -1)},"projects":[`;
  let count = 0;
  for await (const project of projects) {
    pending += (count === 0 ? '' : ',') + JSON.stringify(project);
    count += 1;
    if (count % PROJECTS_PER_CHUNK === 0) {
      yield pending;
      pending = '';
    }
  }
  yield `${pending}]}`;
}
