/**
 * The rhythm of a pair: a private prompt to both people every `rhythmDays` days at 10:00 in the
 * community's time zone, while the pair is active and inside its period, then the end of the period (changes.ts).
 * Each prompt is a job for the time the pair's `nextPromptAt` holds; a job whose time no longer matches
 * (the pair was paused, resumed or ended since) does nothing, so a paused pair gets no prompt even from
 * a job already claimed. Messages go through `once`, and the pair moves on with one conditional update,
 * so a re-run (a crash, two scheduler loops) sends nothing twice and books the next prompt once.
 */
import { t } from '../../i18n/index.js';
import { findCommunityById } from '../../db/queries/communities.js';
import { advancePrompt, pairById, type PairRow } from '../../db/queries/mentor.js';
import { scheduleJobs, type NewJob } from '../../db/queries/jobs.js';
import type { CoreDeps } from '../deps.js';
import { sendPrivateOrTell, type JobRun } from '../job-run.js';
import { job, type JobPayload } from '../jobs.js';
import { localDate, zonedDateTime } from '../time.js';
import { shiftDate } from '../rota/occurrences.js';
import { programmeEnabled } from '../programmes/access.js';
import { MENTORING } from './definition.js';
import { promptView } from './views.js';

/** Local hour prompts go at. */
export const PROMPT_HOUR = 10;

/** The first prompt time one rhythm after `from` (local date), or null when that is past the period's last day. */
export function promptAfter(from: string, rhythmDays: number, endsOn: string, timeZone: string): Date | null {
  const day = shiftDate(from, rhythmDays);
  return day >= endsOn ? null : zonedDateTime(day, PROMPT_HOUR, timeZone);
}

export function promptJob(pair: Pick<PairRow, 'id' | 'communityId'>, dueAt: Date): NewJob {
  const at = dueAt.toISOString();
  return job('mentor-prompt', { pairId: pair.id, dueAt: at }, dueAt, `${pair.id}:${at}`, pair.communityId);
}

export function periodEndJob(pair: Pick<PairRow, 'id' | 'communityId'>, endsOn: string, timeZone: string): NewJob {
  return job('mentor-period-end', { pairId: pair.id, endsOn }, zonedDateTime(endsOn, PROMPT_HOUR, timeZone), `${pair.id}:${endsOn}`, pair.communityId);
}

/** A prompt falls due: both are told privately, then the next prompt is booked. */
export async function promptPair(deps: CoreDeps, run: JobRun, payload: JobPayload<'mentor-prompt'>): Promise<void> {
  const pair = await pairById(deps.db, payload.pairId);
  if (pair?.status !== 'active' || pair.nextPromptAt?.toISOString() !== payload.dueAt || pair.mentorRef === null || pair.endsOn === null) return;
  const community = await findCommunityById(deps.db, pair.communityId);
  // Switched off since: no prompts (the pair is kept; prompts come again once it is back on and resumed).
  if (community === null || !(await programmeEnabled(deps, MENTORING, community.id))) return;
  const key = run.job.idempotencyKey;
  const base = { pairId: pair.id, rhythmDays: pair.rhythmDays, count: pair.prompts + 1 };
  await sendPrivateOrTell(deps, run, `${key}:mentee`, pair.menteeRef, promptView({ ...base, role: 'mentee', other: pair.mentorRef }), t('checks.undelivered.mentorPrompt', { role: 'mentee' }));
  await sendPrivateOrTell(deps, run, `${key}:mentor`, pair.mentorRef, promptView({ ...base, role: 'mentor', other: pair.menteeRef }), t('checks.undelivered.mentorPrompt', { role: 'mentor' }));
  const tz = community.settings.timeZone;
  const next = promptAfter(localDate(pair.nextPromptAt, tz), pair.rhythmDays, pair.endsOn, tz);
  await deps.db.transaction(async (tx) => {
    const moved = await advancePrompt(tx, pair.id, pair.nextPromptAt!, next);
    if (moved !== null && next !== null) await scheduleJobs(tx, [promptJob(pair, next)], run.now);
  });
}
