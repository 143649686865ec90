/**
 * Core and crisis stay free of SDKs, drivers and the environment (STYLE.md practice 1); everything else
 * enters core through its one door, src/core/index.ts; db and core do not import each other back
 * (README, "How it is built").
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [/from ['"]discord\.js['"]/, /from ['"]@slack\//, /from ['"]node-cron['"]/, /from ['"]postgres['"]/, /from ['"]@electric-sql\//, /process\.env/, /from ['"]drizzle-orm\/(pglite|postgres-js)/];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

/** Every relative import in `text` (the source of `file`), resolved to an absolute path. */
function importsIn(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)].map((m) => resolve(dirname(file), m[1]!));
}

async function importsOf(file: string): Promise<string[]> {
  return importsIn(file, await readFile(file, 'utf8'));
}

const CORE = resolve('src/core');
const DOOR = join(CORE, 'index.js');
const DB = resolve('src/db');

/** Imports that reach into core other than through the door. */
function deepCoreImports(file: string, targets: readonly string[]): string[] {
  return targets.filter((t) => t.startsWith(CORE + '/') && t !== DOOR).map((t) => `${file}: ${t}`);
}

/** Imports that reach into src/db (queries, schema, client). */
function dbImports(file: string, targets: readonly string[]): string[] {
  return targets.filter((t) => t.startsWith(DB + '/')).map((t) => `${file}: ${t}`);
}

describe('module boundaries', () => {
  for (const dir of ['src/core', 'src/crisis']) {
    it(`${dir} imports no SDK, no driver and no process.env`, async () => {
      const files = await sources(dir);
      expect(files.length).toBeGreaterThan(0);
      const offenders: string[] = [];
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        for (const pattern of FORBIDDEN) if (pattern.test(text)) offenders.push(`${file}: ${pattern.source}`);
      }
      expect(offenders).toEqual([]);
    });
  }

  it('src/crisis imports nothing outside itself (it is pure)', async () => {
    // The language identifier reads eld's model from a packed copy inside src/crisis (lang/eld-model.ts), not from the package.
    const offenders: string[] = [];
    for (const file of await sources('src/crisis')) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/from ['"]([^'"]+)['"]/g)) {
        const target = match[1]!;
        const inside = target.startsWith('.') && resolve(dirname(file), target).startsWith(resolve('src/crisis'));
        if (!inside) offenders.push(`${file}: ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('outside core and db, src imports core only through src/core/index.ts', async () => {
    const outside = (await sources('src')).filter((f) => !resolve(f).startsWith(CORE + '/') && !resolve(f).startsWith(resolve('src/db') + '/'));
    expect(outside.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const file of outside) offenders.push(...deepCoreImports(file, await importsOf(file)));
    expect(offenders).toEqual([]);
  });

  it('src/db and src/model import nothing from src/core', async () => {
    const offenders: string[] = [];
    for (const file of [...(await sources('src/db')), ...(await sources('src/model'))]) {
      for (const target of await importsOf(file)) if (target.startsWith(CORE + '/') || target === CORE) offenders.push(`${file}: ${target}`);
    }
    expect(offenders).toEqual([]);
  });

  it('core and the job handlers build no SQL: queries live in src/db/queries', async () => {
    const buildsSql = (text: string) => /from ['"]drizzle-orm[^'"]*['"]/.test(text) || /from ['"][./]+\/db\/schema(-[a-z]+)?\.js['"]/.test(text);
    expect(buildsSql("import { eq } from 'drizzle-orm';")).toBe(true);
    expect(buildsSql("import { sessions } from '../../db/schema.js';")).toBe(true);
    expect(buildsSql("import { findSession } from '../../db/queries/sessions.js';")).toBe(false);
    const builders: string[] = [];
    for (const file of [...(await sources('src/core')), ...(await sources('src/scheduler/jobs'))]) {
      if (buildsSql(await readFile(file, 'utf8'))) builders.push(file);
    }
    expect(builders).toEqual([]);
  });

  it('job handlers call core use cases: src/scheduler/jobs imports nothing from src/db', async () => {
    const files = await sources('src/scheduler/jobs');
    expect(files.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const file of files) offenders.push(...dbImports(file, await importsOf(file)));
    expect(offenders).toEqual([]);
  });

  it('the job handler checker itself catches an import from src/db', () => {
    const file = 'src/scheduler/jobs/example.ts';
    const text = [
      "import { requestById } from '../../db/queries/requests.js';",
      "import { sessions } from '../../db/schema.js';",
      "import type { Db } from '../../db/client.js';",
      "import { dueCheckIn } from '../../core/index.js';",
      "import type { JobHandler } from '../runner.js';",
    ].join('\n');
    expect(dbImports(file, importsIn(file, text))).toEqual([
      `${file}: ${resolve('src/db/queries/requests.js')}`,
      `${file}: ${resolve('src/db/schema.js')}`,
      `${file}: ${resolve('src/db/client.js')}`,
    ]);
  });

  it('the door checker itself catches a deep core import', () => {
    const file = 'src/adapters/example.ts';
    const text = "import { duty } from '../core/use-cases/duty.js';\nimport { errorName } from '../core/index.js';\nimport type { View } from '../core/views/types.js';";
    expect(deepCoreImports(file, importsIn(file, text))).toEqual([`${file}: ${resolve('src/core/use-cases/duty.js')}`, `${file}: ${resolve('src/core/views/types.js')}`]);
  });

  it('the checker itself catches a forbidden import', () => {
    expect(FORBIDDEN.some((p) => p.test("import { Client } from 'discord.js';"))).toBe(true);
    expect(FORBIDDEN.some((p) => p.test('const url = process.env.DATABASE_URL;'))).toBe(true);
  });
});
