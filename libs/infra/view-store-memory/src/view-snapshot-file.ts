import { createReadStream } from 'fs';
import { open, readdir, rename, rm } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { crc32 } from 'zlib';
import type { ViewDoc } from '@tuijin/application';
import type { CapturedViews } from './memory-view-store';

/** Documents serialized per write: small enough that requests go on between two writes. */
const DOCS_PER_WRITE = 1000;
const FORMAT = 1;
const NEWLINE = 0x0a;

/** What a snapshot file holds besides the documents: whatever its writer needs to judge it by later. */
export type SnapshotMeta = Record<string, unknown>;

/** Why a snapshot file cannot be used: missing, cut short, altered, or of an unknown format. */
export class UnusableSnapshot extends Error {}

interface Header {
  format: number;
  meta: SnapshotMeta;
  checkpoints: CapturedViews['checkpoints'];
  collections: [name: string, count: number][];
}

interface Trailer {
  crc32: number;
}

const tempPrefix = (file: string) => `${basename(file)}.writing-`;

/**
 * Writes what a memory store captured to `file`, one JSON document per line between a header
 * and a trailer holding the CRC-32 of everything before it. The file is written under another
 * name, flushed to disk and only then renamed over the previous snapshot: a crash at any moment
 * leaves the previous snapshot whole, or none.
 */
export async function writeViewSnapshot(file: string, captured: CapturedViews, meta: SnapshotMeta): Promise<void> {
  const temp = join(dirname(file), `${tempPrefix(file)}${process.pid}`);
  const handle = await open(temp, 'w', 0o600);
  let crc = 0;
  const write = async (text: string) => {
    const bytes = Buffer.from(text);
    crc = crc32(bytes, crc);
    await handle.write(bytes);
  };
  try {
    const header: Header = {
      format: FORMAT,
      meta,
      checkpoints: captured.checkpoints,
      collections: captured.collections.map(([name, docs]) => [name, docs.length]),
    };
    await write(`${JSON.stringify(header)}\n`);
    for (const [, docs] of captured.collections) {
      for (let from = 0; from < docs.length; from += DOCS_PER_WRITE) {
        const chunk = docs.slice(from, from + DOCS_PER_WRITE);
        await write(`${chunk.map((doc) => JSON.stringify(doc)).join('\n')}\n`);
      }
    }
    await handle.write(`${JSON.stringify({ crc32: crc } satisfies Trailer)}\n`);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, file);
  await syncDirectory(dirname(file));
}

/** A rename is durable once the directory that holds the name is flushed too. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Removes what a writer killed half-way left behind; the snapshot itself is never among it. */
export async function removeUnfinishedSnapshots(file: string): Promise<void> {
  const prefix = tempPrefix(file);
  const names = await readdir(dirname(file)).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name.startsWith(prefix)).map((name) => rm(join(dirname(file), name))));
}

/** The lines of a file as bytes, without their newline, read a large block at a time. */
async function* linesOf(file: string): AsyncGenerator<Buffer> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const block of createReadStream(file, { highWaterMark: 8 << 20 }) as AsyncIterable<Buffer>) {
    const bytes = rest.length > 0 ? Buffer.concat([rest, block]) : block;
    let start = 0;
    for (let end = bytes.indexOf(NEWLINE); end >= 0; end = bytes.indexOf(NEWLINE, start)) {
      yield bytes.subarray(start, end);
      start = end + 1;
    }
    rest = bytes.subarray(start);
  }
  if (rest.length > 0) yield rest;
}

const parsed = <T>(line: Buffer, what: string): T => {
  try {
    return JSON.parse(line.toString('utf8')) as T;
  } catch {
    throw new UnusableSnapshot(`its ${what} is not valid JSON`);
  }
};

/**
 * Reads a snapshot back, checking it whole before anything is used: every line is counted into
 * the CRC-32, which must equal the trailer's, and each collection must hold the number of
 * documents the header announced. Throws `UnusableSnapshot` saying what is wrong.
 */
export async function readViewSnapshot(file: string): Promise<{ meta: SnapshotMeta; captured: CapturedViews }> {
  const lines = linesOf(file);
  let crc = 0;
  const next = async (what: string): Promise<Buffer> => {
    const { value, done } = await lines.next();
    if (done) throw new UnusableSnapshot(`it ends before its ${what}`);
    return value;
  };
  const counted = (line: Buffer) => {
    crc = crc32(line, crc);
    crc = crc32('\n', crc);
    return line;
  };
  let headerLine: Buffer;
  try {
    headerLine = counted(await next('header'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UnusableSnapshot('there is none');
    throw error;
  }
  const header = parsed<Header>(headerLine, 'header');
  if (header.format !== FORMAT) throw new UnusableSnapshot(`its format ${String(header.format)} is not ${FORMAT}`);
  const collections: CapturedViews['collections'] = [];
  for (const [name, count] of header.collections) {
    const docs: ViewDoc[] = new Array(count);
    for (let i = 0; i < count; i++) docs[i] = parsed<ViewDoc>(counted(await next(`${name} documents`)), 'document');
    collections.push([name, docs]);
  }
  const trailer = parsed<Trailer>(await next('trailer'), 'trailer');
  if (!(await lines.next()).done) throw new UnusableSnapshot('it goes on after its trailer');
  if (trailer.crc32 !== crc) throw new UnusableSnapshot('its checksum does not match its contents');
  return { meta: header.meta, captured: { checkpoints: header.checkpoints, collections } };
}
