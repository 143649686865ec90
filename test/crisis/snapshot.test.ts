/**
 * The build-time tables file (src/crisis-tables.ts): what it restores is what compiling gives — the
 * same tables, and the same detections, signals and languages on every committed crisis set — and a
 * file that is missing, stale or corrupt is never used: the detectors are compiled instead.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/core/index.js';
import { decodeTables, encodeTables, inputsHash, loadCrisisTables } from '../../src/crisis-tables.js';
import { compileTables, crisisFrom, detectMessage, PACK_LANGUAGES, type CrisisTables } from '../../src/crisis/index.js';
import { detectMessageIn, identifyIn, signalsOfIn } from '../../src/crisis/lang/index.js';

const HERE = new URL('.', import.meta.url).pathname;

/** Every line of every .tsv under test/crisis, as text (the part after the label, when there is one). */
function committedLines(): { file: string; text: string }[] {
  const files = readdirSync(HERE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.tsv'));
  return files.flatMap((file) =>
    readFileSync(join(HERE, file), 'utf8')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '' && !l.startsWith('#'))
      .map((l) => ({ file, text: l.includes('\t') ? l.slice(l.indexOf('\t') + 1) : l })),
  );
}

/** Where two table trees differ (typed arrays compared byte for byte, with their kind), or null. */
function difference(a: unknown, b: unknown, path = 'tables'): string | null {
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return `${path}: not the same kind of array`;
    return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength)) ? null : `${path}: different bytes`;
  }
  if (a instanceof Map || b instanceof Map) {
    if (!(a instanceof Map) || !(b instanceof Map) || a.size !== b.size) return `${path}: different maps`;
    for (const [k, v] of a) {
      const d = difference(v, b.get(k), `${path}.get(${String(k)})`);
      if (d !== null) return d;
    }
    return null;
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = Object.keys(a);
    if (Array.isArray(a) !== Array.isArray(b) || keys.length !== Object.keys(b).length) return `${path}: different shapes`;
    for (const k of keys) {
      const d = difference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d !== null) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${path}: ${String(a)} ≠ ${String(b)}`;
}

const restore = (bytes: Buffer, inputs: string): CrisisTables => {
  const decoded = decodeTables(bytes, inputs);
  if ('unusable' in decoded) throw new Error(`unusable tables: ${decoded.unusable}`);
  return decoded;
};

describe('crisis tables file', () => {
  const compiled = compileTables();
  const bytes = encodeTables(compiled, 'inputs');

  it('gives back the tables compiling gives', () => {
    expect(difference(restore(bytes, 'inputs'), compileTables())).toBeNull();
  });

  it('restored detectors read every committed crisis set as compiled ones do: tier, rules, signals, language', () => {
    const fresh = crisisFrom(compileTables());
    const restored = crisisFrom(restore(bytes, 'inputs'));
    const lines = committedLines();
    expect(lines.length).toBeGreaterThan(50_000);
    const differ: string[] = [];
    let raised = 0;
    for (const { file, text } of lines) {
      const want = detectMessageIn(fresh, text);
      if (want.tier !== 'none') raised += 1;
      const same =
        difference(detectMessageIn(restored, text), want) === null &&
        difference(signalsOfIn(restored, text), signalsOfIn(fresh, text)) === null &&
        difference(identifyIn(restored, text), identifyIn(fresh, text)) === null &&
        PACK_LANGUAGES.every((l) => difference(restored.detectors[l].signals(text), fresh.detectors[l].signals(text)) === null && difference(restored.detectors[l].detect(text), fresh.detectors[l].detect(text)) === null);
      if (!same) differ.push(`${file}: ${text}`);
    }
    expect(differ).toEqual([]);
    // The sets exercise the detectors, not only their fast path.
    expect(raised).toBeGreaterThan(500);
  }, 300_000);

  it('is stale when its inputs changed, and corrupt when cut short, altered or not a tables file', () => {
    expect(decodeTables(bytes, 'other inputs')).toEqual({ unusable: 'stale' });
    expect(decodeTables(bytes.subarray(0, bytes.length - 1), 'inputs')).toEqual({ unusable: 'corrupt' });
    const altered = Buffer.from(bytes);
    altered[altered.length - 100] = altered[altered.length - 100]! ^ 1;
    expect(decodeTables(altered, 'inputs')).toEqual({ unusable: 'corrupt' });
    expect(decodeTables(Buffer.from('hello'), 'inputs')).toEqual({ unusable: 'corrupt' });
    expect(decodeTables(Buffer.concat([bytes.subarray(0, 12), Buffer.from('{not json')]), 'inputs')).toEqual({ unusable: 'corrupt' });
  });
});

describe('loadCrisisTables', () => {
  // A crisis "module" of its own: the inputs' hash is taken over its .js files.
  const dir = mkdtempSync(join(tmpdir(), 'peerline-tables-'));
  writeFileSync(join(dir, 'rules.js'), 'export const RULES = [];\n');
  const file = join(dir, 'tables.bin');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const logged: { code: string; fields: Record<string, unknown> | undefined }[] = [];
  const log: Logger = { debug: () => undefined, info: (code, fields) => logged.push({ code, fields }), warn: () => undefined, error: () => undefined };

  it('uses a current file, silently', () => {
    writeFileSync(file, encodeTables(compileTables(), inputsHash(dir)));
    logged.length = 0;
    expect(loadCrisisTables(log, file, dir)).toBe('file');
    expect(logged).toEqual([]);
  });

  it('compiles, and says why once at info, when the file is missing, stale or corrupt', () => {
    const tables = encodeTables(compileTables(), inputsHash(dir));
    logged.length = 0;
    rmSync(file, { force: true });
    expect(loadCrisisTables(log, file, dir)).toBe('missing');
    writeFileSync(file, tables);
    writeFileSync(join(dir, 'rules.js'), 'export const RULES = [1];\n');
    expect(loadCrisisTables(log, file, dir)).toBe('stale');
    writeFileSync(file, encodeTables(compileTables(), inputsHash(dir)).subarray(0, 1000));
    expect(loadCrisisTables(log, file, dir)).toBe('corrupt');
    expect(logged.map((l) => [l.code, l.fields?.['reason']])).toEqual([
      ['crisis.tables_compiled', 'missing'],
      ['crisis.tables_compiled', 'stale'],
      ['crisis.tables_compiled', 'corrupt'],
    ]);
    // Whatever happened, the detectors work.
    expect(detectMessage('i took all my pills, goodbye everyone').tier).toBe('imminent');
  });
});
