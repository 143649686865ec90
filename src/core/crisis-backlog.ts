/**
 * Crisis records and coordinator alerts that could not be made because the database was unreachable.
 * The member's reply never waits for them (it went out from memory); they wait here, in memory, and
 * are retried until they go through — so coordinators hear of a crisis within seconds of the database
 * coming back, without a restart. Held only while the process runs: a crash during an outage loses
 * them (the reply itself was already sent). Holds rule ids and refs, never text.
 */

/** Entries held at most; past it the oldest is dropped (and logged), so an outage cannot fill memory. */
export const CRISIS_BACKLOG_LIMIT = 1_000;

/** Passes an entry may fail before it is given up (with passes every 2 s: about half an hour). */
export const CRISIS_BACKLOG_ATTEMPTS = 900;

export interface CrisisBacklogEntry {
  /** Passes that have failed so far. */
  attempts: number;
  /** Does the record and alert again; throws while the database is still unreachable. */
  readonly retry: () => Promise<void>;
  /** For logs: what kind of event waits (never the text). */
  readonly about: Readonly<Record<string, unknown>>;
}

export class CrisisBacklog {
  readonly #pending: CrisisBacklogEntry[] = [];
  #running: Promise<number> | null = null;

  constructor(
    private readonly limit = CRISIS_BACKLOG_LIMIT,
    private readonly maxAttempts = CRISIS_BACKLOG_ATTEMPTS,
  ) {}

  get size(): number {
    return this.#pending.length;
  }

  /** Queues an entry; returns the one dropped to make room, if any. */
  add(entry: CrisisBacklogEntry): CrisisBacklogEntry | null {
    this.#pending.push(entry);
    return this.#pending.length > this.limit ? this.#pending.shift()! : null;
  }

  /**
   * Tries every waiting entry once, oldest first; those that fail again stay, until `maxAttempts`
   * (then they are handed to `gaveUp` for logging). One pass at a time: a call during a pass (a hung
   * database) joins that pass. Returns how many went through.
   */
  retry(gaveUp: (entry: CrisisBacklogEntry) => void = () => undefined): Promise<number> {
    this.#running ??= this.#pass(gaveUp).finally(() => {
      this.#running = null;
    });
    return this.#running;
  }

  async #pass(gaveUp: (entry: CrisisBacklogEntry) => void): Promise<number> {
    const batch = this.#pending.splice(0, this.#pending.length);
    let done = 0;
    for (const entry of batch) {
      try {
        await entry.retry();
        done += 1;
      } catch {
        // Still unreachable: it waits for the next pass, unless it has waited long enough.
        entry.attempts += 1;
        if (entry.attempts >= this.maxAttempts) gaveUp(entry);
        else this.#pending.push(entry);
      }
    }
    return done;
  }
}
