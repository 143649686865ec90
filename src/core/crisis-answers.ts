/**
 * Reads a reply to "Are you safe right now?". Pure and synchronous, so the answer to it never waits on
 * anything. English first, with the common yes / no / not-sure words in Spanish, Portuguese, French and
 * German (the languages the crisis copy is written in). When signals conflict ("no, I'm safe") the answer
 * is `unsure` and the person is asked again; explicit danger always wins.
 *
 * The word lists need review by native speakers with clinical experience before real use, like the copy.
 */

/** What a reply to the safety question says. `plan` and `unsafe` raise the response. */
export type SafetyAnswer = 'safe' | 'unsafe' | 'plan' | 'unsure' | 'other';

/**
 * `strict` is for shared places (a session, a watched channel): there a bare "yes" or "no" is probably
 * said to someone else, so only explicit statements about safety count.
 */
export function classifyAnswer(text: string, options: { readonly strict?: boolean } = {}): SafetyAnswer {
  const t = normalise(text);
  if (t.trim().length === 0) return 'other';
  if (options.strict === true) {
    if (has(t, CLEAR_PLAN)) return 'plan';
    if (has(t, CLEAR_UNSAFE)) return 'unsafe';
    return has(t, SAFE) && !has(t, UNSURE) && !has(t, UNSAFE) ? 'safe' : 'other';
  }
  if (has(t, PLAN) && !has(t, NO_PLAN)) return 'plan';
  if (has(t, UNSAFE)) return 'unsafe';
  const safe = has(t, SAFE);
  if (has(t, UNSURE)) return 'unsure';
  const yes = has(t, YES);
  const no = has(t, NO);
  if (safe) return no ? 'unsure' : 'safe';
  if (yes && no) return 'unsure';
  if (yes) return 'safe';
  if (no) return 'unsafe';
  return 'other';
}

/** Lower case, accents and apostrophes removed, punctuation to spaces, padded for whole-word matching. */
function normalise(text: string): string {
  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${folded} `;
}

function has(t: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => t.includes(` ${p} `));
}

const PLAN = [
  'a plan', 'my plan', 'the plan', 'tonight is the night', 'do it tonight', 'doing it tonight', 'its tonight', 'say goodbye', 'saying goodbye', 'goodbye forever', 'ive decided', 'i have decided', 'made up my mind',
  'un plan', 'tengo un plan', 'esta noche es la noche', 'lo hare esta noche', 'adios para siempre',
  'um plano', 'tenho um plano', 'hoje e a noite', 'vou fazer hoje', 'adeus para sempre',
  'jai un plan', 'cest ce soir', 'adieu pour toujours',
  'einen plan', 'ich habe einen plan', 'heute nacht ist es soweit', 'fur immer lebewohl',
];
const NO_PLAN = ['no plan', 'dont have a plan', 'do not have a plan', 'not have a plan', 'without a plan', 'no tengo un plan', 'nao tenho um plano', 'pas de plan', 'keinen plan'];

/** In a shared place (or a DM with no conversation open), only unmistakable statements count. */
const CLEAR_PLAN = ['tonight is the night', 'goodbye forever', 'esta noche es la noche', 'adios para siempre', 'adeus para sempre', 'adieu pour toujours', 'heute nacht ist es soweit', 'fur immer lebewohl'];
const CLEAR_UNSAFE = [
  'not safe', 'unsafe', 'dont feel safe', 'do not feel safe', 'im in danger', 'i am in danger',
  'no estoy a salvo', 'no me siento a salvo', 'estoy en peligro',
  'nao estou em seguranca', 'nao estou a salvo', 'estou em perigo',
  'pas en securite', 'je suis en danger',
  'nicht in sicherheit', 'bin in gefahr',
];

const UNSAFE = [
  'not safe', 'unsafe', 'dont feel safe', 'do not feel safe', 'not ok', 'not okay', 'not fine', 'not alright', 'not really', 'no im not', 'no i am not', 'no i dont', 'im in danger', 'i am in danger', 'not good',
  'no estoy a salvo', 'no estoy seguro de estar a salvo', 'no estoy bien', 'no me siento a salvo', 'estoy en peligro',
  'nao estou em seguranca', 'nao estou seguro', 'nao estou segura', 'nao estou a salvo', 'nao estou bem', 'estou em perigo',
  'pas en securite', 'je ne suis pas en securite', 'ca ne va pas', 'ca va pas', 'je ne vais pas bien', 'je suis en danger',
  'nicht in sicherheit', 'bin nicht in sicherheit', 'nicht gut', 'bin in gefahr',
];
const UNSURE = [
  'not sure', 'unsure', 'dont know', 'do not know', 'idk', 'dunno', 'maybe', 'i guess', 'kind of', 'kinda', 'sort of', 'no idea', 'not certain',
  'no se', 'no lo se', 'tal vez', 'quizas', 'quiza',
  'nao sei', 'talvez', 'nao tenho certeza',
  'je ne sais pas', 'sais pas', 'je sais pas', 'peut etre', 'pas sur', 'pas sure',
  'weiss nicht', 'weiss es nicht', 'keine ahnung', 'vielleicht', 'nicht sicher', 'bin mir nicht sicher',
];
const SAFE = [
  'im safe', 'i am safe', 'i feel safe', 'safe now', 'im ok', 'im okay', 'i am ok', 'i am okay', 'im fine', 'i am fine', 'im alright', 'i am alright', 'im good',
  'estoy a salvo', 'estoy bien', 'estoy segura', 'estoy seguro', 'me siento a salvo',
  'estou bem', 'estou em seguranca', 'estou seguro', 'estou segura', 'estou a salvo',
  'je suis en securite', 'ca va', 'je vais bien',
  'ich bin in sicherheit', 'mir geht es gut', 'mir gehts gut', 'ich bin sicher',
];
const YES = ['yes', 'yeah', 'yea', 'yep', 'yup', 'sure', 'safe', 'si', 'sim', 'oui', 'ja'];
const NO = ['no', 'nope', 'nah', 'n', 'nao', 'non', 'nein', 'nee'];
