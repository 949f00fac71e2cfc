import { currentRequestId } from '@tuijin/logging';
import { COMMAND_CLASSES, commandMethods, type CommandGroup, type CommandSide } from './command-side';
import { fromWire, type WireError } from './wire-errors';

export interface RemoteOptions {
  /** Base URL of the project-service, e.g. http://project-service:3100 */
  url: string;
  timeoutMs?: number;
}

async function call(options: RemoteOptions, group: string, method: string, args: unknown[]): Promise<unknown> {
  const requestId = currentRequestId();
  const response = await fetch(`${options.url}/commands/${group}/${method}`, {
    method: 'POST',
    // the project-service logs the command under the id of the request that sent it
    headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify({ args }),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const body = (await response.json()) as { result?: unknown; error?: WireError };
  if (body.error) throw fromWire(body.error);
  return body.result ?? undefined;
}

/**
 * A command group whose every method runs in the project-service. It is an object of
 * the handler's own class (made from its prototype, with each method replaced by a
 * call), so it can stand wherever the API expects the local handlers.
 */
function remoteGroup<G extends CommandGroup>(options: RemoteOptions, group: G): CommandSide[G] {
  const remote = Object.create(COMMAND_CLASSES[group].prototype) as CommandSide[G];
  for (const method of commandMethods(group)) {
    Object.defineProperty(remote, method, { value: (...args: unknown[]) => call(options, group, method, args) });
  }
  return remote;
}

/** The command handlers of a project-service reached over HTTP. */
export const remoteCommandSide = (options: RemoteOptions): CommandSide => ({
  organization: remoteGroup(options, 'organization'),
  projects: remoteGroup(options, 'projects'),
  assessment: remoteGroup(options, 'assessment'),
  accounts: remoteGroup(options, 'accounts'),
  openData: remoteGroup(options, 'openData'),
  districtMaps: remoteGroup(options, 'districtMaps'),
  bulletins: remoteGroup(options, 'bulletins'),
});
