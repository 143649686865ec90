/**
 * A new request's card, taken over from the process that saved the request and died (core/offer-recovery.ts
 * posts it once); the member's lost queued reply, when core returns one, is sent once here.
 */
import { answeredKey, recoverOffer } from '../../core/index.js';
import type { JobHandler } from '../runner.js';

export const postOffer: JobHandler<'post-offer'> = async (ctx, payload) => {
  const { deps, now, job } = ctx;
  const reply = await recoverOffer(deps, payload, job, now);
  if (reply === null) return;
  await ctx.once(answeredKey(job), (delivery) => deps.platform.sendPrivate(reply.to, reply.view, undefined, delivery));
};
