/**
 * Community lookups with a short-lived in-memory copy. The copy lets crisis replies name the right
 * country's line without waiting on the database (invariant 2); everything else reads through it.
 */
import type { Db } from '../db/client.js';
import { allCommunities, findCommunityByRef, type CommunityRecord } from '../db/queries/communities.js';
import type { CommunityRef } from './ports.js';

export type { CommunityRecord };

/** Milliseconds a cached community is trusted before the next use reads it again. */
const TTL_MS = 60_000;

export class CommunityDirectory {
  readonly #byRef = new Map<CommunityRef, { record: CommunityRecord; at: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Reads the community (from the copy when fresh). Null when Peerline is not set up there. */
  async get(db: Db, ref: CommunityRef): Promise<CommunityRecord | null> {
    const hit = this.#byRef.get(ref);
    if (hit !== undefined && this.now() - hit.at < TTL_MS) return hit.record;
    const record = await findCommunityByRef(db, ref);
    if (record === null) this.#byRef.delete(ref);
    else this.remember(record);
    return record;
  }

  /** Loads every community at start-up, so crisis replies know each country from the first message. */
  async warm(db: Db): Promise<number> {
    const all = await allCommunities(db);
    for (const record of all) this.remember(record);
    return all.length;
  }

  /** The last known copy, however old, without touching the database. */
  peek(ref: CommunityRef): CommunityRecord | null {
    return this.#byRef.get(ref)?.record ?? null;
  }

  remember(record: CommunityRecord): void {
    this.#byRef.set(record.ref, { record, at: this.now() });
  }
}
