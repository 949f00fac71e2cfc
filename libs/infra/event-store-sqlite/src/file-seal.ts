import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'fs';
import { crc32 } from 'zlib';

/** What a clean close records of the file it left: its size and the CRC-32 of all its bytes. */
interface Seal {
  size: number;
  crc: number;
}

/** Beside the file it speaks of. */
const sealOf = (file: string) => `${file}.seal`;

/** The CRC-32 of a whole file, read in large pieces. */
function fileCrc(file: string): number {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.allocUnsafe(16 * 1024 * 1024);
    let crc = 0;
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0;)
      crc = crc32(buffer.subarray(0, read), crc);
    return crc;
  } finally {
    closeSync(fd);
  }
}

/** Whether the file is byte for byte as the last clean close left it; the seal is used up either way. */
export function sealHolds(file: string): boolean {
  const seal = sealOf(file);
  try {
    if (!existsSync(seal) || !existsSync(file)) return false;
    const { size, crc } = JSON.parse(readFileSync(seal, 'utf8')) as Seal;
    return statSync(file).size === size && fileCrc(file) === crc;
  } catch {
    // a seal cut short says nothing: the documents are checked one by one instead
    return false;
  } finally {
    // a seal written half-way (the process killed while sealing) goes too
    for (const left of [seal, `${seal}.writing`]) rmSync(left, { force: true });
  }
}

/** Records the file's size and CRC-32 beside it, under a temporary name first so a cut write leaves no seal. */
export function sealFile(file: string): void {
  const seal: Seal = { size: statSync(file).size, crc: fileCrc(file) };
  writeFileSync(`${sealOf(file)}.writing`, JSON.stringify(seal), { mode: 0o600 });
  renameSync(`${sealOf(file)}.writing`, sealOf(file));
}
