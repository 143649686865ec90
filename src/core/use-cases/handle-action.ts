/** A button press, decoded once for every adapter. Stale or unknown ids get a private reply. */
import { parseAction } from '../actions.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';
import type { TextView as View } from '../views/types.js';
import { acceptRequest } from './accept-request.js';
import { answerCheckIn } from './answer-check-in.js';
import { cancelRequest } from './cancel-request.js';
import { answerCrisisButton } from './crisis-answer.js';
import { listenerNow } from './crisis-request.js';
import { reachPerson } from './reach-person.js';
import { confirmDuty, duty } from './duty.js';
import { declineRotaShift } from '../rota/shift-jobs.js';
import { takeSwap } from '../rota/swaps.js';
import { endSession } from './end-session.js';
import { chooseCheckIn, recordHelped } from './feedback.js';
import { showResources } from './show-resources.js';
import { recordPlanning } from '../trim/cases.js';
import { answerMentorFeedback } from '../mentoring/feedback.js';
import { talkToMentor } from '../mentoring/talk.js';
import { answerProgrammeConsent } from '../programmes/registry.js';

export async function handleAction(deps: CoreDeps, actor: Actor, actionId: string): Promise<Result<View>> {
  const action = parseAction(actionId);
  const view = <T extends { view: View }>(r: Result<T>): Result<View> => (r.ok ? ok(r.value.view) : r);
  switch (action.kind) {
    case 'accept':
      return view(await acceptRequest(deps, actor, action.requestId));
    case 'cancel':
      return cancelRequest(deps, actor, action.requestId);
    case 'end':
      return endSession(deps, actor, { sessionId: action.sessionId });
    case 'helped':
      return recordHelped(deps, actor, { sessionId: action.sessionId, answer: action.answer });
    case 'check-in':
      return chooseCheckIn(deps, actor, { sessionId: action.sessionId, hours: action.hours });
    case 'check-in-reply':
      return answerCheckIn(deps, actor, { sessionId: action.sessionId, answer: action.answer });
    case 'duty-confirm':
      return confirmDuty(deps, actor);
    case 'crisis-listener':
      return listenerNow(deps, actor);
    case 'resources':
      return showResources(deps, actor);
    case 'crisis-answer':
      return answerCrisisButton(deps, actor, action.answer);
    case 'crisis-reach':
      return reachPerson(deps, actor, action.eventId);
    case 'trim-assess':
      // Adapters that can show forms open it themselves (they hold the click's trigger); elsewhere it cannot open.
      return fail('conflict', { id: 'form-button' });
    case 'trim-planned':
      return recordPlanning(deps, actor, { incidentId: action.incidentId });
    case 'programme-consent':
      return answerProgrammeConsent(deps, actor, { consentId: action.consentId, answer: action.answer });
    case 'duty-on':
      return duty(deps, actor, 'on');
    case 'rota-not-now':
      return declineRotaShift(deps, actor, action.signupId);
    case 'rota-take':
      return takeSwap(deps, actor, action.signupId);
    case 'mentor-talk':
      return talkToMentor(deps, actor, action.pairId);
    case 'mentor-feedback':
      return answerMentorFeedback(deps, actor, { pairId: action.pairId, answer: action.answer });
    case 'unsupported':
      return fail('stale');
  }
}
