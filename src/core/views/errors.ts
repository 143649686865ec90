/**
 * The one table of reply texts for expected failures, and the view adapters build from it at the edge:
 * the title and first sentence come from the error's kind (`code`), the second from its precise reason.
 * Both tables are exhaustive, so a new code or reason without its copy does not compile.
 */
import type { CoreError, ErrorCode, Reason, ReasonId, Reasons } from '../result.js';
import { formatLocal } from '../time.js';
import { STAGE_NAME } from '../trim/views.js';
import type { View } from './types.js';

const COPY: Record<ErrorCode, { title: string; text: string }> = {
  'bad-input': { title: 'That did not work', text: 'Something in that was not quite right.' },
  'unknown-community': {
    title: 'Peerline is not set up here yet',
    text: 'An admin needs to run setup first. If you need support now, use /resources.',
  },
  'not-allowed': { title: 'Not allowed', text: 'Only coordinators of this community can do that.' },
  'programme-only': {
    title: 'These records are private',
    text: 'Only the staff of this programme here can do that. A coordinator or one of its managers can give you a role.',
  },
  'trim-only': {
    title: 'TRiM records are private',
    text: 'Only the TRiM practitioners and managers of this community can do that. A coordinator or TRiM manager can give you a TRiM role.',
  },
  'not-enrolled': {
    title: 'Not a volunteer here',
    text: 'Only volunteers enrolled by a coordinator can do that. Ask a coordinator if you think you should be.',
  },
  'training-expired': {
    title: 'Training needs renewing',
    text: 'Your listener training has expired, so you cannot go on duty or accept requests. A coordinator can renew it.',
  },
  'not-on-duty': { title: 'You are off duty', text: 'Go on duty first, then you can accept requests.' },
  'at-capacity': {
    title: 'You are at capacity',
    text: 'You already have as many sessions open as you can take. End one first — looking after yourself matters too.',
  },
  'already-open': {
    title: 'You already have a request open',
    text: 'You can have one request at a time.',
  },
  'already-taken': { title: 'Already taken', text: 'Another listener has accepted this request. Thank you for responding.' },
  'own-request': { title: 'That is your own request', text: 'You cannot accept a request you made.' },
  'not-found': { title: 'Not found', text: 'I could not find that. It may have ended or been removed; nothing was changed.' },
  stale: {
    title: 'This is out of date',
    text: 'That button no longer applies: the request or session has ended, so nothing was changed. The newest messages show where things stand.',
  },
  conflict: { title: 'Not right now', text: 'Nothing was changed.' },
  platform: {
    title: 'The chat platform refused',
    text: 'The chat platform did not let me do that. The coordinators have been told what to fix.',
  },
  unavailable: {
    title: 'Peerline is having trouble',
    text: 'I cannot reach my database just now, so I could not do that. Please try again in a minute. If you need support now, use /resources.',
  },
  internal: {
    title: 'Something went wrong',
    text: 'Something went wrong on my side, so I could not do that. It has been logged for the team to fix. If you need support now, use /resources.',
  },
};

type ReasonCopy = { readonly [K in ReasonId]: (r: Reasons[K]) => string };

const REASONS: ReasonCopy = {
  invalid: (r) => `${r.path === '' ? '' : `${r.path}: `}${r.message}`,
  'not-yet-due': (r) =>
    `The ${STAGE_NAME[r.stage]} is due from ${formatLocal(r.dueAt, r.timeZone)}${r.stage === 'initial' ? ': TRiM assessments are done no sooner than 72 hours after the incident' : ''}.`,
  'no-trim-case': () => 'There is no such TRiM case here.',
  'case-of-another': () => 'This case is assigned to another practitioner.',
  'case-closed': () => 'This TRiM case is closed.',
  'assessment-recorded': () => 'That assessment is already recorded.',
  'no-case-for-person': (r) => `That person has no case in TRiM incident ${r.incident}.`,
  'tool-version-gone': () => 'That risk tool version no longer exists. Please start the assessment again.',
  'assessment-changed': () => 'The case or its risk tool changed since this form was opened. Please start the assessment again.',
  'consent-first': () => 'Record whether they agreed to take part first.',
  'outcomes-changed': () => 'The outcomes of the risk tool changed. Please start the assessment again.',
  'unanswered-item': () => 'Answer every item yes or no.',
  'unknown-outcome': () => 'Choose one of the outcomes offered.',
  'notes-key-missing': () =>
    'Notes cannot be saved: no encryption key is configured (PEERLINE_TRIM_KEY), and notes are never stored in clear. Nothing was saved.',
  'tool-too-long': (r) =>
    `This tool is ${r.length} characters as JSON, more than a form holds (${r.max}). Shorten item texts in a copy and paste it in a new edit.`,
  'not-json': () => 'That is not valid JSON.',
  'own-trim-role': () => 'Nobody can give themselves a TRiM role. Ask another coordinator or a TRiM manager.',
  'practitioner-has-cases': (r) =>
    `They are the practitioner on ${r.open} open case${r.open === 1 ? '' : 's'}. A TRiM manager must reassign those cases first (the TRiM assign command).`,
  'no-trim-role': (r) => `That person has no TRiM role here.${r.suggestGrant ? ' A coordinator or TRiM manager can give them one.' : ''}`,
  'last-manager': () => 'They are the last TRiM manager and incidents are still open. Make someone else a manager first.',
  'incident-in-future': () => 'The incident cannot be in the future.',
  'own-practitioner': (r) => `A person cannot be their own practitioner.${r.pickAnother ? ' Pick another.' : ''}`,
  'no-incident': (r) => `There is no TRiM incident ${r.number} here.`,
  'incident-gone': () => 'That TRiM incident is no longer here.',
  'no-own-cases': () => 'None of the cases in that incident is assigned to you.',
  'planning-recorded': () => 'The planning meeting is already recorded.',
  'no-open-case': (r) => (r.incident === null ? 'That incident has no open cases.' : `That person has no open case in incident ${r.incident}.`),
  'needs-trim-manager': () => 'This needs a TRiM manager.',
  'trim-managers-too': () => 'TRiM managers can do this too.',
  'programme-off': (r) => `${r.programme} is not switched on in this community. A coordinator can switch it on.`,
  'programme-staff': (r) => `This is for ${r.programme} practitioners and managers.`,
  'needs-programme-manager': (r) => `This needs a ${r.programme} manager.`,
  'programme-managers-too': (r) => `Coordinators and ${r.programme} managers can do this.`,
  'own-programme-role': (r) => `Nobody can give themselves a ${r.programme} role. Ask another coordinator or a ${r.programme} manager.`,
  'no-programme-role': (r) => `That person has no ${r.programme} role here.`,
  'no-programme-case': (r) => `There is no ${r.programme} case ${r.number} here.`,
  'unknown-item': (r) => `"${r.item}" is not one of the tool's items. The tool command lists them.`,
  'consent-answered': () => 'You have answered this already. Nothing was changed.',
  'already-referred': () => 'They already have an open case, or are already being asked. Nothing was sent twice.',
  'own-referral': () => 'To ask for support for yourself, use the self-referral command instead.',
  'not-this-step': (r) => `This case is not at that step: next is the ${r.step}.`,
  'programme-case-closed': (r) => `This ${r.programme} case is closed.`,
  'no-practitioner-yet': () => 'This case has no practitioner yet. A manager assigns one first.',
  'last-programme-manager': (r) => `They are the last ${r.programme} manager and cases are still open. Make someone else a manager first.`,
  'programme-practitioner-has-cases': (r) => `They hold ${r.open} open ${r.programme} case${r.open === 1 ? '' : 's'}. A manager must reassign those first.`,
  'already-accepted': () => 'A listener has already accepted it. You can end the session instead.',
  'no-request-waiting': () => 'You have no request waiting.',
  'alert-taken': (r) => (r.byYou ? 'You have already taken this alert.' : 'Another coordinator has already taken this alert and is reaching them.'),
  'conversation-failed': (r) => `I could not open a private conversation with them. ${r.fix}`,
  'space-failed': () => 'I could not open a private space for the session, so the request is back in the queue.',
  'anonymous-busy': () => 'You already have an anonymous session running through the same space. End it before taking another anonymous request.',
  'anonymous-unreachable': () =>
    'The member asked to stay anonymous, and I cannot send them direct messages right now, so the session could not start. The request is back in the queue and the coordinators have been told.',
  'no-volunteer-channel': () => 'This community has no volunteer channel yet, so nobody would see your request. Please tell a coordinator.',
  'unknown-topic': (r) => `Pick one of these topics: ${r.topics.join(', ')}.`,
  'member-only': (r) => (r.what === 'check-in' ? 'Only the member of a session can answer its check-in.' : 'Only the member of a session can answer this.'),
  'dashboard-coordinators': () => 'The dashboard is for coordinators enrolled in Peerline; ask a coordinator to add you as one.',
  'dashboard-url': () => 'The dashboard address is not a valid URL.',
  'dashboard-scheme': () => 'The dashboard address must be http or https.',
  'dashboard-session': () => 'Your dashboard session has ended, or this browser is not signed in.',
  'dashboard-role': () => 'Dashboard access ends with the coordinator role.',
  'dashboard-link': () => 'It has expired or has already been used. Links work once, for a few minutes.',
  'trim-page-role': () => 'The TRiM page is for TRiM practitioners and managers; access ends with the TRiM role.',
  'not-enrolled-here': () => 'That person is not enrolled here.',
  'remove-self': () => 'You cannot remove yourself as coordinator. Ask another coordinator to do it.',
  'volunteer-in-session': () => 'They have a session open. Remove them once it has ended.',
  'mentor-has-pairs': (r) => `They mentor ${r.open} ${r.open === 1 ? 'person' : 'people'} now (pairs active or paused). End those pairs first, so nobody is left without a mentor.`,
  'setup-needs-admin': () => 'Setup needs a coordinator or a server/workspace admin.',
  'country-needed': (r) => {
    const choices = `Choose one of ${r.countries.join(', ')} — or "other" if your community is elsewhere or spread across countries: members are then shown the international directory of helplines and told to call their local emergency number.`;
    return r.given === null
      ? `Setup needs the country for crisis lines, so a person in crisis is given a line they can reach. ${choices} Nothing was saved.`
      : `There are no checked crisis lines for ${r.given} in Peerline yet. ${choices} Nothing was saved.`;
  },
  'country-code': () => 'Give a two-letter country code, such as GB, US or IE.',
  'form-button': () => 'That button opens a form, which cannot be shown here. Use the command instead.',
  'no-open-session': () => 'There is no open session here.',
  'session-members-only': () => 'Only the two people in a session, or a coordinator, can end it.',
  'session-ended': () => 'This session has already ended.',
  'already-off-duty': () => 'You are already off duty. Go on duty again whenever you are ready.',
  'request-waiting': () => 'Your request is still waiting for a listener. To change it, press “Cancel my request” on it, then ask again.',
  'in-session': () => 'A listener has your request and your session is open. When the session has ended, you can ask again.',
  'settings-invalid': (r) => [...r.problems.map((p) => `${p.label}: ${p.message} ${p.hint}`), 'Nothing was saved.'].join('\n'),
  'watched-full': (r) => `${r.max} channels are watched already. Stop watching one first.`,
  'rota-no-slot': (r) => `There is no rota slot ${r.number}. The rota command lists the slots with their numbers.`,
  'rota-not-on-day': (r) => `Slot ${r.number} has no shift on ${r.date}. The rota command lists the shifts with their dates.`,
  'rota-started': () => 'That shift has already started, so it cannot be changed now. Nothing was changed.',
  'rota-full': (r) => `That shift has the ${r.wanted} listener${r.wanted === 1 ? '' : 's'} it wants already. Nothing was changed.`,
  'rota-cap': (r) => `You set yourself a cap of ${r.cap} shift${r.cap === 1 ? '' : 's'} a week, and the week from ${r.monday} has that many. Rest matters too; you can change your cap with the rota cap command.`,
  'rota-signed-up': () => 'You are already signed up for that shift.',
  'rota-not-signed-up': () => 'You are not signed up for that shift. Nothing was changed.',
  'rota-training': (r) => `Your listener training ${r.validUntil === null ? 'has no valid-until date' : `is valid until ${r.validUntil}`}, so you cannot sign up for a shift on ${r.date}. A coordinator can renew it.`,
  'rota-swap-gone': () => 'Someone else has taken that shift already, or it is no longer offered. Thank you for offering.',
  'rota-own-shift': () => 'That is your own shift.',
  'mentor-not-mentor': () => 'That person is not a mentor here. A coordinator gives the mentor role with the mentor role add command.',
  'mentor-not-volunteer': () => 'Mentors are enrolled volunteers (a talk with a mentor is a session): a coordinator enrols them as a volunteer first.',
  'mentor-capacity': (r) => `That mentor has ${r.capacity} mentee${r.capacity === 1 ? '' : 's'} already, as many as their capacity. Pick another mentor, or raise their capacity with the mentor capacity command.`,
  'mentor-training': (r) => `That mentor's training ${r.validUntil === null ? 'has no valid-until date' : `ran out on ${r.validUntil}`}. A coordinator can renew it first.`,
  'mentor-own': () => 'Nobody can be their own mentor.',
  'mentor-avoided': () => 'This mentee asked for a different mentor than that one. Pick someone else.',
  'mentor-has-pair': (r) => (r.requested ? 'There is already a request for a mentor waiting for a coordinator.' : 'There is already a mentoring pair for this person. End it first.'),
  'mentor-no-pair': () => 'There is no mentoring pair for you here.',
  'mentor-no-pair-number': (r) => `There is no mentoring pair or request ${r.number} here. The mentor pairs command lists them.`,
  'mentor-not-request': (r) => `Number ${r.number} is not a request waiting for a mentor. The mentor pairs command lists them.`,
  'mentor-which-mentee': (r) => `You mentor ${r.count} people: name the mentee (mention them) so I know which pair you mean.`,
  'mentor-not-yours': () => 'That pair is not yours. Only the mentee, the mentor, or a coordinator can change it.',
  'mentor-requested': () => 'Your request for a mentor is still waiting for a coordinator to pair you.',
  'mentor-state': (r) => `That mentoring pair is ${r.state === 'active' ? 'running already' : r.state === 'paused' ? 'paused already' : 'ended'}. Nothing was changed.`,
  'mentee-only': (r) =>
    r.what === 'talk' ? 'Only the mentee can open a talk with their mentor this way.' : r.what === 'change' ? 'Only the mentee can ask for a different mentor.' : 'Only the mentee can answer this.',
  'mentor-feedback-answered': () => 'You have answered this already. Thank you.',
};

/** The sentence for a precise reason. */
export function reasonText(reason: Reason): string {
  // The mapped table pairs each id with its own parameters; TypeScript cannot follow that through a union.
  return (REASONS[reason.id] as (r: Reason) => string)(reason);
}

/** The specific sentence of an error (its reason's), or the kind's general one when it has no reason. */
export function errorText(error: CoreError): string {
  return error.reason === undefined ? COPY[error.code].text : reasonText(error.reason);
}

/**
 * The private reply for an expected failure. `edgeDetail` replaces the reason's sentence when the adapter
 * knows better what to say (its own command syntax, its own limits).
 */
export function errorView(error: CoreError, edgeDetail?: string): View {
  const copy = COPY[error.code];
  const detail = edgeDetail ?? (error.reason === undefined ? undefined : reasonText(error.reason));
  return {
    title: copy.title,
    text: detail === undefined ? copy.text : `${copy.text}\n${detail}`,
    tone: error.code === 'unavailable' || error.code === 'platform' ? 'danger' : 'warning',
  };
}
