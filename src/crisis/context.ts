/**
 * Conversation context: a plan is often spread over messages ("i have the pills" … "tonight"). For each
 * person in each place, the signals of their last few messages — kinds and rule ids, never text — are
 * kept in memory for a short window, and a message is read together with them.
 *
 * A message's detection in context is its own, unless its signals together with the window's reach a
 * higher tier than both the message alone and the window before it: then it is that tier, with the
 * rules of every message that made it. So a message that adds nothing ("ok", "jk", "thanks") is never
 * raised by what came before, and a retraction does not erase a disclosure: the disclosure still
 * counts if a later message adds to it. Laughter after a disclosure ("… lol") keeps a time from making
 * the window imminent, as it does within one message.
 *
 * Pure: time is passed in, nothing is timed or written anywhere. Memory is bounded by `maxKeys`
 * (least recently used forgotten first), `messages` per key and `MAX_SIGNALS` per message; see
 * `BYTES_PER_KEY`.
 */
import { detectionOf, kindBit, tierOfMask, type Signal, type Signals } from './detector.js';
import { tierRank, type Detection } from './types.js';

export interface ContextOptions {
  /** A message's signals count for this many of the person's messages in that place, itself included. Default 5. */
  readonly messages?: number;
  /** … and for at most this long, in milliseconds. Default 15 minutes. */
  readonly windowMs?: number;
  /** People × places kept at most; beyond it the least recently seen is forgotten. Default 10,000. */
  readonly maxKeys?: number;
}

interface Entry {
  /** The person's message number in that place. */
  readonly seq: number;
  readonly atMs: number;
  readonly mask: number;
  readonly hits: readonly Signal[];
  readonly hyperbole: boolean;
}

interface Window {
  /** Messages seen from the person in that place (those without signals too: they move the window on). */
  seq: number;
  /** Messages with signals, oldest first; at most `messages - 1` of them are ever read. */
  entries: Entry[];
}

const TIME = kindBit('time');
/** Kinds worth keeping: everything but a lone retraction or harassment, which add nothing to a later message. */
const KEEP = ~(kindBit('retraction') | kindBit('harassment'));

/**
 * Per person and place, the recent messages' signals. One instance serves a process; `observe` each
 * message in order, `forget` a person on /forget-me.
 */
export class ConversationContext {
  /**
   * The memory bound. Per person × place key: at most `messages` recorded messages (5), each its
   * sequence number, time, mask and a reference to a shared, frozen list of at most `MAX_SIGNALS`
   * signals (each rule once); keys: at most `maxKeys` (10,000; the least recently seen is forgotten
   * first), so at most 50,000 recorded messages. In bytes, with person and place ids of up to 64
   * characters each: ~730 bytes a key measured for ordinary risky messages (test/bench/chat-memory.ts,
   * `context`), ~1,900 at worst (`context-worst`: every message a different list of `MAX_SIGNALS`
   * signals, so none is shared); stated as `BYTES_PER_KEY`, so at most ~20 MB for the defaults, plus
   * the table of shared lists (at most 4,096 of them) and the shared signals (at most two a rule).
   */
  static readonly BYTES_PER_KEY = 2000;

  /** Signals kept per recorded message: more than any real message carries (at most 6 on the 19,578 committed development and pack lines); beyond it, a combined detection names the first ones. */
  static readonly MAX_SIGNALS = 16;

  readonly #messages: number;
  readonly #windowMs: number;
  readonly #maxKeys: number;
  /** Key → window, in least-recently-seen order (a Map keeps insertion order; a touch re-inserts). */
  readonly #windows = new Map<string, Window>();

  constructor(options: ContextOptions = {}) {
    this.#messages = options.messages ?? 5;
    this.#windowMs = options.windowMs ?? 15 * 60_000;
    this.#maxKeys = options.maxKeys ?? 10_000;
    if (!(this.#messages >= 1 && this.#windowMs >= 0 && this.#maxKeys >= 1)) throw new Error('context: messages and maxKeys must be at least 1, windowMs at least 0');
  }

  /** People × places currently held. */
  get size(): number {
    return this.#windows.size;
  }

  /**
   * Reads one message of `person` in `place` at `nowMs` in the light of their recent ones, records its
   * signals, and returns its detection in context. Messages must be observed in the order they were sent.
   */
  observe(person: string, place: string, signals: Signals, nowMs: number): Detection {
    const own = detectionOf(signals);
    const key = keyOf(person, place);
    let window = this.#windows.get(key);
    const kept = (signals.mask & KEEP) !== 0;
    if (window === undefined && !kept) return own;

    if (window === undefined) {
      window = { seq: 0, entries: [] };
    } else {
      this.#windows.delete(key); // re-inserted below, as the most recently seen
    }
    window.seq += 1;
    const seq = window.seq;
    const oldest = seq - this.#messages + 1;
    window.entries = window.entries.filter((e) => e.seq >= oldest && nowMs - e.atMs <= this.#windowMs);

    let result = own;
    if (kept && window.entries.length > 0) {
      let prior = 0;
      let hyperbole = signals.hyperbole === true;
      for (const e of window.entries) {
        prior |= e.mask;
        hyperbole ||= e.hyperbole;
      }
      let combined = prior | signals.mask;
      if (hyperbole) combined &= ~TIME;
      const tier = tierOfMask(combined);
      if (tierRank(tier) > tierRank(own.tier) && tierRank(tier) > tierRank(tierOfMask(hyperbole ? prior & ~TIME : prior))) {
        result = detectionOf({ mask: combined, hits: [...window.entries.flatMap((e) => e.hits), ...signals.hits] });
      }
    }
    if (kept) window.entries.push({ seq, atMs: nowMs, mask: signals.mask & KEEP, hits: this.#intern(signals.hits), hyperbole: signals.hyperbole === true });

    if (window.entries.length > 0) {
      this.#windows.set(key, window);
      this.#evict(nowMs);
    }
    return result;
  }

  /**
   * One shared copy of each distinct list of signals, each signal once: many messages carry the same few
   * ("i want to die"), so a window holds a reference, not a copy, and a message that repeats a phrase
   * five hundred times holds it once (a combined detection reads the set of rule ids, not how often
   * each occurred). Each list is at most one signal per rule and `afterRisk`, and at most
   * `MAX_SIGNALS` of them (the first); the signals themselves are shared too. The table is cleared when it grows past 4,096 lists (windows keep
   * their references), so it is bounded too.
   */
  #intern(hits: readonly Signal[]): readonly Signal[] {
    let key = '';
    const seen = new Set<string>();
    const unique: Signal[] = [];
    for (const h of hits) {
      if (unique.length === ConversationContext.MAX_SIGNALS) break;
      const id = `${h.rule}\u0000${h.afterRisk ? 1 : 0}`;
      if (seen.has(id)) continue;
      seen.add(id);
      key += `${id}\u0000`;
      unique.push(h);
    }
    const known = this.#lists.get(key);
    if (known !== undefined) return known;
    if (this.#lists.size >= 4096) this.#lists.clear();
    const list = Object.freeze(unique.map((h) => this.#signal(h)));
    this.#lists.set(key, list);
    return list;
  }

  readonly #lists = new Map<string, readonly Signal[]>();

  /** One frozen signal per rule and `afterRisk`: at most twice the rules of all packs. */
  #signal(h: Signal): Signal {
    const id = `${h.rule}\u0000${h.afterRisk ? 1 : 0}`;
    let signal = this.#signals.get(id);
    if (signal === undefined) {
      signal = Object.freeze({ rule: h.rule, kind: h.kind, afterRisk: h.afterRisk });
      this.#signals.set(id, signal);
    }
    return signal;
  }

  readonly #signals = new Map<string, Signal>();

  /** What is held now: person × place keys, recorded messages (at most `messages` a key) and signals in their lists (shared lists counted once each time they are held). */
  get held(): { readonly keys: number; readonly entries: number; readonly signals: number } {
    let entries = 0;
    let signals = 0;
    for (const w of this.#windows.values()) {
      entries += w.entries.length;
      for (const e of w.entries) signals += e.hits.length;
    }
    return { keys: this.#windows.size, entries, signals };
  }

  /** Forgets everything held about `person`, in every place (/forget-me). Returns how many places were held. */
  forget(person: string): number {
    const prefix = `${person.length}:${person}\u0000`;
    let removed = 0;
    for (const key of [...this.#windows.keys()]) {
      if (key.startsWith(prefix)) {
        this.#windows.delete(key);
        removed += 1;
      }
    }
    return removed;
  }

  /** Drops the least recently seen keys beyond the cap, and the oldest key if its window has run out. */
  #evict(nowMs: number): void {
    while (this.#windows.size > this.#maxKeys) this.#windows.delete(this.#windows.keys().next().value!);
    const first = this.#windows.entries().next().value;
    if (first !== undefined) {
      const [key, w] = first;
      const newest = w.entries[w.entries.length - 1];
      if (newest === undefined || nowMs - newest.atMs > this.#windowMs) this.#windows.delete(key);
    }
  }
}

/** One key per person and place, unambiguous whatever either contains. */
function keyOf(person: string, place: string): string {
  return `${person.length}:${person}\u0000${place}`;
}
