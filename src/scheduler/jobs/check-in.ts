/** The check-in a member asked for after their session. Core decides whether it is still wanted (never after /forget-me or a change of mind). */
import { dueCheckIn } from '../../core/index.js';
import { t } from '../../i18n/index.js';
import type { JobHandler } from '../runner.js';
import { sendPrivateOrTell } from './private.js';

export const checkIn: JobHandler<'check-in'> = async (ctx, payload) => {
  const message = await dueCheckIn(ctx.deps, payload);
  if (message === null) return;
  await sendPrivateOrTell(ctx, `${ctx.job.idempotencyKey}:send`, message.to, message.view, t('coord.undelivered.checkIn'));
};
