/** Coordinators define the rota's slots: weekly on some weekdays, or once on a date, in local time. */
import { z } from 'zod';
import { audit } from '../../db/queries/audit.js';
import { isUniqueViolation } from '../../db/queries/requests.js';
import { insertSlot, removeSlotRow, slotByNumber, type SlotRow } from '../../db/queries/rota.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator, parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { localise, type MessageId, t, type Text } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';
import { clock, describeDays, parseClock, parseWeekdays } from './occurrences.js';
import { slotRemovedView, slotSavedView } from './views.js';

const time = (message: MessageId) =>
  z.string().transform((text, ctx) => {
    const minute = parseClock(text);
    if (minute === null) ctx.addIssue({ code: 'custom', message });
    return minute ?? 0;
  });

const WANTED = 'checks.rota.wanted' satisfies MessageId;
const common = {
  start: time('checks.rota.start'),
  end: time('checks.rota.end'),
  wanted: z.number({ error: WANTED }).int(WANTED).min(1, 'checks.rota.wanted.min' satisfies MessageId).max(50, 'checks.rota.wanted.max' satisfies MessageId),
};

/** A slot as typed: `days` like "mon-fri" or "mon,wed"; `date` YYYY-MM-DD; times HH:MM (an end before the start runs past midnight). */
export const slotInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('weekly'),
    days: z.string().transform((text, ctx) => {
      const days = parseWeekdays(text);
      if (days === null) ctx.addIssue({ code: 'custom', message: 'checks.rota.days' satisfies MessageId });
      return days ?? [];
    }),
    ...common,
  }),
  z.object({ kind: z.literal('once'), date: z.iso.date('checks.rota.date' satisfies MessageId), ...common }),
]);
export type SlotInput = z.input<typeof slotInput>;

type SlotDescribed = Pick<SlotRow, 'weekdays' | 'onDate' | 'startMinute' | 'durationMinutes' | 'wanted'>;

/** "Mon–Fri 18:00–22:00, 2 listeners", in the reader's language. */
export function slotText(slot: SlotDescribed): Text {
  return t('rota.slot', { days: describeDays(slot), start: clock(slot.startMinute), end: clock(slot.startMinute + slot.durationMinutes), wanted: slot.wanted });
}

/**
 * `slotText` in English words, for the dashboard's rota grid (src/core/use-cases/dashboard-rota.ts), which
 * still carries it as a string; once it carries `slotText`, the dashboard shows it in the reader's language.
 */
export function describeSlot(slot: SlotDescribed): string {
  return localise(slotText(slot), 'en');
}

export async function defineSlot(deps: CoreDeps, actor: Actor, raw: SlotInput): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const parsed = parseInput(slotInput, raw);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const length = (input.end - input.start + 1440) % 1440;
  if (length < 15) return fail('bad-input', { id: 'invalid', path: 'end', message: t('checks.rota.short') });
  const now = deps.clock();
  const values = {
    communityId: community.value.id,
    weekdays: input.kind === 'weekly' ? input.days : [],
    onDate: input.kind === 'once' ? input.date : null,
    startMinute: input.start,
    durationMinutes: length,
    wanted: input.wanted,
    createdBy: actor.user,
    createdAt: now,
  };
  const save = () =>
    deps.db.transaction(async (tx) => {
      const slot = await insertSlot(tx, values);
      await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'rota.slot_added', detail: { slot: slot.number }, at: now });
      return slot;
    });
  let slot: SlotRow;
  try {
    slot = await save();
  } catch (error) {
    // Two coordinators adding slots at once both took the same next number: the second tries again.
    if (!isUniqueViolation(error)) throw error;
    slot = await save();
  }
  return ok(slotSavedView({ number: slot.number, describe: slotText(slot) }));
}

const SLOT_NUMBER = 'checks.rota.slot' satisfies MessageId;
const slotNumber = z.number({ error: SLOT_NUMBER }).int(SLOT_NUMBER).min(1, SLOT_NUMBER).max(1_000_000, SLOT_NUMBER);

export async function removeSlot(deps: CoreDeps, actor: Actor, raw: number): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  const parsed = parseInput(slotNumber, raw);
  if (!parsed.ok) return parsed;
  const number = parsed.value;
  const slot = await slotByNumber(deps.db, community.value.id, number);
  if (slot === null) return fail('not-found', { id: 'rota-no-slot', number });
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await removeSlotRow(tx, slot.id, now);
    await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'rota.slot_removed', detail: { slot: number }, at: now });
  });
  return ok(slotRemovedView(number));
}
