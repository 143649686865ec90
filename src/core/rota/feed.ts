/**
 * Each volunteer's private calendar feed of their shifts. The URL carries a random token; only its
 * SHA-256 is stored, so a copy of the database opens no feed. Asking again gives a new URL and the old
 * one stops working; revoking ends it. Core returns the shifts; the web adapter writes them as iCalendar.
 */
import { createHash, randomBytes } from 'node:crypto';
import { audit } from '../../db/queries/audit.js';
import { type Locale, resolveLocale, t, type Text } from '../../i18n/index.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { deleteFeed, feedOwner, saveFeedToken, signupsOfVolunteer } from '../../db/queries/rota.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';
import { localDate } from '../time.js';
import type { TextView as View } from '../views/types.js';
import { occurrence, shiftDate } from './occurrences.js';
import { enrolled } from './signups.js';

/** Days of past shifts, and weeks of coming ones, a feed holds. */
export const FEED_PAST_DAYS = 14;
export const FEED_WEEKS = 12;
/** Where feeds are served, under the web adapter's public address. */
export const FEED_PATH = '/rota/feed/';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A shift as a calendar event: times in UTC, no names. */
export interface FeedShift {
  /** Stable across swaps of other shifts and feed renewals: the sign-up's id. */
  readonly uid: string;
  readonly start: Date;
  readonly end: Date;
  readonly summary: Text;
  readonly description: Text;
}

/** A volunteer's shifts as a calendar; its words are read in `locale`, the community's default language (a calendar app says nothing of its reader's). */
export interface ShiftFeed {
  readonly name: Text;
  readonly locale: Locale;
  readonly timeZone: string;
  readonly shifts: readonly FeedShift[];
}

/** A new private feed URL for the volunteer (the old one stops working). `baseUrl` is the web adapter's public address. */
export async function issueRotaFeed(deps: CoreDeps, actor: Actor, baseUrl: string): Promise<Result<View>> {
  const who = await enrolled(deps, actor);
  if (!who.ok) return who;
  if (!URL.canParse(baseUrl)) return fail('bad-input', { id: 'dashboard-url' });
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock();
  await deps.db.transaction(async (tx) => {
    await saveFeedToken(tx, who.value.volunteer.id, hash(token), now);
    await audit(tx, { communityId: who.value.community.id, actorRef: actor.user, action: 'rota.feed_issued', at: now });
  });
  const url = new URL(`${FEED_PATH}${token}.ics`, baseUrl).toString();
  return ok({ title: t('rota.feed.issued.title'), text: t('rota.feed.issued.text', { url }), links: [{ label: t('rota.feed.link'), url }], tone: 'success' });
}

export async function revokeRotaFeed(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const who = await enrolled(deps, actor);
  if (!who.ok) return who;
  const now = deps.clock();
  const had = await deps.db.transaction(async (tx) => {
    const gone = await deleteFeed(tx, who.value.volunteer.id);
    if (gone) await audit(tx, { communityId: who.value.community.id, actorRef: actor.user, action: 'rota.feed_revoked', at: now });
    return gone;
  });
  return ok({ title: t('rota.feed.revoked.title'), text: had ? t('rota.feed.revoked.text') : t('rota.feed.revoked.none'), tone: 'neutral' });
}

/** The shifts behind a feed token, or not-found for a token that does not (or no longer) exist. */
export async function rotaFeed(deps: Pick<CoreDeps, 'db' | 'clock'>, token: string): Promise<Result<ShiftFeed>> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return fail('not-found');
  const owner = await feedOwner(deps.db, hash(token));
  if (owner === null) return fail('not-found');
  const community = await findCommunityById(deps.db, owner.communityId);
  if (community === null) return fail('not-found');
  const tz = community.settings.timeZone;
  const today = localDate(deps.clock(), tz);
  const rows = await signupsOfVolunteer(deps.db, owner.volunteerId, shiftDate(today, -FEED_PAST_DAYS), shiftDate(today, FEED_WEEKS * 7));
  return ok({
    name: t('rota.feed.name', { community: community.name }),
    locale: resolveLocale(null, community.settings.language),
    timeZone: tz,
    shifts: rows.map(({ signup, slot }) => {
      const occ = occurrence(slot, signup.occursOn, tz);
      return { uid: `${signup.id}@peerline`, start: occ.start, end: occ.end, summary: t('rota.feed.summary'), description: t('rota.feed.description', { slot: String(slot.number) }) };
    }),
  });
}
