/**
 * Volunteers see the next weeks' shifts and sign up or withdraw. A sign-up needs training valid on the
 * shift's local date, a place left on it, and room under the volunteer's own weekly cap; the slot's row
 * and the volunteer's are locked while it is decided, so two sign-ups at once cannot both take the last
 * place or both slip under the cap. Its reminders, duty start and end are booked in the same transaction.
 */
import { z } from 'zod';
import { type MessageId, t } from '../../i18n/index.js';
import { audit } from '../../db/queries/audit.js';
import { scheduleJobs, type NewJob } from '../../db/queries/jobs.js';
import { deleteSignup, findSignup, insertSignup, rotaCapOf, setRotaCap, signupCount, slotByNumber, volunteerShiftCount, type SignupRow, type SlotRow } from '../../db/queries/rota.js';
import { findVolunteer, lockVolunteer } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, parseInput } from '../guards.js';
import { job } from '../jobs.js';
import { fail, ok, type Result } from '../result.js';
import { addMinutes, localDate, zonedDateTime } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { describeOccurrence, occurrence, occursOn, shiftDate, weekOf, type Occurrence } from './occurrences.js';
import { plannedShifts } from './planned.js';
import { slotText } from './slots.js';
import { capView, rotaListView, signedUpView, withdrawnView, type RotaLine } from './views.js';

/** Weeks the rota list shows by default, and at most. */
export const ROTA_WEEKS_DEFAULT = 2;
export const ROTA_WEEKS_MAX = 6;
/** Local hour of the evening-before reminder. */
export const EVENING_REMINDER_HOUR = 18;
/** Minutes before a shift its last reminder goes. */
export const SOON_REMINDER_MINUTES = 30;

export const shiftInput = z.object({ number: z.number().int().min(1), date: z.iso.date('checks.rota.date' satisfies MessageId) });
export type ShiftInput = z.input<typeof shiftInput>;

/** The actor's community and volunteer row, or not-enrolled. */
export async function enrolled(deps: CoreDeps, actor: Actor) {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const volunteer = await findVolunteer(deps.db, community.value.id, actor.user);
  return volunteer === null ? fail('not-enrolled') : ok({ community: community.value, volunteer });
}

/** The next `weeks` weeks of shifts (from today, local), each with how many are signed up. */
export async function showRota(deps: CoreDeps, actor: Actor, weeks: number | null): Promise<Result<View>> {
  const who = await enrolled(deps, actor);
  if (!who.ok) return who;
  const span = parseInput(z.number().int().min(1).max(ROTA_WEEKS_MAX, 'checks.weeks.max' satisfies MessageId), weeks ?? ROTA_WEEKS_DEFAULT);
  if (!span.ok) return span;
  const { community, volunteer } = who.value;
  const tz = community.settings.timeZone;
  const now = deps.clock();
  const from = localDate(now, tz);
  const to = shiftDate(from, 7 * span.value - 1);
  const { slots, shifts } = await plannedShifts(deps, community, from, to, now);
  const lines: RotaLine[] = shifts
    .filter(({ occ }) => occ.end > now)
    .map(({ slot, occ, signups: on, needed }) => {
      const own = on.find((s) => s.volunteerId === volunteer.id);
      return {
        number: slot.number,
        when: describeOccurrence(occ, tz),
        date: occ.date,
        signedUp: on.length,
        wanted: slot.wanted,
        mine: own !== undefined,
        offered: (own ?? on.find((s) => s.offeredAt !== null))?.offeredAt != null,
        needed,
      };
    });
  return ok(rotaListView({ weeks: span.value, timeZone: tz, lines, slots: slots.map((s) => t('rota.slot.numbered', { slot: String(s.number), describe: slotText(s) })) }));
}

/** The slot by number and its occurrence on the date, or why not. */
export async function shiftOf(deps: CoreDeps, community: CommunityRecord, input: { number: number; date: string }, lock: boolean): Promise<Result<{ slot: SlotRow; occ: Occurrence }>> {
  const slot = await slotByNumber(deps.db, community.id, input.number, lock);
  if (slot === null) return fail('not-found', { id: 'rota-no-slot', number: input.number });
  if (!occursOn(slot, input.date)) return fail('bad-input', { id: 'rota-not-on-day', number: input.number, date: input.date });
  return ok({ slot, occ: occurrence(slot, input.date, community.settings.timeZone) });
}

/** The jobs of a sign-up for `volunteerId`: reminders still ahead, duty on at the start and off at the end. */
export function signupJobs(signup: Pick<SignupRow, 'id' | 'communityId'>, volunteerId: string, occ: Occurrence, timeZone: string, now: Date): NewJob[] {
  const key = `${signup.id}:${volunteerId}`;
  const ids = { signupId: signup.id, volunteerId };
  const evening = zonedDateTime(shiftDate(occ.date, -1), EVENING_REMINDER_HOUR, timeZone);
  const soon = addMinutes(occ.start, -SOON_REMINDER_MINUTES);
  return [
    ...(evening > now ? [job('rota-reminder', { ...ids, when: 'evening' }, evening, `${key}:evening`, signup.communityId)] : []),
    ...(soon > now ? [job('rota-reminder', { ...ids, when: 'soon' }, soon, `${key}:soon`, signup.communityId)] : []),
    job('rota-start', ids, occ.start, key, signup.communityId),
    job('rota-end', ids, occ.end, key, signup.communityId),
  ];
}

/**
 * Whether `volunteer` may hold the shift `occ` (inside `tx`, with their row locked): training valid on
 * its date and room under their weekly cap. The same rules for a sign-up and for taking a swap.
 */
export async function mayHoldShift(tx: CoreDeps['db'], volunteer: { id: string; trainingValidUntil: string | null }, occ: Occurrence): Promise<Result<null>> {
  if (volunteer.trainingValidUntil === null || volunteer.trainingValidUntil < occ.date) {
    return fail('training-expired', { id: 'rota-training', date: occ.date, validUntil: volunteer.trainingValidUntil });
  }
  const cap = await rotaCapOf(tx, volunteer.id);
  if (cap !== null) {
    const { monday, sunday } = weekOf(occ.date);
    if ((await volunteerShiftCount(tx, volunteer.id, monday, sunday)) >= cap) return fail('conflict', { id: 'rota-cap', cap, monday });
  }
  return ok(null);
}

export async function signUp(deps: CoreDeps, actor: Actor, raw: ShiftInput): Promise<Result<View>> {
  const who = await enrolled(deps, actor);
  if (!who.ok) return who;
  const input = parseInput(shiftInput, raw);
  if (!input.ok) return input;
  const { community } = who.value;
  const tz = community.settings.timeZone;
  const now = deps.clock();
  return deps.db.transaction(async (tx): Promise<Result<View>> => {
    const shift = await shiftOf({ ...deps, db: tx }, community, input.value, true);
    if (!shift.ok) return shift;
    const { slot, occ } = shift.value;
    if (occ.start <= now) return fail('conflict', { id: 'rota-started' });
    const volunteer = await lockVolunteer(tx, community.id, actor.user);
    if (volunteer === null) return fail('not-enrolled');
    const may = await mayHoldShift(tx, volunteer, occ);
    if (!may.ok) return may;
    if ((await findSignup(tx, slot.id, occ.date, volunteer.id)) !== null) return fail('conflict', { id: 'rota-signed-up' });
    if ((await signupCount(tx, slot.id, occ.date)) >= slot.wanted) return fail('conflict', { id: 'rota-full', wanted: slot.wanted });
    const signup = await insertSignup(tx, { slotId: slot.id, communityId: community.id, occursOn: occ.date, volunteerId: volunteer.id }, now);
    if (signup === null) return fail('conflict', { id: 'rota-signed-up' });
    await scheduleJobs(tx, signupJobs(signup, volunteer.id, occ, tz, now), now);
    await audit(tx, { communityId: community.id, actorRef: actor.user, action: 'rota.signed_up', detail: { slot: slot.number, date: occ.date }, at: now });
    return ok(signedUpView(describeOccurrence(occ, tz)));
  });
}

/**
 * The actor's own sign-up for a shift that has not started (to withdraw from or offer), with what it
 * is: their community and volunteer row, the slot and its occurrence, and `now`.
 */
export async function ownComingShift(deps: CoreDeps, actor: Actor, raw: ShiftInput) {
  const who = await enrolled(deps, actor);
  if (!who.ok) return who;
  const input = parseInput(shiftInput, raw);
  if (!input.ok) return input;
  const { community, volunteer } = who.value;
  const shift = await shiftOf(deps, community, input.value, false);
  if (!shift.ok) return shift;
  const { slot, occ } = shift.value;
  const now = deps.clock();
  if (occ.start <= now) return fail('conflict', { id: 'rota-started' });
  const signup = await findSignup(deps.db, slot.id, occ.date, volunteer.id);
  if (signup === null) return fail('conflict', { id: 'rota-not-signed-up' });
  return ok({ community, volunteer, slot, occ, signup, now });
}

/** The volunteer withdraws from a shift that has not started; its jobs then find no sign-up and do nothing. */
export async function withdraw(deps: CoreDeps, actor: Actor, raw: ShiftInput): Promise<Result<View>> {
  const own = await ownComingShift(deps, actor, raw);
  if (!own.ok) return own;
  const { community, slot, occ, signup, now } = own.value;
  await deps.db.transaction(async (tx) => {
    await deleteSignup(tx, signup.id);
    await audit(tx, { communityId: community.id, actorRef: actor.user, action: 'rota.withdrawn', detail: { slot: slot.number, date: occ.date }, at: now });
  });
  return ok(withdrawnView(describeOccurrence(occ, community.settings.timeZone)));
}

/** A volunteer's own cap on rota shifts a week (null: no cap); `perWeek` undefined shows it. */
export async function setShiftCap(deps: CoreDeps, actor: Actor, perWeek: number | null | undefined): Promise<Result<View>> {
  const who = await enrolled(deps, actor);
  if (!who.ok) return who;
  const { volunteer } = who.value;
  if (perWeek === undefined) return ok(capView(await rotaCapOf(deps.db, volunteer.id)));
  const cap = parseInput(z.number().int().min(1, 'checks.rota.cap.min' satisfies MessageId).max(14, 'checks.rota.cap.max' satisfies MessageId).nullable(), perWeek);
  if (!cap.ok) return cap;
  await setRotaCap(deps.db, volunteer.id, cap.value);
  return ok(capView(cap.value));
}


