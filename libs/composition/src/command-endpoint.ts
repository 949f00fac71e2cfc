import express, { type Router } from 'express';
import { log } from '@tuijin/logging';
import { commandMethods, COMMAND_CLASSES, type CommandGroup, type CommandSide } from './command-side';
import { toWire } from './wire-errors';

export interface CommandObserver {
  /** Told of every command and how long it took, for the command-latency metric. */
  (command: string, outcome: 'ok' | 'rejected' | 'failed', seconds: number): void;
}

const isGroup = (name: string): name is CommandGroup => Object.hasOwn(COMMAND_CLASSES, name);

/**
 * The project-service's internal command endpoint: `POST /commands/<group>/<method>`
 * with `{ "args": [...] }` runs that method of the command handlers and answers
 * `{ "result": … }` or `{ "error": WireError }`. Only the handlers' own methods can
 * be called. It is meant for the gateway on the internal network, not for clients.
 */
export function commandRouter(commands: CommandSide, observe: CommandObserver = () => undefined): Router {
  const allowed = new Map((Object.keys(COMMAND_CLASSES) as CommandGroup[]).map((g) => [g, new Set(commandMethods(g))]));
  const router = express.Router();
  // a district's map arrives whole (up to 2 MB of GeoJSON), wrapped in the call's JSON
  router.post('/commands/:group/:method', express.json({ limit: '4mb' }), async (req, res) => {
    const group = String(req.params['group']);
    const method = String(req.params['method']);
    const args: unknown = req.body?.args;
    if (!isGroup(group) || !allowed.get(group)?.has(method) || !Array.isArray(args)) {
      res.status(404).json({ error: { kind: 'internal', message: `no command ${group}.${method}` } });
      return;
    }
    const started = performance.now();
    const target = commands[group] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    try {
      const result = await target[method].apply(commands[group], args);
      observe(`${group}.${method}`, 'ok', (performance.now() - started) / 1000);
      res.json({ result: result ?? null });
    } catch (error) {
      const wire = toWire(error);
      observe(
        `${group}.${method}`,
        wire.kind === 'internal' ? 'failed' : 'rejected',
        (performance.now() - started) / 1000,
      );
      if (wire.kind === 'internal') log().error({ err: error, command: `${group}.${method}` }, 'command failed');
      res.status(wire.kind === 'internal' ? 500 : 422).json({ error: wire });
    }
  });
  return router;
}
