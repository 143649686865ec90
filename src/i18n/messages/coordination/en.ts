/** Volunteers and coordinators: volunteer-channel cards and alerts, escalation, settings, setup, stats: the English source (see ../en.ts for how the catalogue is put together). */
import { def, type Messages } from '../def.js';
import type { Text } from '../en.js';

type Urgency = 'routine' | 'urgent' | 'crisis';
type Tier = 'imminent' | 'high' | 'elevated';
/** A risk tier as coordinators read it. */
const TIER = '{tier, select, imminent {imminent} high {high} other {elevated}}';

export const coordinationEn = {
  // Escalation: a request still waiting, in the volunteer channel (the community's language).
  'coord.waiting.title': 'A request is still waiting',
  'coord.waiting.title.crisis': 'Crisis request still waiting',
  'coord.waiting.text': def<{ waited: Text }>('Someone has waited {waited} for a listener. If you are on duty and able, please accept.'),
  'coord.page.title': 'Coordinators: a request needs a listener',
  'coord.page.text': def<{ urgency: Urgency; waited: Text }>('A {urgency, select, routine {routine} urgent {urgent} other {crisis}} request has waited {waited} with nobody accepting.'),
  'coord.page.nobody': 'No listeners are on duty.',
  'coord.page.onDuty': def<{ count: number }>('{count, plural, one {# listener is} other {# listeners are}} on duty but none has accepted.'),
  'coord.round.asked': def<{ ago: Text }>('Someone asked for a listener in a crisis {ago} ago.'),
  'coord.round.onDuty': def<{ count: number }>('{count, plural, one {# listener is} other {# listeners are}} on duty, and none has accepted.'),
  'coord.round.askOnDuty': 'If you are on duty and able, please accept.',
  'coord.round.askEveryone': 'Every volunteer is asked: if you can, go on duty and accept.',
  'coord.round.coordinators': 'Coordinators: please find a listener who can go on duty now.',
  'coord.round.again': 'I will ask again every 10 minutes until someone accepts.',
  'coord.dropped.title': 'Nobody is on duty',
  'coord.dropped.text': def<{ waiting: number; crisis: 'none' | 'one' | 'all' | 'some'; n: number }>(
    'The last listener has gone off duty and {waiting, plural, one {# request is} other {# requests are}} waiting{crisis, select, one {, a crisis request} all {, all crisis requests} some {, {n} of them crisis} other {}}. Please find someone who can go on duty.',
  ),

  // Duty and training prompts, to the volunteer privately (their language).
  'coord.button.stayOnDuty': 'Stay on duty',
  'coord.stillNeeded.title': 'Please stay on duty if you can',
  'coord.stillNeeded.text': def<{ count: number; minutes: number }>(
    'Your shift has run out, but {count, plural, one {# crisis request is} other {# crisis requests are}} waiting and you are the only listener on duty, so I have kept you on duty. If you can, accept it or stay until someone else comes on duty. If you cannot, go off duty: the coordinators are told when nobody is on duty. I will ask again in {minutes} minutes.',
  ),
  'coord.shiftCheck.title': 'Are you still on duty?',
  'coord.shiftCheck.text': def<{ hours: number; minutes: number }>(
    'You have been on duty for {hours} h. If you are still there, confirm below; otherwise I will take you off duty in {minutes} minutes. Long shifts are hard — a break is fine.',
  ),
  'coord.offDuty.title': 'You are off duty',
  'coord.offDuty.text': 'I did not hear back, so I have taken you off duty. Thank you for your time. Go on duty again whenever you are ready.',
  'coord.trainingExpired.title': 'Your training has expired',
  'coord.trainingExpired.text': 'Your listener training has expired, so I have taken you off duty and you cannot accept requests until a coordinator renews it.',
  'coord.trainingSoon.title': 'Your training expires soon',
  'coord.trainingSoon.text': def<{ until: string }>('Your listener training is valid until {until}. Please arrange a refresher with a coordinator so you can keep listening.'),
  'coord.debrief.title': 'Time to debrief',
  'coord.debrief.text': 'Your last session touched on crisis. Please talk it through with a coordinator soon — what you heard matters, and you should not carry it alone. Thank you for being there.',

  // Operations the coordinators must know about.
  'coord.deadJob.title': 'A scheduled task kept failing',
  'coord.deadJob.text': def<{ kind: string; attempts: number; job: string }>(
    'Peerline tried "{kind}" {attempts} times and has stopped (job {job}). Someone may not have received a message they were due. Check the bot\'s logs for job {job}.',
  ),
  'coord.dashboardOff.title': 'The dashboard is not switched on',
  'coord.dashboardOff.text': 'Whoever runs this bot can turn it on with PEERLINE_WEB=1 and the address coordinators reach it at in PEERLINE_WEB_URL.',
  'coord.undelivered.title': 'Coordinators: a private message could not be delivered',
  'coord.fix.logs': 'Check the bot logs for the error code.',
  'coord.undelivered.checkIn': 'The check-in a member asked for after their session could not be sent to them; it will be retried.',

  // Crisis alerts in the volunteer channel and the listener's private prompt (never the person's words).
  'coord.where.note': 'in the note of a request',
  'coord.where.dm': 'in a direct message to the bot',
  'coord.where.session': 'in a listening session',
  'coord.where.channel': 'in a watched channel',
  'coord.prompt.title': 'Crisis language from the member',
  'coord.prompt.title.raised': 'The member may not be safe',
  'coord.prompt.raised': 'The member answered the bot that they may not be safe. The coordinators have been paged again.',
  'coord.prompt.risk': def<{ tier: Tier }>(`What the member just wrote may mean they are at risk (${TIER}). The bot has sent them the crisis line privately.`),
  'coord.prompt.protocol': 'A short protocol:',
  'coord.prompt.ask': '1. Ask directly and kindly: "Are you thinking about ending your life? Are you safe right now?"',
  'coord.prompt.share': def<{ line: Text }>('2. Share the line: {line}.'),
  'coord.prompt.shareDanger': def<{ line: Text; number: string }>('2. Share the line: {line}; in danger now: {number}.'),
  'coord.prompt.call': '3. Call a coordinator: they have been alerted in the volunteer channel. You are a peer, not a clinician; you do not have to carry this alone.',
  'coord.alert.title': 'Crisis alert',
  'coord.alert.title.imminent': 'Crisis alert: act now',
  'coord.alert.title.raised': 'Crisis alert: paged again, act now',
  'coord.alert.title.taken': 'Crisis alert: taken',
  'coord.alert.raised.notSafe': 'They answered that they are not safe.',
  'coord.alert.raised.plan': 'Their answer suggests a plan.',
  'coord.alert.raised.noAnswer': 'They have not answered since an imminent-risk reply.',
  'coord.alert.detected': def<{ tier: Tier; where: Text }>(`Crisis language (${TIER}) was detected {where}. They have been sent the crisis line privately.`),
  'coord.alert.undelivered': def<{ tier: Tier; where: Text; fix: Text }>(
    `Crisis language (${TIER}) was detected {where}, and the private reply with the crisis line could NOT be delivered to them. Reach them another way. {fix}`,
  ),
  'coord.alert.taken': def<{ tier: Tier; where: Text }>(`Crisis language (${TIER}) was detected {where}. A coordinator has opened a private conversation with them.`),
  'coord.alert.listener.queued': 'A crisis request for a listener is at the front of the queue.',
  'coord.alert.listener.withListener': 'A listener has already accepted their request.',
  'coord.alert.listener.inSession': 'They are in a session; their listener has been prompted privately.',
  'coord.alert.listener.none': 'No listener request could be queued for them.',
  'coord.alert.noLink': 'There is no link to the place it happened.',
  'coord.alert.open': def<{ link: string }>('Open: {link}'),
  'coord.alert.reach': 'Press "Reach them" to open a private conversation with them; one of you takes it.',
  'coord.alert.notStored': 'The message itself is not stored or repeated here.',
  'coord.alert.who': 'Who',
  'coord.alert.person': 'the person',
  'coord.alert.anonymous': 'a member who asked to stay anonymous (Reach them shows you who)',
  'coord.alert.anonymousTaken': 'a member who asked to stay anonymous',
  'coord.alert.takenBy': 'Taken by',
  'coord.alert.coordinator': 'coordinator',
  'coord.alert.button.reach': 'Reach them',
} satisfies Messages;
