/**
 * The conversation after a crisis reply: the person's answers to "Are you safe right now?", typed or
 * pressed, are always answered — first, from memory — and "not safe" or a plan then raise the response.
 * Nothing of the text is kept: it is classified and dropped.
 */
import { classifyAnswer, type SafetyAnswer } from '../crisis-answers.js';
import { conversationKey, type CrisisConversation, type CrisisSource, type HumanRoute } from '../crisis-conversation.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import type { ChannelRef, CommunityRef, UserRef } from '../ports.js';
import { ok, type Result } from '../result.js';
import type { CrisisLang } from '../views/crisis-copy.js';
import { noAnswerView, safetyAnswerView } from '../views/crisis.js';
import type { View } from '../views/types.js';
import { cancelPendingJobs } from '../../db/queries/jobs.js';
import { raiseCrisis } from './crisis-response.js';
import { errorName } from '../error-name.js';
import { resourcesFor } from '../resources.js';

/** The open conversation with this person in this place, if the bot is still listening there. */
export function openConversation(deps: Pick<CoreDeps, 'crisisCooldown' | 'clock'>, person: UserRef, place: string): CrisisConversation | null {
  return deps.crisisCooldown.conversations.find(conversationKey(person, place), deps.clock().getTime());
}

/**
 * Reads a message in an open conversation and answers it at once, from memory. Null when the message
 * is not taken as an answer (in a shared place, anything but an explicit statement about safety).
 */
export async function replyToAnswer(deps: CoreDeps, conversation: CrisisConversation, text: string): Promise<{ answer: SafetyAnswer; replied: boolean } | null> {
  const answer = classifyAnswer(text, { strict: conversation.shared });
  if (answer === 'other' && conversation.shared) return null;
  const view = answerView(deps, conversation, answer);
  try {
    await deps.platform.sendPrivate(conversation.person, view, conversation.channel);
    return { answer, replied: true };
  } catch (error) {
    deps.log.error('crisis.answer_failed', { answer, source: conversation.source, error: errorName(error) });
    return { answer, replied: false };
  }
}

/** After the answer has gone out: the "no answer" follow-up is called off, and danger raises the response. */
export async function followAnswer(deps: CoreDeps, conversation: CrisisConversation, answer: SafetyAnswer): Promise<void> {
  try {
    if (conversation.eventId !== null) await cancelPendingJobs(deps.db, 'crisis-silence', 'eventId', conversation.eventId, deps.clock());
    if (answer === 'unsafe') await raiseCrisis(deps, conversation, 'not-safe');
    if (answer === 'plan') await raiseCrisis(deps, conversation, 'plan');
  } catch (error) {
    deps.log.error('crisis.raise_failed', { answer, source: conversation.source, error: errorName(error) });
  }
}

/**
 * A press of "I'm safe" / "I'm not safe" / "Not sure". A press with no conversation in memory (another
 * instance, a restart) starts one: "I'm not safe" is a disclosure in itself.
 */
export async function answerCrisisButton(deps: CoreDeps, actor: Actor, answer: 'safe' | 'unsafe' | 'unsure'): Promise<Result<View>> {
  const nowMs = deps.clock().getTime();
  const conversation = deps.crisisCooldown.conversations.latestFor(actor.user, nowMs) ?? resumeConversation(deps, { community: actor.community, person: actor.user, source: 'dm', place: 'dm', lang: 'en', tier: 'high' });
  const view = answerView(deps, conversation, answer);
  await followAnswer(deps, conversation, answer);
  return ok(view);
}

/** The conversation for a person, in memory if this instance holds it, else started again from what a job or button knows. */
export function resumeConversation(
  deps: Pick<CoreDeps, 'crisisCooldown' | 'clock' | 'communities'>,
  o: { community: CommunityRef; person: UserRef; source: CrisisSource; place: string; lang: CrisisLang; tier: 'elevated' | 'high' | 'imminent'; channel?: ChannelRef; sessionId?: string },
): CrisisConversation {
  const nowMs = deps.clock().getTime();
  const key = conversationKey(o.person, o.place);
  const found = deps.crisisCooldown.conversations.find(key, nowMs);
  if (found !== null) return found;
  const settings = deps.communities.peek(o.community)?.settings ?? null;
  const route: HumanRoute = settings === null || settings.volunteerChannel === null ? 'none' : o.source === 'session' ? 'session' : 'asking';
  return deps.crisisCooldown.conversations.open(
    {
      key,
      community: o.community,
      person: o.person,
      source: o.source,
      ...(o.channel === undefined ? {} : { channel: o.channel }),
      shared: o.source === 'session' || o.source === 'channel',
      lang: o.lang,
      ...(o.sessionId === undefined ? {} : { sessionId: o.sessionId }),
      tier: o.tier,
      route,
    },
    nowMs,
  );
}

/** What the bot says when an imminent reply has had no answer; the response is raised after it. */
export function silenceView(deps: Pick<CoreDeps, 'catalogue' | 'communities'>, conversation: CrisisConversation): View {
  const resources = resourcesFor(deps, deps.communities.peek(conversation.community));
  return noAnswerView({ lang: conversation.lang, resources, route: conversation.route });
}

function answerView(deps: CoreDeps, conversation: CrisisConversation, answer: SafetyAnswer): View {
  const nowMs = deps.clock().getTime();
  deps.crisisCooldown.conversations.extend(conversation, nowMs);
  conversation.lastAnswerAt = nowMs;
  const raisedBefore = (answer === 'unsafe' && conversation.raised.has('not-safe')) || (answer === 'plan' && conversation.raised.has('plan'));
  const resources = resourcesFor(deps, deps.communities.peek(conversation.community));
  return safetyAnswerView(answer, conversation.tier, { lang: conversation.lang, resources, route: conversation.route, raisedBefore });
}
