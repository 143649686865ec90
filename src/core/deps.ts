import type { ResourceCatalogue } from '../crisis/index.js';
import type { Db } from '../db/client.js';
import type { CommunityDirectory } from './communities.js';
import type { CrisisCooldown } from './crisis-cooldown.js';
import type { ChatPlatform, Clock, Logger } from './ports.js';
import type { NotesCipher } from './trim/notes-cipher.js';

/** Everything a use case needs, handed in by the composition root (or a test). */
export interface CoreDeps {
  readonly db: Db;
  readonly platform: ChatPlatform;
  readonly catalogue: ResourceCatalogue;
  readonly clock: Clock;
  readonly log: Logger;
  readonly communities: CommunityDirectory;
  readonly crisisCooldown: CrisisCooldown;
  /** Encrypts TRiM notes; absent when no key is configured, and then notes are refused. */
  readonly trimNotes?: NotesCipher;
}
