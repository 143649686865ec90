/**
 * The crisis module's compiled tables in one file, written at build time (`npm run build`, after tsc:
 * scripts/build-tables.mjs) and read at start-up instead of compiling them: start-up saves about a
 * second of CPU and the ~90 MB of garbage compiling leaves in V8's heap. The crisis module is pure,
 * so the file is read and checked here and its tables handed in (`prepareCrisis`).
 *
 * The file: "PLTABLES", a 4-byte little-endian header length, a JSON header, then the tables' typed
 * arrays (each at an 8-byte boundary: read back as views into the file's bytes, no copy) and the rest
 * of the tables serialised with `v8.serialize` (strings, maps, flags). The header holds a hash of the
 * inputs — every compiled file of the crisis module (rule packs, eld's model and the code that compiles
 * and reads them) and V8's version (the serialisation's format) — and a SHA-256 of the rest. A
 * file that is missing, unreadable, stale or corrupt is not used: the tables are compiled as before
 * and that is logged once, at info. Under tsx there is no file beside src/crisis, so it compiles.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
    hash.update(`${f} ${bytes.length}\n`).update(bytes);
  }
  return hash.digest('hex');
}

/** The typed arrays the tables hold, by name (kept in the file's header). */
const ARRAYS = { Uint8Array, Uint16Array, Int32Array } as const;
type ArrayKind = keyof typeof ARRAYS;
/** Where a typed array stood in the tables: its index in the file's list of arrays. */
const ARRAY = '\u0000array';

/**
 * The tables with each typed array replaced by `{ [ARRAY]: index }`, and the arrays. The arrays are
 * written apart, each at an 8-byte boundary, so that reading gives views into the file's bytes:
 * `v8.deserialize` copies every array that does not fall on its element size, which doubled their memory.
 */
function takeArrays(value: unknown, arrays: (Uint8Array | Uint16Array | Int32Array)[]): unknown {
  if (value instanceof Uint8Array || value instanceof Uint16Array || value instanceof Int32Array) {
    arrays.push(value);
    return { [ARRAY]: arrays.length - 1 };
  }
  if (ArrayBuffer.isView(value)) throw new Error(`crisis tables: no place for a ${value.constructor.name}`);
  if (Array.isArray(value)) return value.map((v) => takeArrays(v, arrays));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, takeArrays(v, arrays)]));
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, takeArrays(v, arrays)]));
  return value;
}

/** `takeArrays` undone, with the arrays given. */
function putArrays(value: unknown, arrays: readonly ArrayBufferView[]): unknown {
  if (Array.isArray(value)) return value.map((v) => putArrays(v, arrays));
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, putArrays(v, arrays)]));
  if (typeof value === 'object' && value !== null) {
    if (ARRAY in value) {
      const array = arrays[Number(value[ARRAY])];
      if (array === undefined) throw new Error('crisis tables: a missing array');
      return array;
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, putArrays(v, arrays)]));
  }
  return value;
}

const align = (n: number) => Math.ceil(n / 8) * 8;

/** The checksum: of the header's layout and everything after the header. */
const checksum = (layout: string, payload: Uint8Array) => createHash('sha256').update(layout).update(payload).digest('hex');

/** The file's bytes for `tables` compiled from inputs with hash `inputs`. */
export function encodeTables(tables: CrisisTables, inputs: string): Buffer {
  const arrays: (Uint8Array | Uint16Array | Int32Array)[] = [];
  const skeleton = serialize(takeArrays(tables, arrays));
  let at = 0;
  const placed = arrays.map((a) => {
    const offset = at;
    at = align(at + a.byteLength);
    return { kind: a.constructor.name, offset, length: a.length };
  });
  const payload = Buffer.alloc(at + skeleton.length);
  arrays.forEach((a, i) => payload.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), placed[i]!.offset));
  payload.set(skeleton, at);
  const layout = JSON.stringify({ format: FORMAT, inputs, arrays: placed, skeleton: at });
  // The header is padded with spaces so that the payload starts at an 8-byte boundary.
  const header = JSON.stringify({ layout, sha256: checksum(layout, payload) });
  const padded = Buffer.from(header.padEnd(align(MAGIC.length + 4 + header.length) - MAGIC.length - 4));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(padded.length);
  return Buffer.concat([Buffer.from(MAGIC), length, padded, payload]);
}

/** A field of a parsed JSON value, or undefined. */
const field = (o: unknown, key: string): unknown => (typeof o === 'object' && o !== null && key in o ? (o as Record<string, unknown>)[key] : undefined);

interface Layout {
  readonly format: unknown;
  readonly inputs: unknown;
  readonly arrays: readonly { readonly kind: ArrayKind; readonly offset: number; readonly length: number }[];
  readonly skeleton: number;
}

/** The header's layout, or null when it is not one `encodeTables` writes. */
function layoutOf(json: unknown): Layout | null {
  const arrays = field(json, 'arrays');
  const skeleton = field(json, 'skeleton');
  if (!Array.isArray(arrays) || typeof skeleton !== 'number') return null;
  const placed = arrays.map((a: unknown) => ({ kind: field(a, 'kind'), offset: field(a, 'offset'), length: field(a, 'length') }));
  const valid = (a: (typeof placed)[number]): a is Layout['arrays'][number] => typeof a.kind === 'string' && a.kind in ARRAYS && typeof a.offset === 'number' && a.offset % 8 === 0 && typeof a.length === 'number';
  return placed.every(valid) ? { format: field(json, 'format'), inputs: field(json, 'inputs'), arrays: placed, skeleton } : null;
}

/** The tables in a file's bytes, or why they cannot be used. The typed arrays are views into `bytes`. */
export function decodeTables(bytes: Buffer, inputs: string): CrisisTables | { readonly unusable: 'corrupt' | 'stale' } {
  if (bytes.length < MAGIC.length + 4 || bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) return { unusable: 'corrupt' };
  // Views need their element size's alignment in memory, not only in the file.
  if (bytes.byteOffset % 8 !== 0) bytes = Buffer.from(new Uint8Array(bytes).buffer);
  const start = MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length);
  let header: unknown;
  let layout: Layout | null;
  try {
    header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, start));
    const text = field(header, 'layout');
    layout = typeof text === 'string' ? layoutOf(JSON.parse(text)) : null;
  } catch {
    return { unusable: 'corrupt' };
  }
  if (layout === null) return { unusable: 'corrupt' };
  if (layout.format !== FORMAT || layout.inputs !== inputs) return { unusable: 'stale' };
  const payload = bytes.subarray(start);
  if (start % 8 !== 0 || !(payload.buffer instanceof ArrayBuffer) || checksum(String(field(header, 'layout')), payload) !== field(header, 'sha256')) return { unusable: 'corrupt' };
  const buffer = payload.buffer;
  const views = layout.arrays.map(({ kind, offset, length }) => new ARRAYS[kind](buffer, payload.byteOffset + offset, length));
  // The checksum and the inputs' hash say these are the bytes `encodeTables` wrote from this code's
  // `compileTables`: the skeleton with its arrays put back is a `CrisisTables`.
  return putArrays(deserialize(payload.subarray(layout.skeleton)), views) as CrisisTables;
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
