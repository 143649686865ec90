/**
 * The crisis module's compiled tables in one file, written at build time (`npm run build`, after tsc:
 * scripts/build-tables.mjs) and read at start-up instead of compiling them: start-up saves about a
 * second of CPU and the ~90 MB of garbage compiling leaves in V8's heap. The crisis module is pure,
 * so the file is read and checked here and its tables handed in (`prepareCrisis`).
 *
 * The file: "PLTABLES", a 4-byte little-endian header length, a JSON header, then the tables
 * serialised with `v8.serialize` (typed arrays, strings, maps). The header holds a hash of the inputs —
 * every compiled file of the crisis module (rule packs, eld's model and the code that compiles and
 * reads them) and V8's version (the serialisation's format) — and a SHA-256 of the tables' bytes. A
 * file that is missing, unreadable, stale or corrupt is not used: the tables are compiled as before
 * and that is logged once, at info. Under tsx there is no file beside src/crisis, so it compiles.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Logger } from './core/index.js';
import { compileTables, prepareCrisis, type CrisisTables } from './crisis/index.js';

const MAGIC = 'PLTABLES';
/** Bump when the file's layout changes. */
const FORMAT = 1;
/** The compiled crisis module (dist/crisis, or src/crisis under tsx). */
const CRISIS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'crisis');
export const TABLES_FILE = join(CRISIS_DIR, 'tables.bin');

/** A hash of what the tables are compiled from: every .js file of the crisis module, by path and content, and V8's version. */
export function inputsHash(dir: string = CRISIS_DIR): string {
  const hash = createHash('sha256').update(`${MAGIC} ${FORMAT} v8 ${process.versions.v8}\n`);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.js'))
    .sort();
  for (const f of files) {
    const bytes = readFileSync(join(dir, f));
    hash.update(`${relative(dir, join(dir, f))} ${bytes.length}\n`).update(bytes);
  }
  return hash.digest('hex');
}

/** The file's bytes for `tables` compiled from inputs with hash `inputs`. */
export function encodeTables(tables: CrisisTables, inputs: string): Buffer {
  const payload = serialize(tables);
  const header = Buffer.from(JSON.stringify({ format: FORMAT, inputs, sha256: createHash('sha256').update(payload).digest('hex') }));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return Buffer.concat([Buffer.from(MAGIC), length, header, payload]);
}

/** Why a file's bytes cannot be used, or its tables. */
export function decodeTables(bytes: Buffer, inputs: string): CrisisTables | { readonly unusable: 'corrupt' | 'stale' } {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return { unusable: 'corrupt' };
  const start = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
  let header: unknown;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, start));
  } catch {
    return { unusable: 'corrupt' };
  }
  if (typeof header !== 'object' || header === null || !('format' in header) || !('inputs' in header) || !('sha256' in header)) return { unusable: 'corrupt' };
  if (header.format !== FORMAT || header.inputs !== inputs) return { unusable: 'stale' };
  const payload = bytes.subarray(start);
  if (createHash('sha256').update(payload).digest('hex') !== header.sha256) return { unusable: 'corrupt' };
  // The checksum and the inputs' hash say these are the bytes `encodeTables` wrote from this code's
  // `compileTables`: their shape is `CrisisTables`.
  return deserialize(payload) as CrisisTables;
}

/** Writes the tables file for the crisis module in `dir` (the build's step, after tsc). */
export function writeCrisisTables(dir: string = CRISIS_DIR): void {
  const file = join(dir, 'tables.bin');
  // Written whole, then renamed: a build stopped half way leaves no half file.
  writeFileSync(`${file}.tmp`, encodeTables(compileTables(), inputsHash(dir)));
  renameSync(`${file}.tmp`, file);
}

/**
 * Builds the crisis detectors at start-up: from the tables file when it is there and current, else by
 * compiling (logged once at info, with the reason). Never throws for a bad file. Returns how.
 */
export function loadCrisisTables(log: Logger, file: string = TABLES_FILE, dir: string = CRISIS_DIR): 'file' | 'missing' | 'unreadable' | 'corrupt' | 'stale' {
  let how: 'file' | 'missing' | 'unreadable' | 'corrupt' | 'stale';
  try {
    const decoded = decodeTables(readFileSync(file), inputsHash(dir));
    if ('unusable' in decoded) how = decoded.unusable;
    else {
      prepareCrisis(decoded);
      return 'file';
    }
  } catch (error) {
    how = error instanceof Error && 'code' in error && error.code === 'ENOENT' ? 'missing' : 'unreadable';
  }
  log.info('crisis.tables_compiled', { reason: how, file });
  prepareCrisis();
  return how;
}
