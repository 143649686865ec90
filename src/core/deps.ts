import type { ResourceCatalogue } from '../crisis/index.js';
import type { Db } from '../db/client.js';
import type { CommunityDirectory } from './communities.js';
import type { CrisisBacklog } from './crisis-backlog.js';
import type { CrisisCooldown } from './crisis-cooldown.js';
import type { Limiter } from './limiter.js';
import type { ChatPlatform, Clock, Logger, Metrics } from './ports.js';
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
  /** Crisis records and alerts waiting for the database to come back (retried by the composition root). */
  readonly crisisBacklog: CrisisBacklog;
  /** Encrypts TRiM notes; absent when no key is configured, and then notes are refused. */
  readonly trimNotes?: NotesCipher;
  /**
   * Runs work a use case starts and does not wait for, a bounded number at once (a new request's card,
   * posted after the member is answered); the composition root drains it before stopping.
   */
  readonly background: Limiter;
  /** Operators' counters; absent where nobody scrapes them (most tests). */
  readonly metrics?: Metrics;
}
