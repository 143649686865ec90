/**
 * Community lookups with an in-memory copy. The copy lets crisis replies name the right country's line
 * without waiting on the database (invariant 2); everything else reads through it.
 *
 * Several replicas on one database keep their copies in step through the database's change
 * notifications (a trigger on `communities`, migrations/*_sync_notify.sql): a change written by any
 * replica marks every replica's copy stale and has it read again at once. While no notifications
 * arrive (the listening connection dropped, or nothing listens) a copy is trusted for 60 s, as before. A
 * stale or unreadable copy is still what `peek` returns, so a database outage never leaves a crisis
 * reply without a country.
 */
import { CHANNELS } from '../db/channels.js';
import type { Db } from '../db/client.js';
import { allCommunities, findCommunityByRef, type CommunityRecord } from '../db/queries/communities.js';
import type { CommunityRef } from './ports.js';

export type { CommunityRecord };

/** Milliseconds a cached community is trusted while no change notifications arrive. */
export const TTL_MS = 60_000;
/**
 * Milliseconds a cached community is trusted while notifications arrive: only a backstop for a notice
 * lost unseen (a half-open connection, or a read that raced a change — see `remember`).
 */
export const FOLLOWING_TTL_MS = 5 * 60_000;

/** The database's change notifications as the directory needs them (src/db/listen.ts's `ChangeFeed`). */
export interface ChangeNotices {
  readonly listening: boolean;
  on(channel: string, fn: (payload: string) => void): () => void;
  onState(fn: (listening: boolean, again: boolean) => void): () => void;
}

interface Entry {
  readonly record: CommunityRecord;
  /** When it was read; -Infinity once a change notice said it is stale. */
  at: number;
}

export class CommunityDirectory {
  readonly #byRef = new Map<CommunityRef, Entry>();
  /** Change notices seen per community, so a read that began before a change is not kept as fresh. */
  readonly #notices = new Map<CommunityRef, number>();
  #following = false;

  constructor(private readonly now: () => number = Date.now) {}

  /** Reads the community (from the copy when fresh). Null when Peerline is not set up there. */
  async get(db: Db, ref: CommunityRef): Promise<CommunityRecord | null> {
    const hit = this.#byRef.get(ref);
    if (hit !== undefined && this.now() - hit.at < (this.#following ? FOLLOWING_TTL_MS : TTL_MS)) return hit.record;
    return this.#read(db, ref);
  }

  /** Loads every community at start-up, so crisis replies know each country from the first message. */
  async warm(db: Db): Promise<number> {
    const all = await allCommunities(db);
    for (const record of all) this.remember(record);
    return all.length;
  }

  /** The refs of every community this process holds a copy of (every one after `warm`), from memory. */
  refs(): IterableIterator<CommunityRef> {
    return this.#byRef.keys();
  }

  /** The last known copy, however old, without touching the database. */
  peek(ref: CommunityRef): CommunityRecord | null {
    return this.#byRef.get(ref)?.record ?? null;
  }

  /**
   * Keeps what this process just wrote. (Should another replica's change land between this process's
   * commit and this call, and its notice be handled first, the older copy wins until the backstop expiry.)
   */
  remember(record: CommunityRecord): void {
    this.#byRef.set(record.ref, { record, at: this.now() });
  }

  /**
   * `ref` changed in the database (on any replica): the copy is stale from now on, and is read again at
   * once. If that read fails the stale copy stays for `peek`, and the next `get` tries again.
   */
  async changed(db: Db, ref: CommunityRef): Promise<void> {
    this.#notices.set(ref, (this.#notices.get(ref) ?? 0) + 1);
    const hit = this.#byRef.get(ref);
    if (hit !== undefined) hit.at = -Infinity;
    await this.#read(db, ref);
  }

  /**
   * Follows the database's change notices: each community change is read again at once, and while
   * notices arrive copies are trusted longer. When listening starts again after a drop, notices may have
   * been missed: every copy is marked stale and all are read again. `onError` hears of reads that failed.
   * Returns the function that stops following.
   */
  follow(notices: ChangeNotices, db: Db, onError: (error: unknown) => void): () => void {
    this.#following = notices.listening;
    const stopChanges = notices.on(CHANNELS.community, (ref) => void this.changed(db, ref).catch(onError));
    const stopState = notices.onState((listening, again) => {
      this.#following = listening;
      if (!again) return;
      for (const [ref, entry] of this.#byRef) {
        this.#notices.set(ref, (this.#notices.get(ref) ?? 0) + 1);
        entry.at = -Infinity;
      }
      void this.#readAll(db).catch(onError);
    });
    return () => {
      stopChanges();
      stopState();
      this.#following = false;
    };
  }

  async #readAll(db: Db): Promise<void> {
    const seen = new Map(this.#notices);
    for (const record of await allCommunities(db)) {
      if ((this.#notices.get(record.ref) ?? 0) === (seen.get(record.ref) ?? 0)) this.remember(record);
    }
  }

  async #read(db: Db, ref: CommunityRef): Promise<CommunityRecord | null> {
    const seen = this.#notices.get(ref) ?? 0;
    const record = await findCommunityByRef(db, ref);
    // A change notice arrived while this read ran: its own read keeps the copy.
    if ((this.#notices.get(ref) ?? 0) !== seen) return record;
    if (record === null) this.#byRef.delete(ref);
    else this.remember(record);
    return record;
  }
}
