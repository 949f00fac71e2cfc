import express, { type Response, type Router } from 'express';
import { isCommandType, type CommandMessage, type Commands } from '@tuijin/application';
import { log } from '@tuijin/logging';
import { toWire } from './wire-errors';

export interface CommandObserver {
  /** Told of every command and how long it took, for the command-latency metric. */
  (command: string, outcome: 'ok' | 'rejected' | 'failed', seconds: number): void;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Why a request body is not a command message, or undefined when it is one. */
export function messageProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'a command message is a JSON object { type, data, metadata }';
  if (!isCommandType(value['type'])) return `unknown command type ${JSON.stringify(value['type'])}`;
  if (!isObject(value['data'])) return `${value['type']}: data must be an object`;
  const metadata = value['metadata'];
  const actor = isObject(metadata) ? metadata['actor'] : undefined;
  if (!isObject(metadata) || typeof metadata['today'] !== 'string' || !isObject(actor)) {
    return `${value['type']}: metadata must carry the actor and today`;
  }
  if (typeof actor['userId'] !== 'string' || typeof actor['role'] !== 'string') {
    return `${value['type']}: metadata.actor must carry a userId and a role`;
  }
  return undefined;
}

const refuse = (res: Response, problem: string) =>
  res.status(400).json({ error: { kind: 'internal', message: problem } });

/**
 * The project-service's internal command endpoint, for the gateway on the internal network,
 * not for clients:
 * - `POST /commands` with a command message `{ type, data, metadata }` runs it and answers
 *   `{ "result": … }` or `{ "error": WireError }`;
 * - `POST /commands/dry-run` with `{ "messages": [...] }` answers `{ "result": DryRunOutcome[] }`
 *   and appends nothing;
 * - `POST /commands/batch` with `{ "messages": [...] }` writes them all or none, and answers
 *   `{ "result": BatchOutcome }`.
 * A body that is not a message of a known type is refused with 400 before anything runs.
 */
export function commandRouter(commands: Commands, observe: CommandObserver = () => undefined): Router {
  const router = express.Router();
  const run = async (res: Response, label: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    try {
      const result = await work();
      observe(label, 'ok', (performance.now() - started) / 1000);
      res.json({ result: result ?? null });
    } catch (error) {
      const wire = toWire(error);
      observe(label, wire.kind === 'internal' ? 'failed' : 'rejected', (performance.now() - started) / 1000);
      if (wire.kind === 'internal') log().error({ err: error, command: label }, 'command failed');
      res.status(wire.kind === 'internal' ? 500 : 422).json({ error: wire });
    }
  };
  // a district's map arrives whole (up to 2 MB of GeoJSON), wrapped in the message's JSON
  const body = express.json({ limit: '4mb' });
  // a ledger's commands: thousands of rows, each a few commands
  const batchBody = express.json({ limit: '64mb' });

  router.post('/commands', body, async (req, res) => {
    const problem = messageProblem(req.body);
    if (problem) return void refuse(res, problem);
    const message = req.body as CommandMessage;
    await run(res, message.type, () => commands.handle(message));
  });

  const batchRoute = (path: string, label: 'dryRun' | 'handleAll') =>
    router.post(path, batchBody, async (req, res) => {
      const messages: unknown = req.body?.messages;
      if (!Array.isArray(messages)) return void refuse(res, 'a batch is { "messages": [...] }');
      const problems = messages.map(messageProblem);
      const index = problems.findIndex((problem) => problem !== undefined);
      if (index >= 0) return void refuse(res, `messages[${index}]: ${problems[index]}`);
      await run(res, label, () => commands[label](messages as CommandMessage[]));
    });
  batchRoute('/commands/dry-run', 'dryRun');
  batchRoute('/commands/batch', 'handleAll');
  return router;
}
