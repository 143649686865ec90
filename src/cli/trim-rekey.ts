import process from 'node:process';
import { configFromEnvironment } from './environment.js';
import { NotesCipher, rekeyTrimNotes } from '../core/index.js';
import { createLogger } from '../log/logger.js';
import { openAndMigrate } from '../main.js';

const USAGE = `usage: peerline trim:rekey

Re-encrypts every TRiM note under PEERLINE_TRIM_KEY. Notes made with PEERLINE_TRIM_KEY_PREVIOUS (the key
being rotated away from) are read with it; notes already under the current key are left as they are.
Prints how many notes were re-encrypted, were already current, and could be read with neither key
(those are left untouched). Exit code 0 when every note is now under the current key, 1 when some are
unreadable, 2 on a configuration problem. Safe to run again, and beside a running bot on PostgreSQL.
`;

export async function trimRekeyCommand(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (args.length > 0) {
    process.stderr.write(`peerline trim:rekey: takes no arguments (got "${args[0]!.slice(0, 40)}")\n\n${USAGE}`);
    return 2;
  }
  const config = configFromEnvironment();
  if (config === null) return 2;
  if (config.trimNotesKey === null) {
    process.stderr.write('peerline trim:rekey: PEERLINE_TRIM_KEY is not set: set it to the new key (and PEERLINE_TRIM_KEY_PREVIOUS to the old one)\n');
    return 2;
  }
  const log = createLogger({ level: config.logLevel });
  const database = await openAndMigrate(config, log);
  try {
    const cipher = new NotesCipher(config.trimNotesKey, config.trimNotesPreviousKey);
    const counts = await rekeyTrimNotes({ db: database.db, clock: () => new Date() }, cipher);
    process.stdout.write(`TRiM notes: ${counts.reEncrypted} re-encrypted, ${counts.alreadyCurrent} already current, ${counts.unreadable} unreadable\n`);
    if (counts.unreadable > 0) {
      process.stderr.write(
        `peerline trim:rekey: ${counts.unreadable} note(s) open with neither key (made with another key, or altered); they were left as they are. Keep the key they were made with until they are dealt with.\n`,
      );
    }
    return counts.unreadable > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}
