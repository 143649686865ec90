/**
 * The English source of every message Peerline says in the catalogue: ICU MessageFormat strings, each
 * with its parameters' types (`def<…>`). Other languages translate every key here (es.ts, pt.ts, fr.ts,
 * de.ts); test/unit/i18n-catalogue.test.ts holds them to the same keys and placeholders. This file holds the
 * member's main flow and crisis copy; every other part of Peerline has a folder of its own (rota/, trim/ …)
 * with one file per language, spread in here and in each language's file.
 *
 * Keys starting with `crisis.` are crisis copy: they follow the safe-messaging rules in the README
 * ("Crisis copy") and, in every language but English, await review by a native-speaking clinician
 * (each locale file's `meta.crisisReview`).
 */

import { def, type Def, type Messages } from './def.js';
import { repliesEn } from './replies/en.js';
import { rotaEn } from './rota/en.js';
import { trimEn } from './trim/en.js';
import { programmesEn } from './programmes/en.js';
import { coordinationEn } from './coordination/en.js';
import { webEn } from './web/en.js';
import { commandsEn } from './commands/en.js';
import { adaptersEn } from './adapters/en.js';
import { helpEn } from './help/en.js';
import { setupEn } from './setup/en.js';
import { settingsEn } from './settings/en.js';
import { checksEn } from './checks/en.js';

export type { Def } from './def.js';

type Urgency = 'routine' | 'urgent' | 'crisis';

/** The messages of the member's main flow and crisis copy; each other part of Peerline has its own file (./<part>/en.ts). */
const core = {
  // Crisis copy (see the file comment). The words chosen from the language of the person's own message.
  'crisis.title.imminent': "Your safety comes first",
  'crisis.title.high': "You don't have to face this alone",
  'crisis.title.elevated': "Checking in",
  'crisis.title.stillHere': "I'm still here",
  'crisis.title.safe': "Thank you",
  'crisis.title.unsafe': "Thank you for telling me",
  'crisis.title.unsure': "That's okay",
  'crisis.title.queued': "A listener has been asked",
  'crisis.dial': def<{ number: string }>("call {number}"),
  'crisis.dial.local': "call your local emergency number (often 112)",
  // Where no verified emergency number is known for the country (src/crisis/resources.ts, LOCAL_EMERGENCY): an instruction, not a number.
  'crisis.localEmergency.name': "Your local emergency number",
  'crisis.localEmergency.hours': "police, ambulance or fire service",
  'crisis.call': def<{ number: string }>("call {number}"),
  'crisis.text': def<{ sms: string }>("text {sms}"),
  'crisis.textKeyword': def<{ keyword: string; number: string }>("text {keyword} to {number}"),
  'crisis.callOrText': def<{ number: string }>("call or text {number}"),
  'crisis.danger': def<{ dial: Text }>("If you are in danger now, {dial}."),
  'crisis.line': def<{ name: string; always: 'yes' | 'no'; how: Text }>("{name}{always, select, yes {, 24/7} other {}}: {how}."),
  'crisis.directory': def<{ site: string }>("Find a helpline near you: {site}."),
  'crisis.ask': "Are you safe right now?",
  'crisis.askWithSomeone': "Can you be with someone you trust right now?",
  'crisis.bot': "I'm Peerline, a bot; listeners here are volunteer peers, not clinicians.",
  'crisis.painful': "That sounds really painful.",
  'crisis.heavy': "That sounds heavy. Thank you for telling me.",
  'crisis.stillHere': "I'm still here with you.",
  'crisis.safeThanks': "Thank you for telling me; I'm glad.",
  'crisis.ifChanges': "If that changes:",
  'crisis.unsure': "That's okay; it can be hard to say.",
  'crisis.noAnswer': "I haven't heard back from you, and I'm still here.",
  'crisis.toldAgain': "I've told the coordinators again.",
  'crisis.route.asking': "I'm telling the coordinators and asking a listener to reach you.",
  'crisis.route.session': "I've let your listener and the coordinators know.",
  'crisis.route.offer': "You can talk with a listener: press the button.",
  'crisis.route.none': "A person will answer there.",
  'crisis.routeStill.asking': "A listener has been asked to reach you.",
  'crisis.routeStill.session': "Your listener is with you.",
  'crisis.routeStill.offer': "You can talk with a listener: press the button.",
  'crisis.routeStill.none': "A person will answer there.",
  'crisis.raising.asking': "I'm paging the coordinators again; your listener request has top priority.",
  'crisis.raising.session': "I'm telling your listener and paging the coordinators again.",
  'crisis.raising.offer': "I'm paging the coordinators and asking a listener for you, top priority.",
  'crisis.raising.none': "Please call them now.",
  'crisis.actOn': def<{ dial: Text }>("If you might act on your thoughts, {dial}."),
  'crisis.queued.raised': "Your open request now has top priority.",
  'crisis.queued.top': "Your request for a listener has top priority.",
  'crisis.queued.onDuty': def<{ count: number }>("{count, plural, =1 {1 listener is on duty right now.} other {# listeners are on duty right now.}}"),
  'crisis.queued.none.told': "No listener is on duty right now; the coordinators have been alerted.",
  'crisis.queued.none.paged': "No listener is on duty right now; the coordinators are paged if nobody answers soon.",
  'crisis.button.safe': "I'm safe",
  'crisis.button.unsafe': "I'm not safe",
  'crisis.button.unsure': "Not sure",
  'crisis.button.listener': "Talk to a listener",
  'crisis.button.cancel': "Cancel the request",
  'crisis.reach.title': "A coordinator is here for you",
  'crisis.reach.text': "A coordinator of this community opened this private conversation to check on you. They are a person, a volunteer peer — not a clinician.",
  'crisis.reach.coordinator': "Coordinator",
  'crisis.reach.hereWithYou': "here with you",

  // Durations, as a waiting time.
  'duration.underMinute': 'under a minute',
  'duration.minutes': def<{ m: number }>('{m} min'),
  'duration.hours': def<{ h: number }>('{h} h'),
  'duration.hoursMinutes': def<{ h: number; m: number }>('{h} h {m} min'),
  'duration.days': def<{ d: number }>('{d} d'),
  'duration.daysHours': def<{ d: number; h: number }>('{d} d {h} h'),

  // Who is on duty, said honestly (including nobody).
  'onDuty.now': def<{ count: number }>('{count, plural, one {# listener is} other {# listeners are}} on duty right now.'),
  'onDuty.nobody': 'Nobody is on duty right now.',

  // Crisis lines and resources, as fields.
  'line.talk247': 'Talk to someone 24/7',
  'line.talkNow': 'Talk to someone now',
  'line.anyTime': 'Any time, day or night',
  'line.danger': 'In danger right now',
  'line.community': 'Also for this community',
  'line.also': 'Also',
  'line.lookUp': 'Find a helpline where you are',
  'line.findHelpline': 'Find a helpline',
  'resource.call': def<{ number: Text }>('call {number}'),
  'resource.text': def<{ sms: Text }>('text {sms}'),
  'resource.textKeyword': def<{ keyword: string; number: string }>('text {keyword} to {number}'),
  'resource.callOrText': def<{ call: Text; text: Text }>('{call} or {text}'),
  'resource.visit': def<{ site: string }>('visit {site}'),
  'resource.named': def<{ name: Text; how: Text }>('{name}: {how}'),
  'resource.hours': def<{ line: Text; hours: Text }>('{line} · {hours}'),
  'resources.title': 'Support you can reach now',
  'resources.here': def<{ country: Text }>('If you are struggling, these people can help ({country}).'),
  'resources.anywhere': 'If you are struggling, these people can help wherever you are.',

  // Buttons used in several views.
  'button.cancelRequest': 'Cancel my request',
  'button.accept': 'Accept',
  'button.endSession': 'End session',

  // The /listen reply.
  'queue.title': 'Your request is in the queue',
  'queue.position': def<{ position: number }>('You are number {position} in the queue.'),
  'queue.nobody': 'No listeners are on duty right now.',
  'queue.stays': 'Your request stays in the queue and the first listener to come on duty will see it; the coordinators are told if it waits.',
  'queue.front': 'Because of what you wrote, your request is at the front of the queue.',
  'queue.peers': 'Listeners are trained volunteers — peers, not clinicians. Your name is not shown on the request card.',
  'queue.cantWait': "If it can't wait:",

  // The offer card in the volunteer channel.
  'offer.title': 'Someone would like to talk',
  'offer.title.crisis': 'Crisis request: someone needs a listener now',
  'offer.topic': 'Topic',
  'offer.urgency': 'Urgency',
  'offer.urgency.value': def<{ urgency: Urgency }>('{urgency, select, routine {routine} urgent {urgent} other {crisis}}'),
  'offer.waiting': 'Waiting',
  'offer.anonymous': 'Anonymous',
  'offer.anonymous.yes': 'yes — you will talk through the bot',
  'offer.note': 'Note',
  'offer.open': 'A member asked for a listener. Accept if you are on duty and able to give them your attention.',
  'offer.accepted': def<{ after: Text }>('Accepted after {after}. Thank you.'),
  'offer.cancelled': 'The member cancelled this request.',
  'offer.expired': 'This request ended without a listener.',

  // Accepting, and the session.
  'accepted.title': 'You accepted the request',
  'accepted.anonymous': 'The member asked to stay anonymous. A private space has been opened for you; what you write there is passed to them by the bot, and their replies appear there.',
  'accepted.named': 'A private space has been opened for the two of you. Say hello when you are ready.',
  'session.title': 'Your listening session',
  'session.anonymous': 'This is a private space for the listener. The member stays anonymous: the bot passes messages both ways and does not keep them.',
  'session.named': 'This is a private space for the two of you.',
  'session.topic': def<{ topic: string }>('Topic: {topic}.'),
  'session.peers': 'Listeners are trained volunteers — peers, not clinicians or a crisis service. Either of you can end the session with the button below.',
  'session.bot': 'Peerline is a bot: it does not store what you write here, but it watches for signs that someone may be in danger so it can offer help.',
  'matched.title': 'A listener is here for you',
  'matched.anonymous': 'A listener accepted your request. Write to me here and I will pass your messages on; their replies will come here. Your name is not shown to them.',
  'matched.named': 'A listener accepted your request and a private space has been opened for the two of you.',
  'feedback.title': 'Your session has ended',
  'feedback.text': 'Thank you for reaching out. Did it help to talk? And would you like me to check in with you later? You can answer either, both or neither.',
  'feedback.yes': 'It helped',
  'feedback.somewhat': 'A little',
  'feedback.no': 'Not really',
  'feedback.checkInAfter': def<{ hours: number }>('Check in after {hours} h'),
  'feedback.noCheckIn': 'No check-in',
  'ended.title': 'Session ended',
  'ended.text': 'Thank you for listening. Take a moment before your next one if you need it.',

  // Check-in, and the member's updates while they wait.
  'checkIn.title': 'Checking in',
  'checkIn.text': 'You talked with one of our listeners a little while ago, and asked me to check in. How are you doing?',
  'checkIn.ok': "I'm OK",
  'checkIn.talk': "I'd like to talk again",
  'checkIn.resources': 'Show resources',
  'longer.title': 'This is taking longer than usual',
  'longer.title.again': 'Still looking for a listener',
  'longer.waited': def<{ waited: Text; again: 'yes' | 'no' }>(
    'You have been waiting {waited}. I am sorry it is taking this long: {again, select, yes {there is still nobody free} other {our listeners are volunteers, and none has been free yet}}. The coordinators know.',
  ),
  'longer.stays': 'Your request stays in the queue until a listener accepts it or you cancel it.',
  'longer.now': 'If you need to talk to someone now:',
  'crisisWait.title': 'Nobody has answered yet',
  'crisisWait.waited': def<{ waited: Text }>('You have waited {waited}, and I am sorry: nobody has accepted yet.'),
  'crisisWait.asking': 'I keep asking the volunteers and coordinators every 10 minutes until someone accepts or you cancel.',
  'crisisWait.dontWait': 'You do not have to wait for us:',
  // The /listen form (a Slack modal, the playground's form).
  'form.cancel': 'Cancel',
  'listen.form.title': 'Talk to a listener',
  'listen.form.submit': 'Ask for a listener',
  'listen.form.topic': 'What would you like to talk about?',
  'listen.form.note': 'Anything the listener should know first? (optional)',
  'listen.form.noteHint': def<{ max: number }>('Up to {max} characters. It is deleted when your request ends.'),
  'listen.form.anonymity': 'Anonymity',
  'listen.form.anonymousHint': 'Stay anonymous: the listener will not see who you are',
  'listen.form.privateNote': 'Note',
  'listen.form.privateNoteHint': 'Show my note only to the listener who accepts, not on the request card',
  'listen.form.checkIn': 'Would you like a check-in afterwards?',
  'listen.form.askAtEnd': 'Ask me at the end',
  'listen.form.after': def<{ hours: number }>('{hours, plural, one {Yes, after # hour} other {Yes, after # hours}}'),
} satisfies Messages;

export const en = { ...core, ...repliesEn, ...rotaEn, ...trimEn, ...programmesEn, ...coordinationEn, ...webEn, ...commandsEn, ...adaptersEn, ...helpEn, ...setupEn, ...settingsEn, ...checksEn };

export type MessageId = keyof typeof en;

/** The parameters of message `K`; `never` when it has none. */
export type ParamsOf<K extends MessageId> = (typeof en)[K] extends Def<infer P> ? P : never;

/** A translation: every key of the English source, as ICU text with the same placeholders. */
export type Translation = Readonly<Record<MessageId, string>>;

/** The English text of a message (the source's own text, without its type). */
export function sourceText(id: MessageId): string {
  const entry: string | Def<unknown> = en[id];
  return typeof entry === 'string' ? entry : entry.text;
}

/** What a parameter may be: a value formatted by ICU, or text localised first. */
export type Param = string | number | Date | Text;

/** A message by id, with the parameters the English source declares for it. */
export interface Msg<K extends MessageId = MessageId> {
  readonly msg: K;
  readonly params?: ParamsOf<K>;
}

/** Texts shown one after the other, `sep` between (a space within a line, a newline between lines). */
export interface Joined {
  readonly join: readonly Text[];
  readonly sep: ' ' | '\n';
}

/**
 * Data that has its own words in some languages (a crisis line's name as the service gives it in French):
 * the reader's language's words when there are some, else `other`. Not catalogue copy: a service's name.
 */
export interface ByLocale {
  readonly byLocale: Readonly<Record<string, string | undefined>>;
  readonly other: string;
}

/** Words as core hands them to the edge (see ../text.ts). */
export type Text = string | Msg | Joined | ByLocale;
