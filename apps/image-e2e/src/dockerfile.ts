import { readFileSync } from 'fs';

export interface Instruction {
  op: string;
  args: string;
}

export interface Stage {
  name: string;
  instructions: Instruction[];
}

/** The stages of a Dockerfile with their instructions (continued lines joined, comments dropped). */
export function readDockerfile(file: string): Stage[] {
  const lines = readFileSync(file, 'utf8')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of lines) {
    const [op, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (op.toUpperCase() === 'FROM') {
      const [, name] = args.split(/\s+AS\s+/i);
      stages.push({ name: name ?? `stage-${stages.length}`, instructions: [] });
    } else {
      stages[stages.length - 1]?.instructions.push({ op: op.toUpperCase(), args });
    }
  }
  return stages;
}

/** `KEY=value KEY=value` of an ENV instruction. */
export const envOf = (args: string): Record<string, string> =>
  Object.fromEntries(args.split(/\s+/).map((pair) => pair.split('=') as [string, string]));

/** COPY's sources and destination, and the stage it copies from (none: the build context). */
export function copyOf(args: string): { from?: string; sources: string[]; target: string } {
  const parts = args.split(/\s+/);
  const from = parts[0].startsWith('--from=') ? parts.shift()?.slice('--from='.length) : undefined;
  const target = parts.pop() as string;
  return { from, sources: parts, target };
}
