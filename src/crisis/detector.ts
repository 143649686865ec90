/**
 * Crisis detection: normalise, match every rule's phrases in one Aho–Corasick pass, filter the
 * matches by context (someone else's words, negation, what follows), then combine the kinds that
 * remain into a tier. Pure and synchronous: no I/O, so it works when nothing else does.
 *
 * The rules are data: a `RulePack` (types.ts) per language, compiled once by `compileDetector` (or
 * read from tables compiled at build time: lang/tables.ts). Every pack uses the same
 * kinds, so `tierOf` and `detectionOf` serve them all, and signals from several messages combine
 * (context.ts).
 */
import { AhoCorasick, compileAutomaton, type AutomatonTables } from './aho-corasick.js';
import { Normaliser, type NormaliserTables } from './normalise.js';
import { RULE_KINDS, type Detection, type Rule, type RuleKind, type RulePack, type Tier } from './types.js';

/** Expands `[a|b|]` choices into every phrase they stand for. */
export function expand(template: string): string[] {
  const open = template.indexOf('[');
  if (open === -1) return [template];
  const close = template.indexOf(']', open);
  const head = template.slice(0, open);
  const tail = expand(template.slice(close + 1));
  return template
    .slice(open + 1, close)
    .split('|')
    .flatMap((choice) => tail.map((t) => `${head}${choice}${t}`));
}

// ── kinds and tiers ─────────────────────────────────────────────────────────────────────────────

const KIND_BITS: ReadonlyMap<RuleKind, number> = new Map(RULE_KINDS.map((k, i) => [k, 1 << i]));

/** The bit of one kind in a kind mask (the kind's index in `RULE_KINDS`). */
export function kindBit(kind: RuleKind): number {
  return KIND_BITS.get(kind)!;
}

/** The kinds as a bit mask (see `kindBit`). */
export function kindMask(kinds: Iterable<RuleKind>): number {
  let mask = 0;
  for (const k of kinds) mask |= kindBit(k);
  return mask;
}

/** The kinds in a bit mask, in `RULE_KINDS` order. */
export function kindsOf(mask: number): RuleKind[] {
  return RULE_KINDS.filter((k) => (mask & kindBit(k)) !== 0);
}

const tiers = new Map<number, Tier>();

/** `tierOf` on a kind mask; memoised, as few sets of kinds occur. */
export function tierOfMask(mask: number): Tier {
  let tier = tiers.get(mask);
  if (tier === undefined) {
    tier = combine((k) => (mask & kindBit(k)) !== 0);
    tiers.set(mask, tier);
  }
  return tier;
}

/**
 * Combines the kinds found (in one message, or across a conversation's recent messages) into a tier
 * (see `RuleKind` in types.ts). Only ever rises as kinds are added, which lets `detect` decide "none"
 * from the raw matches before any context check.
 */
export function tierOf(kinds: Iterable<RuleKind>): Tier {
  return tierOfMask(kindMask(kinds));
}

function combine(has: (k: RuleKind) => boolean): Tier {
  const intent = has('intent');
  const ideation = has('ideation');
  const act = has('act');
  const farewell = has('farewell');
  const ready = has('means-ready');
  const distress = has('distress');
  const passive = has('passive');
  const time = has('time');
  const plan = has('plan');
  const place = has('place');
  const goodbye = has('goodbye');
  if (
    has('attempt') ||
    (has('taken') && (goodbye || farewell || distress || passive || intent || ideation)) ||
    (intent && (time || plan || place || ready || farewell || goodbye)) ||
    (ideation && (plan || place || ready || farewell)) ||
    (act && (plan || place || ready || farewell || (time && (distress || passive || goodbye || has('means'))))) ||
    (ready && (distress || passive || goodbye)) ||
    (farewell && (passive || distress || time || plan || goodbye)) ||
    (ready && time) ||
    (place && (distress || passive))
  ) {
    return 'imminent';
  }
  if (intent || ideation || has('method') || has('self-harm') || has('command') || ready || (has('means') && (passive || distress || act)) || (goodbye && passive) || (plan && passive)) return 'high';
  // A lone farewell is ambiguous ("goodbye forever, twitter"): a gentle check-in, not an alarm.
  if (passive || farewell || (goodbye && distress)) return 'elevated';
  return 'none';
}

/** Whether a set of kinds could raise a tier or name harassment. */
const canRaise = (mask: number) => (mask & kindBit('harassment')) !== 0 || tierOfMask(mask) !== 'none';

/**
 * Kinds that can raise a tier (or name harassment) on their own or with one another. Each of their
 * phrases has a key word — its longest rare word — and a message with none of those words cannot
 * match them, so `detect` skips the automaton. Time, place, means, goodbye, plan and retraction words
 * only ever count beside these; the check below, run at start-up, holds that to be so.
 */
const KEYED: ReadonlySet<RuleKind> = new Set(['attempt', 'taken', 'intent', 'ideation', 'method', 'self-harm', 'command', 'passive', 'farewell', 'means-ready', 'act', 'distress', 'harassment']);
/** Kinds that only count beside others, but do so across messages too (context.ts): `signals` looks for them as well. */
const CONTEXT_ONLY: ReadonlySet<RuleKind> = new Set(['time', 'place', 'means', 'goodbye', 'plan']);
const RISK_KINDS: ReadonlySet<RuleKind> = new Set(['attempt', 'taken', 'intent', 'ideation', 'method', 'self-harm', 'command', 'passive', 'farewell', 'means-ready']);
const RISK_MASK = kindMask(RISK_KINDS);
/** Kinds that a clause in the past ("years ago", "used to") turns into history. */
const HISTORY_KINDS: ReadonlySet<RuleKind> = new Set([...RISK_KINDS, 'act', 'plan', 'distress']);
/** Kinds a time in the same clause gives a when. */
const TIMED: ReadonlySet<RuleKind> = new Set([...RISK_KINDS, 'act', 'plan', 'means', 'place', 'distress', 'goodbye']);
/** After "never", words that make it a measure, not a negation ("never been so …", "never … more"). */
const MEASURES: ReadonlySet<string> = new Set(['as', 'so', 'this', 'more', 'that', 'worse', 'beter']);
const RETRACTION = kindBit('retraction');

// The key-word skip is sound only if kinds without key words cannot raise a tier among themselves.
{
  const unkeyed = RULE_KINDS.filter((k) => !KEYED.has(k));
  for (let subset = 1; subset < 1 << unkeyed.length; subset += 1) {
    const present = unkeyed.filter((_, i) => (subset & (1 << i)) !== 0);
    if (canRaise(kindMask(present))) throw new Error(`kinds without key words raise a tier together: ${present.join(', ')}`);
  }
}

// ── signals ─────────────────────────────────────────────────────────────────────────────────────

/** One rule that counted in a message. */
export interface Signal {
  /** The rule's id. */
  readonly rule: string;
  readonly kind: RuleKind;
  /** Whether a risk signal came before it (a retraction counts only after a disclosure: "i want to die … jk"). */
  readonly afterRisk: boolean;
}

/** What a message (or a window of messages) says, before it is combined into a tier. Never the text. */
export interface Signals {
  /**
   * The kinds found, as a mask (`kindBit`, `kindsOf`), after the context checks and each rule's
   * `requires`. Includes one derived kind: two different final farewells in one message read as a
   * note, a preparation, so `plan` is added.
   */
  readonly mask: number;
  /** The rules that counted, in the order they occur (a rule may occur more than once). */
  readonly hits: readonly Signal[];
  /** Laughter or the like after a disclosure ("i'm gonna kms today lol"): a time does not make it imminent, here or across messages. */
  readonly hyperbole?: boolean;
}

/** No signals: most messages. */
export const NO_SIGNALS: Signals = Object.freeze({ mask: 0, hits: Object.freeze([]) });

const NONE: Detection = Object.freeze({ tier: 'none', rules: Object.freeze([]) });

/**
 * The detection signals stand for: the tier of their kinds, and the ids of the rules that decided it
 * (sorted, unique; a retraction only after a disclosure). With no tier, the first harassment rule, if
 * any, so a moderator can be told. Works on one message's signals or a window's combined ones.
 */
export function detectionOf(signals: Signals): Detection {
  const tier = tierOfMask(signals.mask);
  if (tier === 'none') {
    const harassment = signals.hits.find((h) => h.kind === 'harassment');
    return harassment === undefined ? NONE : { tier, rules: [harassment.rule] };
  }
  const ids = new Set<string>();
  for (const h of signals.hits) {
    if (h.kind === 'harassment') continue;
    if (h.kind === 'retraction' && !h.afterRisk) continue;
    ids.add(h.rule);
  }
  return { tier, rules: [...ids].sort() };
}

// ── the compiled detector ───────────────────────────────────────────────────────────────────────

/** A rule pack compiled for matching. Build one per pack at start-up; each call is pure and synchronous. */
export interface Detector {
  /** The pack's language. */
  readonly lang: string;
  /**
   * The tier of one message and the rules that decided it. The fast path: a message without a key
   * word of a tier-raising rule costs one pass over its characters. Does not set `lang`.
   */
  detect(text: string): Detection;
  /**
   * Every kind the message carries, including those that only count beside others (time, place,
   * means, goodbye, plan), for combining across messages (context.ts). `detectionOf(signals(t))`
   * equals `detect(t)`; this is slower only for messages with such words.
   */
  signals(text: string): Signals;
  /** The pack's rules, as given. */
  readonly rules: readonly Rule[];
  /**
   * The words (normalised: lower case a–z, doubled letters collapsed) without which neither `detect`
   * nor `signals` finds anything: each phrase's key word, and each chat spelling that becomes one. A
   * line with none of them — and no word one typo from `typoTriggers` — is `none` with no signals
   * in this pack, whatever else it says. The cheap English check uses this to skip identification.
   */
  readonly triggers: readonly string[];
  /** Of the pack's typo targets, those that are triggers: a word one letter from one of them is mended into it. */
  readonly typoTriggers: readonly string[];
}

/**
 * What compiling a pack builds, as `compileDetectorTables` builds it and the build-time snapshot keeps it
 * (crisis-tables.ts): the costly part of a detector, everything else is read from the pack.
 */
export interface DetectorTables {
  /** The automaton over every phrase, expanded and normalised. */
  readonly automaton: AutomatonTables;
  /** Per phrase (the automaton's phrase index): its rule's index in the pack's rules, and its normalised length. */
  readonly phraseRules: Int32Array;
  readonly phraseLengths: Int32Array;
  /** `detect`'s normaliser and `signals`' (see `compileDetector`). */
  readonly fast: NormaliserTables;
  readonly full: NormaliserTables;
  /** See `Detector.triggers` and `Detector.typoTriggers`. */
  readonly triggers: readonly string[];
  readonly typoTriggers: readonly string[];
}

/** Rules go through the same normalisation as messages, so both meet in the same form. */
function normaliserOf(pack: RulePack): { normalise: (text: string) => string; word: (w: string) => string[] } {
  const plain = new Normaliser([], { filler: pack.filler, spellings: pack.spellings });
  const normalise = (text: string) => plain.normalise(text);
  const word = (w: string) => {
    const n = normalise(w).trim();
    return n.includes(' ') ? [] : [n];
  };
  return { normalise, word };
}

/** Compiles a rule pack's tables: phrases expanded and normalised, one automaton, key words chosen. Throws on a malformed pack. */
export function compileDetectorTables(pack: RulePack): DetectorTables {
  const { normalise, word } = normaliserOf(pack);
  const ids = new Set<string>();
  for (const rule of pack.rules) {
    if (ids.has(rule.id)) throw new Error(`rule id twice in the ${pack.lang} pack: ${rule.id}`);
    ids.add(rule.id);
    if (!KIND_BITS.has(rule.kind)) throw new Error(`unknown kind ${rule.kind} in ${rule.id}`);
  }

  const phraseRules: number[] = [];
  const texts: string[] = [];
  const seen = new Set<string>();
  pack.rules.forEach((rule, r) => {
    for (const template of rule.phrases) {
      for (const raw of expand(template)) {
        const text = normalise(raw);
        const key = `${rule.id}\u0000${text}`;
        if (text.trim() === '' || seen.has(key)) continue;
        seen.add(key);
        phraseRules.push(r);
        texts.push(text);
      }
    }
  });
  const automaton = compileAutomaton(texts);

  const common = new Set(pack.common.flatMap(word));
  const keyOf = (i: number) => {
    const words = texts[i]!.trim().split(' ');
    const rare = words.filter((w) => !common.has(w));
    const pool = rare.length > 0 ? rare : words;
    return pool.reduce((a, b) => (b.length > a.length ? b : a));
  };
  const keysFor = (kinds: ReadonlySet<RuleKind>) => phraseRules.flatMap((r, i) => (kinds.has(pack.rules[r]!.kind) ? [keyOf(i)] : []));
  // Typos are mended only on the rare words the pack names, and never on a word the pack itself uses.
  const known = new Set([...texts.flatMap((t) => t.trim().split(' ')), ...common, ...(pack.notTypos ?? []).flatMap(word)]);
  const typos = (pack.typos ?? []).flatMap(word);
  const words = { filler: pack.filler, spellings: pack.spellings, typos, notTypos: [...known].filter((w) => /^[a-z]+$/.test(w) && !typos.includes(w)) };
  /** `detect`'s normaliser: notes the key words of tier-raising rules. */
  const fast = new Normaliser(keysFor(KEYED), words);
  /** `signals`' normaliser: notes those and the words of rules that count across messages. */
  const fullKeys = new Set(keysFor(new Set([...KEYED, ...CONTEXT_ONLY])));
  const full = new Normaliser(fullKeys, words);
  const spelledKeys = Object.entries(pack.spellings ?? {}).flatMap(([from, to]) => (normalise(to).trim().split(' ').some((w) => fullKeys.has(w)) ? [from] : []));
  return {
    automaton,
    phraseRules: Int32Array.from(phraseRules),
    phraseLengths: Int32Array.from(texts, (t) => t.length),
    fast: fast.tables,
    full: full.tables,
    triggers: [...new Set([...fullKeys, ...spelledKeys])],
    typoTriggers: typos.filter((t) => fullKeys.has(t)),
  };
}

/**
 * A rule pack compiled for matching, from its tables (compiled here by default, or read from the
 * build-time snapshot: the same tables give the same detector). Throws on a malformed pack.
 */
export function compileDetector(pack: RulePack, tables: DetectorTables = compileDetectorTables(pack)): Detector {
  const { normalise, word } = normaliserOf(pack);
  const automaton = new AhoCorasick(tables.automaton);
  const fast = new Normaliser(tables.fast);
  const full = new Normaliser(tables.full);
  const { phraseRules, phraseLengths } = tables;
  const rules = pack.rules;
  const ruleBits = Int32Array.from(rules, (r) => kindBit(r.kind));
  const triggers = Object.freeze([...tables.triggers]);
  const typoTriggers = Object.freeze([...tables.typoTriggers]);

  const vetoes = new Map(pack.rules.map((r) => [r.id, (r.vetoAfter ?? []).map((v) => normalise(v).trim())]));
  const vetoesBefore = new Map(pack.rules.map((r) => [r.id, (r.vetoBefore ?? []).map((v) => ` ${normalise(v).trim()} `)]));
  const vetoesInSentence = new Map(pack.rules.map((r) => [r.id, (r.vetoInSentence ?? []).map((v) => ` ${normalise(v).trim()} `)]));
  const negations = new Set(pack.negations.flatMap(word));
  const others = new Set(pack.others.flatMap(word));
  const self = new Set(pack.self.flatMap(word));
  const reflexive = new Set((pack.reflexive ?? []).flatMap(word));
  const reporting = new Set(pack.reporting.flatMap(word));
  const conjunctions = new Set((pack.conjunctions ?? []).flatMap(word));
  const past = (pack.past ?? []).map((p) => ` ${normalise(p).trim()} `);
  const pastScene = (pack.pastScene ?? []).map((p) => ` ${normalise(p).trim()} `);
  const present = (pack.present ?? []).map((p) => ` ${normalise(p).trim()} `);
  /** How many words either side of a phrase a reporting word reaches, within its clause. */
  const REPORT_REACH = 6;
  /** A time in a clause of its own counts if the clause is this short ("tonight.", "tonight's the night"). */
  const SHORT_CLAUSE = 3;

  /**
   * The clause around text[start, end), as [from, to): it ends at a `|`, at a mark the normaliser left
   * (comma, dash, …) and before a conjunction. Breaks inside the phrase itself are ignored. Scans only
   * the clause's own words, so a long message costs no more per match.
   */
  function clauseOf(text: string, marks: readonly number[], start: number, end: number): [number, number] {
    let from = 0;
    let to = text.length;
    for (const m of marks) {
      if (m <= start) from = m;
      else if (m >= end) {
        to = m + 1;
        break;
      }
    }
    // Leftwards: from the space before the phrase to the nearest `|` or conjunction.
    let at = start;
    while (at > from) {
      const prev = text.lastIndexOf(' ', at - 1);
      if (prev < from) break;
      const w = text.slice(prev + 1, at);
      if (w === '|') {
        from = at;
        break;
      }
      if (conjunctions.has(w)) {
        from = prev;
        break;
      }
      at = prev;
    }
    // Rightwards: from the space after the phrase to the nearest `|` or conjunction.
    at = end - 1;
    while (at < to - 1) {
      const next = text.indexOf(' ', at + 1);
      if (next === -1 || next > to) break;
      const w = text.slice(at + 1, next);
      if (w === '|' || conjunctions.has(w)) {
        to = at + 1;
        break;
      }
      at = next;
    }
    return [from, to];
  }

  /** Up to `count` words before `index`, nearest first, stopping at a sentence break (and at `floor`, if given). */
  function wordsBefore(text: string, index: number, count: number, floor = 0): string[] {
    const words: string[] = [];
    let end = index;
    while (words.length < count && end > floor) {
      let start = end - 1;
      while (start > 0 && text[start - 1] !== ' ') start -= 1;
      const w = text.slice(start, end).trim();
      if (w === '|') break;
      if (w !== '') words.push(w);
      end = start - 1;
    }
    return words;
  }

  function reported(text: string, clause: [number, number], start: number, end: number): boolean {
    const before = text.slice(clause[0], start).split(' ').filter((w) => w !== '' && w !== '|').slice(-REPORT_REACH);
    const after = text.slice(end, clause[1]).split(' ').filter((w) => w !== '' && w !== '|').slice(0, REPORT_REACH);
    return before.some((w) => reporting.has(w)) || after.some((w) => reporting.has(w));
  }

  function aboutSomeoneElse(text: string, start: number, end: number): boolean {
    // A phrase that names the speaker itself ("i'll be gone", "i'm a burden", "kill myself") needs no look back.
    if (self.has(text.slice(start + 1, text.indexOf(' ', start + 1)))) return false;
    if (reflexive.size > 0 && text.slice(start, end).split(' ').some((w) => reflexive.has(w))) return false;
    for (const w of wordsBefore(text, start + 1, 8)) {
      if (self.has(w)) return false;
      if (others.has(w)) return true;
    }
    return false;
  }

  /**
   * A negation between the speaker and the phrase, in its clause ("i would never …", "not suicidal"); not
   * one before the speaker ("nobody cares, i want to die"), nor "never" as a measure ("never been as
   * suicidal as now", "never wanted to die more").
   */
  function negated(text: string, start: number, end: number, floor: number): boolean {
    const before = wordsBefore(text, start + 1, 3, floor);
    for (let i = 0; i < before.length; i += 1) {
      const w = before[i]!;
      if (self.has(w)) return false;
      if (negations.has(w)) {
        if (w === 'never' && (before.slice(0, i).some((b) => MEASURES.has(b)) || text.slice(end, end + 12).split(' ').some((a) => MEASURES.has(a)))) return false;
        return true;
      }
    }
    return false;
  }

  function vetoed(rule: Rule, text: string, end: number): boolean {
    return (vetoes.get(rule.id) ?? []).some((v) => text.startsWith(`${v} `, end));
  }

  /**
   * Whether a clause tells history: a past marker in it, or a past scene earlier in its sentence ("when i
   * was 16 and was ready to …") unless the clause itself says now ("… and now i want to die again").
   */
  function inThePast(text: string, clause: string, from: number): boolean {
    if (past.length === 0) return false;
    if (past.some((p) => clause.includes(p))) return true;
    const bar = text.lastIndexOf('|', from);
    const earlier = text.slice(bar === -1 ? 0 : bar, from + 1);
    return pastScene.some((p) => earlier.includes(p)) && !present.some((p) => clause.includes(p));
  }

  const latin1 = new TextDecoder('latin1');

  interface Found {
    readonly rule: Rule;
    readonly start: number;
    readonly end: number;
    readonly clause: [number, number];
  }

  /** The context checks over the raw matches of the text in `normaliser`'s buffer. */
  function read(normaliser: Normaliser, length: number, matches: readonly { phrase: number; end: number }[]): Signals {
    const text = latin1.decode(normaliser.bytes.subarray(0, length));
    const candidates: Found[] = [];
    for (const m of matches) {
      const rule = rules[phraseRules[m.phrase]!]!;
      const size = phraseLengths[m.phrase]!;
      const start = m.end - size;
      if (vetoed(rule, text, m.end)) continue;
      const clause = clauseOf(text, normaliser.marks, start, m.end);
      const before = text.slice(clause[0], start + 1);
      if ((vetoesBefore.get(rule.id) ?? []).some((v) => before.includes(v))) continue;
      const whole = text.slice(clause[0], clause[1]);
      const inSentence = vetoesInSentence.get(rule.id) ?? [];
      if (inSentence.length > 0) {
        const from = text.lastIndexOf('|', start);
        const to = text.indexOf('|', m.end);
        const sentence = text.slice(from === -1 ? 0 : from, to === -1 ? text.length : to + 1);
        if (inSentence.some((v) => sentence.includes(v))) continue;
      }
      if (rule.firstPerson === true && (aboutSomeoneElse(text, start, m.end) || reported(text, clause, start, m.end))) continue;
      if (rule.negatable === true && negated(text, start, m.end, clause[0])) continue;
      if (HISTORY_KINDS.has(rule.kind) && inThePast(text, whole, clause[0])) continue;
      candidates.push({ rule, start, end: m.end, clause });
    }
    if (candidates.length === 0) return NO_SIGNALS;
    let present = 0;
    for (const h of candidates) present |= kindBit(h.rule.kind);
    const hits = candidates.filter(
      (h) =>
        (h.rule.requires ?? []).every((k) => (present & kindBit(k)) !== 0) &&
        // An ordinary goodbye inside a final one ("goodbye forever") is the same goodbye, not a second.
        !(h.rule.kind === 'goodbye' && candidates.some((o) => o.rule.kind === 'farewell' && o.start <= h.start && o.end >= h.end)),
    );
    let mask = 0;
    let firstRisk = Infinity;
    const farewells = new Set<number>();
    for (const h of hits) {
      const bit = kindBit(h.rule.kind);
      if ((bit & RISK_MASK) !== 0 && h.start < firstRisk) firstRisk = h.start;
      if (h.rule.kind === 'farewell') farewells.add(h.start);
    }
    let hyperbole = false;
    for (const h of hits) {
      if (h.rule.hyperbole === true && h.start > firstRisk) hyperbole = true;
      // A time counts beside what it times: in the same clause, or in a clause of its own ("… tonight.").
      if (h.rule.kind === 'time') {
        const own = hits.some((o) => o !== h && o.clause[0] === h.clause[0] && TIMED.has(o.rule.kind));
        if (!own && text.slice(h.clause[0], h.clause[1]).split(' ').filter((w) => w !== '' && w !== '|').length > SHORT_CLAUSE) continue;
      }
      mask |= kindBit(h.rule.kind);
    }
    // "i'm gonna kill myself today lol": hyperbole after a disclosure keeps it from imminent.
    if (hyperbole) mask &= ~kindBit('time');
    // Two different farewells ("by the time you read this … i'll be gone") read as a note.
    if (farewells.size >= 2) mask |= kindBit('plan');
    const signals: Signals = { mask, hits: hits.map((h) => ({ rule: h.rule.id, kind: h.rule.kind, afterRisk: h.start > firstRisk })) };
    return hyperbole ? { ...signals, hyperbole } : signals;
  }

  /**
   * `message` read with `normaliser`, or null when no phrase matches or the kinds matched (as bits,
   * before any context check) are not `worth` reading.
   */
  function readIf(normaliser: Normaliser, message: string, worth: (found: number) => boolean): Signals | null {
    const length = normaliser.run(message);
    if (!normaliser.sawKey) return null;
    const matches = automaton.matchBytes(normaliser.bytes, length);
    if (matches === null) return null;
    let found = 0;
    for (const m of matches) found |= ruleBits[phraseRules[m.phrase]!]!;
    if (!worth(found)) return null;
    // Rare from here on: context checks read the normalised text as a string.
    return read(normaliser, length, matches);
  }

  return {
    lang: pack.lang,
    rules: pack.rules,
    triggers,
    typoTriggers,
    detect(message: string): Detection {
      // Most keyed messages are idioms ("this deadline is killing me"): if even every raw match together
      // cannot raise a tier or name harassment, stop before reading any context.
      const signals = readIf(fast, message, canRaise);
      return signals === null ? NONE : detectionOf(signals);
    },
    signals(message: string): Signals {
      return readIf(full, message, (found) => (found & ~RETRACTION) !== 0) ?? NO_SIGNALS;
    },
  };
}
