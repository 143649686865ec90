/**
 * The words of every member-facing crisis message, per language. Chosen from the language of the
 * person's own message (`Detection.lang`); the crisis line is always the community country's. The
 * texts live in the message catalogue (src/i18n/messages, keys `crisis.*`); this file gives them the
 * shape the crisis views use, built once per language at start-up, so a crisis reply is put together
 * from memory without waiting on anything.
 *
 * REVIEW NEEDED: the Spanish, Portuguese, French and German texts were written by the project, not by
 * native-speaking clinicians; each locale file marks them so (`meta.crisisReview`). Each must be
 * reviewed by a native-speaking clinician (or a crisis line's trainer) before a community relies on it.
 * The English text needs clinical review too (README).
 *
 * Rules they follow (SAFETY.md): the emergency number first when risk is imminent, one named line with
 * how to reach it, one direct question about safety, a human route, honest that this is a bot and that
 * listeners are peers, no promise the system does not keep, never anything about methods.
 */
import { LOCALES, type Locale, localiser } from '../../i18n/index.js';

/** Where the person can be reached, and whether anyone is with them. */
export type HumanRoute =
  /** Coordinators are being alerted and a crisis request queued: the community is known and has a volunteer channel. */
  | 'asking'
  /** They are in a session: their listener and the coordinators are told. */
  | 'session'
  /** A listener can be asked for with a button (elevated risk). */
  | 'offer'
  /** Peerline is not set up here (as far as memory knows): nothing is claimed beyond the line. */
  | 'none';

export type CrisisLang = Locale;
export const CRISIS_LANGS: readonly CrisisLang[] = LOCALES;

/** The copy language for a detected language code; anything else (or nothing) is English. */
export function crisisLang(code: string | undefined): CrisisLang {
  return (CRISIS_LANGS as readonly string[]).includes(code ?? '') ? (code as CrisisLang) : 'en';
}

export interface CrisisCopy {
  /** The language these words are in (a line's own-language name is chosen by it). */
  readonly lang: CrisisLang;
  readonly titles: {
    readonly imminent: string;
    readonly high: string;
    readonly elevated: string;
    readonly stillHere: string;
    readonly safe: string;
    readonly unsafe: string;
    readonly unsure: string;
    readonly queued: string;
  };
  /** "call 999"; null = the local emergency number when the country is unknown. */
  dial(number: string | null): string;
  /** How to reach a line by phone, inside the line's sentence. */
  call(number: string): string;
  text(sms: string): string;
  /** "text HOME to 741741": a keyword to send, and where. */
  textKeyword(keyword: string, number: string): string;
  callOrText(number: string): string;
  danger(dial: string): string;
  /** A named line and how to reach it; `always` when it is open around the clock. */
  line(name: string, always: boolean, how: string): string;
  /** A directory (no number to call): where to look. */
  directory(site: string): string;
  readonly ask: string;
  readonly askWithSomeone: string;
  readonly bot: string;
  /** What happens next, said with the first reply. */
  readonly route: Readonly<Record<HumanRoute, string>>;
  /** What is already under way, said in follow-ups. */
  readonly routeStill: Readonly<Record<HumanRoute, string>>;
  readonly raising: Readonly<Record<HumanRoute, string>>;
  readonly painful: string;
  readonly heavy: string;
  readonly stillHere: string;
  readonly safeThanks: string;
  readonly ifChanges: string;
  readonly unsure: string;
  actOn(dial: string): string;
  readonly noAnswer: string;
  readonly toldAgain: string;
  queued(o: { readonly onDuty: number; readonly coordinatorsTold: boolean; readonly raised: boolean }): string;
  readonly buttons: { readonly safe: string; readonly unsafe: string; readonly unsure: string; readonly listener: string; readonly cancel: string };
}

function copyIn(lang: CrisisLang): CrisisCopy {
  const l = localiser(lang);
  const f = l.format.bind(l);
  const routes = (group: 'route' | 'routeStill' | 'raising'): Record<HumanRoute, string> => ({
    asking: f(`crisis.${group}.asking`),
    session: f(`crisis.${group}.session`),
    offer: f(`crisis.${group}.offer`),
    none: f(`crisis.${group}.none`),
  });
  return {
    lang,
    titles: {
      imminent: f('crisis.title.imminent'),
      high: f('crisis.title.high'),
      elevated: f('crisis.title.elevated'),
      stillHere: f('crisis.title.stillHere'),
      safe: f('crisis.title.safe'),
      unsafe: f('crisis.title.unsafe'),
      unsure: f('crisis.title.unsure'),
      queued: f('crisis.title.queued'),
    },
    dial: (number) => (number === null ? f('crisis.dial.local') : f('crisis.dial', { number })),
    call: (number) => f('crisis.call', { number }),
    text: (sms) => f('crisis.text', { sms }),
    textKeyword: (keyword, number) => f('crisis.textKeyword', { keyword, number }),
    callOrText: (number) => f('crisis.callOrText', { number }),
    danger: (dial) => f('crisis.danger', { dial }),
    line: (name, always, how) => f('crisis.line', { name, always: always ? 'yes' : 'no', how }),
    directory: (site) => f('crisis.directory', { site }),
    ask: f('crisis.ask'),
    askWithSomeone: f('crisis.askWithSomeone'),
    bot: f('crisis.bot'),
    route: routes('route'),
    routeStill: routes('routeStill'),
    raising: routes('raising'),
    painful: f('crisis.painful'),
    heavy: f('crisis.heavy'),
    stillHere: f('crisis.stillHere'),
    safeThanks: f('crisis.safeThanks'),
    ifChanges: f('crisis.ifChanges'),
    unsure: f('crisis.unsure'),
    actOn: (dial) => f('crisis.actOn', { dial }),
    noAnswer: f('crisis.noAnswer'),
    toldAgain: f('crisis.toldAgain'),
    queued: ({ onDuty, coordinatorsTold, raised }) =>
      [
        f(raised ? 'crisis.queued.raised' : 'crisis.queued.top'),
        onDuty > 0 ? f('crisis.queued.onDuty', { count: onDuty }) : f(coordinatorsTold ? 'crisis.queued.none.told' : 'crisis.queued.none.paged'),
      ].join(' '),
    buttons: {
      safe: f('crisis.button.safe'),
      unsafe: f('crisis.button.unsafe'),
      unsure: f('crisis.button.unsure'),
      listener: f('crisis.button.listener'),
      cancel: f('crisis.button.cancel'),
    },
  };
}

export const CRISIS_COPY: Readonly<Record<CrisisLang, CrisisCopy>> = { en: copyIn('en'), es: copyIn('es'), pt: copyIn('pt'), fr: copyIn('fr'), de: copyIn('de') };
