/**
 * One effect per inbound delivery (a Slack event or click, a Discord interaction or message), without
 * letting the database decide how fast a person is answered. An in-memory set catches repeats on this
 * instance at once; the database row (`firstDelivery`) catches them across instances, but only when it
 * answers within `waitMs`. When it does not — a hung or unreachable database — the delivery goes
 * ahead, so a crisis reply never waits on the database (invariant 2). The price is rare: a retry
 * delivered to another instance while the database is that slow is answered twice.
 */
import { beforeDeadline, errorName, type Logger } from '../core/index.js';
import type { Db } from '../db/client.js';
import { firstDelivery } from '../db/queries/deliveries.js';

/** Deliveries remembered in memory; the oldest are forgotten first (about 100 bytes each). */
export const REMEMBERED_DELIVERIES = 20_000;
/** How long the database may take to say whether a delivery is new before we go ahead without it. */
export const DELIVERY_CHECK_MS = 150;
/**
 * The same, for a delivery whose work goes to the database anyway and is no crisis answer (an Accept,
 * a "did it help?"): a hung database holds it no longer than its own work would be held, and a slow one
 * (a loaded machine; CI saw over 150 ms) does not let a second replica repeat its effect.
 */
export const ROUTINE_DELIVERY_CHECK_MS = 1_000;

export class DeliveryGate {
  readonly #seen = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly clock: () => Date,
    private readonly log: Logger,
    private readonly options: { readonly remember?: number; readonly waitMs?: number } = {},
  ) {}

  /**
   * True the first time this delivery is seen; false for a retry, a replay or a double click. `waitMs`: how
   * long the database may take to say (`DELIVERY_CHECK_MS` unless the gate was given its own).
   */
  async first(source: string, id: string, waitMs: number = this.options.waitMs ?? DELIVERY_CHECK_MS): Promise<boolean> {
    const key = `${source}\u0000${id}`;
    if (this.#seen.has(key)) return false;
    this.#seen.add(key);
    if (this.#seen.size > (this.options.remember ?? REMEMBERED_DELIVERIES)) {
      this.#seen.delete(this.#seen.values().next().value!);
    }
    const recorded = firstDelivery(this.db, source, id, this.clock());
    const checked = await beforeDeadline(waitMs, () =>
      recorded.catch((error: unknown) => {
        this.log.warn('delivery.check_unavailable', { source, error: errorName(error) });
        return true;
      }),
    );
    if (checked.inTime) return checked.value;
    // The row is still written when the database answers (a failure is logged above), so other instances see it later.
    this.log.warn('delivery.check_late', { source, waitedMs: waitMs });
    return true;
  }
}
