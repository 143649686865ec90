/**
 * What a screen that redraws itself (the playground) needs to show where things stand: which of its
 * buttons no longer apply, and why, and whether a volunteer is on duty. Read-only; changes nothing.
 */
import { feedbackAnswers, requestStatuses, sessionEndTimes } from '../../db/queries/screen-state.js';
import { findVolunteer } from '../../db/queries/volunteers.js';
import { parseAction } from '../actions.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { STALE_TEXT, type StaleWhy } from '../views/stale.js';
import type { Text } from '../../i18n/index.js';

/** For each of `actions` (button action ids) that no longer applies, the sentence saying why (catalogue text; the screen renders it). */
export async function staleButtons(deps: CoreDeps, actions: readonly string[]): Promise<ReadonlyMap<string, Text>> {
  const parsed = [...new Set(actions)].map((raw) => ({ raw, action: parseAction(raw) }));
  const requestIds = new Set<string>();
  const sessionIds = new Set<string>();
  for (const { action } of parsed) {
    if (action.kind === 'accept' || action.kind === 'cancel') requestIds.add(action.requestId);
    if (action.kind === 'end' || action.kind === 'helped' || action.kind === 'check-in') sessionIds.add(action.sessionId);
  }
  const [requests, ended, answers] = await Promise.all([
    requestStatuses(deps.db, [...requestIds]),
    sessionEndTimes(deps.db, [...sessionIds]),
    feedbackAnswers(deps.db, [...sessionIds]),
  ]);
  const status = new Map(requests.map((r) => [r.id, r.status]));
  const endedAt = new Map(ended.map((s) => [s.id, s.endedAt]));
  const answer = new Map(answers.map((a) => [a.id, a]));
  const why = (action: ReturnType<typeof parseAction>): StaleWhy | null => {
    switch (action.kind) {
      case 'accept':
      case 'cancel': {
        const s = status.get(action.requestId);
        if (s === undefined || s === 'queued') return null;
        if (s === 'accepted' || s === 'active') return action.kind === 'cancel' ? 'request-taken' : 'request-ended';
        return s === 'cancelled' ? 'request-cancelled' : 'request-ended';
      }
      case 'end':
        return (endedAt.get(action.sessionId) ?? null) === null ? null : 'session-ended';
      case 'helped':
        return (answer.get(action.sessionId)?.helped ?? null) === null ? null : 'feedback-given';
      case 'check-in': {
        const a = answer.get(action.sessionId);
        return a !== undefined && (a.checkInHours !== null || a.declined) ? 'check-in-chosen' : null;
      }
      default:
        return null;
    }
  };
  const out = new Map<string, Text>();
  for (const { raw, action } of parsed) {
    const reason = why(action);
    // An accept button that is no longer open says so in the card itself (core updates offer cards).
    if (reason !== null && action.kind !== 'accept') out.set(raw, STALE_TEXT[reason]);
  }
  return out;
}

/** Whether the actor is an enrolled volunteer here and, if so, since when they have been on duty (null: off duty). */
export async function dutyState(deps: CoreDeps, actor: Actor): Promise<{ readonly enrolled: boolean; readonly dutySince: Date | null }> {
  const community = await deps.communities.get(deps.db, actor.community);
  if (community === null) return { enrolled: false, dutySince: null };
  const volunteer = await findVolunteer(deps.db, community.id, actor.user);
  return { enrolled: volunteer !== null, dutySince: volunteer?.dutySince ?? null };
}
