/**
 * One process per PGlite data directory: a lock file holding the owner's pid, created exclusively. A
 * lock left by a process that is no longer alive (killed, crashed) is taken over; a live owner makes
 * the second process refuse to start with a sentence that names the directory and the pid.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { StartupError } from '../startup-error.js';

export const LOCK_FILE = 'peerline.pid';

/** Takes the directory's lock or throws a StartupError; returns the function that releases it. */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
      const owner = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && alive(owner)) {
        throw new StartupError(
          `The embedded database in ${resolve(dataDir)} is in use by another Peerline process (pid ${owner}); stop it first, or set PEERLINE_DATA_DIR to another directory (PGlite serves one process only).`,
        );
      }
      // The owner is gone (or it was us, in an earlier open that never closed): take it over.
      rmSync(path, { force: true });
    }
  }
  throw new StartupError(`Could not lock the embedded database in ${resolve(dataDir)}; check that ${LOCK_FILE} there can be written.`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is alive.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
