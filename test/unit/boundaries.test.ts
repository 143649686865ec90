/** Core and crisis stay free of SDKs, drivers and the environment (STYLE.md practice 1). */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [/from ['"]discord\.js['"]/, /from ['"]@slack\//, /from ['"]node-cron['"]/, /from ['"]postgres['"]/, /from ['"]@electric-sql\//, /process\.env/, /from ['"]drizzle-orm\/(pglite|postgres-js)/];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
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

  it('src/crisis imports nothing outside itself (it is pure), except the language identifier', async () => {
    // eld ships its n-gram model as JavaScript data and does no I/O: detection stays pure and synchronous.
    const PURE_PACKAGES = ['eld/small'];
    const offenders: string[] = [];
    for (const file of await sources('src/crisis')) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/from ['"]([^'"]+)['"]/g)) {
        const target = match[1]!;
        const inside = target.startsWith('.') && resolve(dirname(file), target).startsWith(resolve('src/crisis'));
        if (!inside && !PURE_PACKAGES.includes(target)) offenders.push(`${file}: ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the checker itself catches a forbidden import', () => {
    expect(FORBIDDEN.some((p) => p.test("import { Client } from 'discord.js';"))).toBe(true);
    expect(FORBIDDEN.some((p) => p.test('const url = process.env.DATABASE_URL;'))).toBe(true);
  });
});
