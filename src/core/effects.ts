/**
 * At-least-once effects that are sent once in practice. Before a scheduled message goes out its key is
 * recorded as `sending`; after the platform confirms it, as `sent`. A re-run (after a crash, or a failed
 * call) skips what is `sent` and re-sends what is still `sending` — telling the adapter it may already
 * exist, so a platform that can find its own earlier message returns that one instead of a duplicate.
 */
import type { Db } from '../db/client.js';
import { beginEffect, confirmEffect } from '../db/queries/jobs.js';
import type { Delivery } from './ports.js';

export interface EffectOutcome {
  /** Whether the effect ran now (false: it was confirmed by an earlier run). */
  readonly ran: boolean;
  /** The platform's ref for the message (from this run or the confirmed earlier one), when it gave one. */
  readonly ref: string | null;
}

/** Sends at most once per confirmed run: `effect` gets the `Delivery` to pass to the platform. */
export type Effect = (delivery: Delivery) => Promise<unknown>;

/** Records an effect as delivered: `confirmEffect`, or a statement that also records what follows from it. */
export type Confirm = (db: Db, key: string, ref: string | null) => Promise<void>;

export async function deliverOnce(db: Db, key: string, now: Date, effect: Effect, confirm: Confirm = confirmEffect): Promise<EffectOutcome> {
  const start = await beginEffect(db, key, now);
  if (start.state === 'sent') return { ran: false, ref: start.ref };
  const ref = refOf(await effect({ key, mayExistSince: start.state === 'sending' ? start.since : null }));
  // A failure above leaves the key `sending`: the retry checks with the platform before sending again.
  await confirm(db, key, ref);
  return { ran: true, ref };
}

/**
 * Sends an effect whose key was recorded as `sending` in the transaction that saved what calls for it
 * (`beginEffect` there, on a key new with that data), and returns the platform's ref. Confirming it is
 * the caller's, in the statement that records what follows from it: until then a re-run finds the key
 * `sending` and checks with the platform first, as after any send it did not hear about.
 */
export async function sendBegun(key: string, effect: Effect): Promise<string | null> {
  return refOf(await effect({ key, mayExistSince: null }));
}

const refOf = (result: unknown): string | null => (typeof result === 'string' ? result : null);
