import type {
  BatchOutcome,
  CommandMessage,
  CommandResultOf,
  Commands,
  CommandType,
  DryRunOutcome,
} from '@tuijin/application';
import { currentRequestId } from '@tuijin/logging';
import { fromWire, type WireError } from './wire-errors';

export interface RemoteOptions {
  /** Base URL of the project-service, e.g. http://project-service:3100 */
  url: string;
  timeoutMs?: number;
}

async function post(options: RemoteOptions, path: string, body: unknown): Promise<unknown> {
  const requestId = currentRequestId();
  const response = await fetch(`${options.url}${path}`, {
    method: 'POST',
    // the project-service logs the command under the id of the request that sent it
    headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
  });
  const answer = (await response.json()) as { result?: unknown; error?: WireError };
  if (answer.error) throw fromWire(answer.error);
  return answer.result ?? undefined;
}

/** The commands of a project-service reached over HTTP: each message is sent as it is. */
export const remoteCommands = (options: RemoteOptions): Commands => ({
  handle: <T extends CommandType>(message: CommandMessage<T>) =>
    post(options, '/commands', message) as Promise<CommandResultOf<T>>,
  dryRun: (messages) => post(options, '/commands/dry-run', { messages }) as Promise<DryRunOutcome[]>,
  handleAll: (messages) => post(options, '/commands/batch', { messages }) as Promise<BatchOutcome>,
});
