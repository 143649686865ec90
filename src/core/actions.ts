/**
 * Button action ids. Core encodes them into views; adapters hand the string back when a button is
 * pressed, and `parseAction` turns it into a tagged union — with `unsupported` for anything stale,
 * forged or from an older version of the bot.
 */
import { z } from 'zod';

const uuid = z.uuid();

export type Action =
  | { readonly kind: 'accept'; readonly requestId: string }
  | { readonly kind: 'cancel'; readonly requestId: string }
  | { readonly kind: 'end'; readonly sessionId: string }
  | { readonly kind: 'helped'; readonly sessionId: string; readonly answer: 'yes' | 'somewhat' | 'no' }
  | { readonly kind: 'check-in'; readonly sessionId: string; readonly hours: number | null }
  | { readonly kind: 'check-in-reply'; readonly sessionId: string; readonly answer: 'ok' | 'talk' | 'resources' }
  | { readonly kind: 'duty-confirm' }
  | { readonly kind: 'crisis-listener' }
  /** The person's answer to "Are you safe right now?" after a crisis reply. */
  | { readonly kind: 'crisis-answer'; readonly answer: 'safe' | 'unsafe' | 'unsure' }
  /** A coordinator takes a crisis alert: a private space opens with the person. */
  | { readonly kind: 'crisis-reach'; readonly eventId: string }
  | { readonly kind: 'resources' }
  /** Opens the form for a TRiM case's next assessment (a form, so adapters need the click's trigger). */
  | { readonly kind: 'trim-assess'; readonly caseId: string }
  /** A TRiM manager records that an incident's planning meeting was held. */
  | { readonly kind: 'trim-planned'; readonly incidentId: string }
  /** A person's answer to a programme's consent question (a referral by someone else). */
  | { readonly kind: 'programme-consent'; readonly consentId: string; readonly answer: 'yes' | 'no' }
  /** Back on duty, in one click (after a rota shift ended). */
  | { readonly kind: 'duty-on' }
  /** "Not now" when a rota shift put the volunteer on duty. */
  | { readonly kind: 'rota-not-now'; readonly signupId: string }
  /** Takes a rota shift another volunteer offered. */
  | { readonly kind: 'rota-take'; readonly signupId: string }
  /** A mentee opens a session with their own mentor (from a prompt to meet). */
  | { readonly kind: 'mentor-talk'; readonly pairId: string }
  /** The mentee's feedback at the end of a pair, offered only after they consented to share it. */
  | { readonly kind: 'mentor-feedback'; readonly pairId: string; readonly answer: 'yes' | 'somewhat' | 'no' }
  | { readonly kind: 'unsupported'; readonly raw: string };

const PREFIX = 'pl';

export function encodeAction(action: Exclude<Action, { kind: 'unsupported' }>): string {
  switch (action.kind) {
    case 'accept':
    case 'cancel':
      return `${PREFIX}:${action.kind}:${action.requestId}`;
    case 'end':
      return `${PREFIX}:end:${action.sessionId}`;
    case 'helped':
      return `${PREFIX}:helped:${action.sessionId}:${action.answer}`;
    case 'check-in':
      return `${PREFIX}:check-in:${action.sessionId}:${action.hours ?? 'none'}`;
    case 'check-in-reply':
      return `${PREFIX}:check-in-reply:${action.sessionId}:${action.answer}`;
    case 'trim-assess':
      return `${PREFIX}:trim-assess:${action.caseId}`;
    case 'crisis-answer':
      return `${PREFIX}:crisis-answer:${action.answer}`;
    case 'crisis-reach':
      return `${PREFIX}:crisis-reach:${action.eventId}`;
    case 'trim-planned':
      return `${PREFIX}:trim-planned:${action.incidentId}`;
    case 'programme-consent':
      return `${PREFIX}:programme-consent:${action.consentId}:${action.answer}`;
    case 'rota-not-now':
    case 'rota-take':
      return `${PREFIX}:${action.kind}:${action.signupId}`;
    case 'mentor-talk':
      return `${PREFIX}:mentor-talk:${action.pairId}`;
    case 'mentor-feedback':
      return `${PREFIX}:mentor-feedback:${action.pairId}:${action.answer}`;
    case 'crisis-listener':
    case 'resources':
    case 'duty-confirm':
    case 'duty-on':
      return `${PREFIX}:${action.kind}`;
  }
}

const hours = z.union([z.literal('none').transform(() => null), z.coerce.number().int().min(1).max(24 * 14)]);

const parsers = {
  accept: z.tuple([uuid]).transform(([requestId]) => ({ kind: 'accept' as const, requestId })),
  cancel: z.tuple([uuid]).transform(([requestId]) => ({ kind: 'cancel' as const, requestId })),
  end: z.tuple([uuid]).transform(([sessionId]) => ({ kind: 'end' as const, sessionId })),
  helped: z
    .tuple([uuid, z.enum(['yes', 'somewhat', 'no'])])
    .transform(([sessionId, answer]) => ({ kind: 'helped' as const, sessionId, answer })),
  'check-in': z.tuple([uuid, hours]).transform(([sessionId, h]) => ({ kind: 'check-in' as const, sessionId, hours: h })),
  'check-in-reply': z
    .tuple([uuid, z.enum(['ok', 'talk', 'resources'])])
    .transform(([sessionId, answer]) => ({ kind: 'check-in-reply' as const, sessionId, answer })),
  'duty-confirm': z.tuple([]).transform(() => ({ kind: 'duty-confirm' as const })),
  'duty-on': z.tuple([]).transform(() => ({ kind: 'duty-on' as const })),
  'rota-not-now': z.tuple([uuid]).transform(([signupId]) => ({ kind: 'rota-not-now' as const, signupId })),
  'rota-take': z.tuple([uuid]).transform(([signupId]) => ({ kind: 'rota-take' as const, signupId })),
  'crisis-listener': z.tuple([]).transform(() => ({ kind: 'crisis-listener' as const })),
  resources: z.tuple([]).transform(() => ({ kind: 'resources' as const })),
  'crisis-answer': z.tuple([z.enum(['safe', 'unsafe', 'unsure'])]).transform(([answer]) => ({ kind: 'crisis-answer' as const, answer })),
  'crisis-reach': z.tuple([uuid]).transform(([eventId]) => ({ kind: 'crisis-reach' as const, eventId })),
  'trim-assess': z.tuple([uuid]).transform(([caseId]) => ({ kind: 'trim-assess' as const, caseId })),
  'programme-consent': z
    .tuple([uuid, z.enum(['yes', 'no'])])
    .transform(([consentId, answer]) => ({ kind: 'programme-consent' as const, consentId, answer })),
  'trim-planned': z.tuple([uuid]).transform(([incidentId]) => ({ kind: 'trim-planned' as const, incidentId })),
  'mentor-talk': z.tuple([uuid]).transform(([pairId]) => ({ kind: 'mentor-talk' as const, pairId })),
  'mentor-feedback': z
    .tuple([uuid, z.enum(['yes', 'somewhat', 'no'])])
    .transform(([pairId, answer]) => ({ kind: 'mentor-feedback' as const, pairId, answer })),
} satisfies Record<string, z.ZodType<Exclude<Action, { kind: 'unsupported' }>>>;

/**
 * Actions answered from memory alone and harmless to repeat ("Support you can reach now"): adapters skip
 * the delivery check for them, so they work, at once, while the database does not.
 */
export function repeatable(action: Action): boolean {
  return action.kind === 'resources';
}

export function parseAction(raw: string): Action {
  const [prefix, kind, ...args] = raw.split(':');
  if (prefix !== PREFIX || kind === undefined || !Object.hasOwn(parsers, kind)) return { kind: 'unsupported', raw };
  const parsed = parsers[kind as keyof typeof parsers].safeParse(args);
  return parsed.success ? parsed.data : { kind: 'unsupported', raw };
}
