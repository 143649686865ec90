/**
 * `.env` is read when present and the real environment wins: the pure merge, and the `peerline` command
 * in a directory holding a `.env` (a real process).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { effectiveEnvironment } from '../../src/cli/environment.js';

const CLI = resolve('src/cli.ts');
/** tsx by path: the child runs in another directory, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;

describe('.env', () => {
  it('fills keys the environment does not set; the environment wins where both do', () => {
    const merged = effectiveEnvironment({ PORT: '4000', LOG_LEVEL: undefined }, 'PORT=3000\nLOG_LEVEL=debug\n# a comment\nSCHEDULER_TICK="*/5 * * * * *"\n');
    expect(merged['PORT']).toBe('4000');
    expect(merged['LOG_LEVEL']).toBe('debug');
    expect(merged['SCHEDULER_TICK']).toBe('*/5 * * * * *');
    expect(effectiveEnvironment({ PORT: '1' }, null)).toEqual({ PORT: '1' });
  });

  it('is read by the peerline command from its working directory, under the environment', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'peerline-env-'));
    try {
      await writeFile(join(dir, '.env'), 'LOG_LEVEL=loud\nPORT=not-a-port\n');
      const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', PORT: '0' };
      const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, ['--import', TSX, CLI, 'start'], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
        let err = '';
        child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
        child.on('close', (c) => done({ code: c, stderr: err }));
      });
      expect(code).toBe(2);
      expect(stderr).toContain('LOG_LEVEL');
      expect(stderr).toContain('.env');
      // PORT came from the environment (0), so the file's bad value is never seen.
      expect(stderr).not.toContain('PORT');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
