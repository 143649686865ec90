/**
 * The member answers a check-in: "I'm OK", "I'd like to talk again" (a new request that prefers the
 * same listener), or "Show resources".
 */
import { audit } from '../../db/queries/audit.js';
import { checkInSession } from '../../db/queries/sessions.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { t } from '../../i18n/index.js';
import type { TextView as View } from '../views/types.js';
import { requestListener } from './request-listener.js';
import { showResources } from './show-resources.js';

export async function answerCheckIn(deps: CoreDeps, actor: Actor, input: { sessionId: string; answer: 'ok' | 'talk' | 'resources' }): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const row = await checkInSession(deps.db, community.value.id, input.sessionId);
  if (row === null) return fail('stale');
  if (row.memberRef !== actor.user) return fail('not-allowed', { id: 'member-only', what: 'check-in' });
  await audit(deps.db, { communityId: community.value.id, actorRef: actor.user, action: 'check-in.answered', detail: { session: input.sessionId, answer: input.answer }, at: deps.clock() });
  switch (input.answer) {
    case 'ok':
      return ok({ title: t('coord.checkIn.ok.title'), text: t('coord.checkIn.ok.text'), tone: 'success' });
    case 'resources':
      return showResources(deps, actor);
    case 'talk': {
      const topic = community.value.settings.topics.includes(row.topic) ? row.topic : undefined;
      const requested = await requestListener(deps, actor, {
        ...(topic === undefined ? {} : { topic }),
        ...(row.volunteerId === null ? {} : { preferredVolunteerId: row.volunteerId }),
      });
      return requested.ok ? ok(requested.value.view) : requested;
    }
  }
}
