/**
 * The programmes on the engine. A programme registers by adding its definition here; the job that runs
 * step reminders and the consent buttons find it by id. (Engine modules never import this file, so no
 * programme's own code can form a cycle through it.)
 */
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import type { JobPayload } from '../jobs.js';
import type { Result } from '../result.js';
import { MENTORING } from '../mentoring/definition.js';
import { STRAW } from '../straw/definition.js';
import { strawConsentAnswered } from '../straw/referral.js';
import { TRIM } from '../trim/programme.js';
import type { TextView as View } from '../views/types.js';
import { answerConsent } from './consent.js';
import type { ProgrammeDefinition } from './definition.js';
import { stepReminders } from './reminders.js';
import { NOTHING_TO_SEND, type ReminderRun } from './timeline.js';

export const PROGRAMMES = { trim: TRIM, straw: { ...STRAW, onConsent: strawConsentAnswered }, mentoring: MENTORING } as const satisfies Record<string, ProgrammeDefinition>;

export type ProgrammeId = keyof typeof PROGRAMMES;
export const PROGRAMME_IDS = Object.keys(PROGRAMMES) as ProgrammeId[];
export const isProgrammeId = (id: string): id is ProgrammeId => Object.hasOwn(PROGRAMMES, id);

export function programmeById(id: string): ProgrammeDefinition | undefined {
  return isProgrammeId(id) ? PROGRAMMES[id] : undefined;
}

/** The `programme-step` job: the reminders of the programme the step belongs to. */
export async function programmeStepReminders(deps: Pick<CoreDeps, 'db'>, payload: JobPayload<'programme-step'>, now: Date): Promise<ReminderRun> {
  const def = programmeById(payload.programme);
  return def === undefined ? NOTHING_TO_SEND : stepReminders(deps, def, payload, now);
}

/** A consent button, for whichever programme asked. */
export function answerProgrammeConsent(deps: CoreDeps, actor: Actor, input: { consentId: string; answer: 'yes' | 'no' }): Promise<Result<View>> {
  return answerConsent(deps, actor, input, programmeById);
}
