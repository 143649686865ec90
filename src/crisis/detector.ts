/**
 * Crisis detection: normalise, match every rule's phrases in one Aho–Corasick pass, filter the
 * matches by context (someone else's words, negation, what follows), then combine the kinds that
 * remain into a tier. Pure and synchronous: no I/O, so it works when nothing else does.
 */
import { AhoCorasick } from './aho-corasick.js';
import { Normaliser } from './normalise.js';
import { NEGATIONS, OTHER_PEOPLE, REPORTING, RULES, SELF, type Rule, type RuleKind } from './rules.js';
import type { Detection, Tier } from './types.js';

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

interface CompiledPhrase {
  readonly rule: Rule;
  readonly length: number;
  /** The rule's kind as one bit, so a message's kinds fit in one number. */
  readonly kindBit: number;
}

const KIND_BITS = new Map<RuleKind, number>();
const kindBit = (kind: RuleKind): number => {
  if (!KIND_BITS.has(kind)) KIND_BITS.set(kind, 1 << KIND_BITS.size);
  return KIND_BITS.get(kind)!;
};

/** Rules go through the same normalisation as messages, so both meet in the same form. */
const plain = new Normaliser();
const normalise = (text: string) => plain.normalise(text);

const phrases: CompiledPhrase[] = [];
const texts: string[] = [];
const seen = new Set<string>();
for (const rule of RULES) {
  for (const template of rule.phrases) {
    for (const raw of expand(template)) {
      const text = normalise(raw);
      const key = `${rule.id}\u0000${text}`;
      if (text.trim() === '' || seen.has(key)) continue;
      seen.add(key);
      phrases.push({ rule, length: text.length, kindBit: kindBit(rule.kind) });
      texts.push(text);
    }
  }
}
const automaton = new AhoCorasick(texts);

/**
 * Kinds that can raise a tier (or name harassment) on their own or with one another. Each of their
 * phrases has a key word — its longest — and a message with none of those words cannot match them, so
 * the automaton is skipped. Time, place, means, goodbye and retraction words only ever count beside
 * these; a check below, run at start-up, holds that to be so.
 */
const KEYED: ReadonlySet<RuleKind> = new Set(['attempt', 'taken', 'intent', 'ideation', 'method', 'self-harm', 'command', 'passive', 'farewell', 'means-ready', 'act', 'distress', 'harassment']);
const COMMON = new Set(
  'i im ive id il me my myself mine you your he she we they it its is am are was were be been being the a an this that these those to of in on at by for from with and or but if so as not no dont do did does have has had get got go going wil would could should can cant want need al everyone anyone time now day today tonight here there what whats how when why who about like one more out up down over again ever never anymore much many just'.split(' '),
);
const normaliser = new Normaliser(
  phrases.flatMap(({ rule }, i) => {
    if (!KEYED.has(rule.kind)) return [];
    const words = texts[i]!.trim().split(' ');
    const rare = words.filter((w) => !COMMON.has(w));
    const pool = rare.length > 0 ? rare : words;
    return [pool.reduce((a, b) => (b.length > a.length ? b : a))];
  }),
);
const vetoes = new Map(RULES.map((r) => [r.id, (r.vetoAfter ?? []).map((v) => normalise(v).trim())]));
const negations = new Set(NEGATIONS);
const others = new Set(OTHER_PEOPLE);
const self = new Set(SELF);
const reporting = new Set(REPORTING);

/** Up to `count` words before `index`, nearest first, stopping at a sentence break. */
function wordsBefore(text: string, index: number, count: number): string[] {
  const words: string[] = [];
  let end = index;
  while (words.length < count && end > 0) {
    let start = end - 1;
    while (start > 0 && text[start - 1] !== ' ') start -= 1;
    const word = text.slice(start, end).trim();
    if (word === '|') break;
    if (word !== '') words.push(word);
    end = start - 1;
  }
  return words;
}

function sentenceAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('|', start);
  const to = text.indexOf('|', end);
  return text.slice(from === -1 ? 0 : from, to === -1 ? text.length : to);
}

function aboutSomeoneElse(text: string, start: number, end: number): boolean {
  // A phrase that names the speaker itself ("i'll be gone", "i'm a burden") needs no look back.
  if (self.has(text.slice(start + 1, text.indexOf(' ', start + 1)))) return false;
  for (const word of wordsBefore(text, start + 1, 8)) {
    if (self.has(word)) return false;
    if (others.has(word)) return true;
  }
  return sentenceAround(text, start, end)
    .split(' ')
    .some((w) => reporting.has(w));
}

/** A negation between the speaker and the phrase ("i would never …", "not suicidal"); not one before the speaker ("nobody cares, i want to die"). */
function negated(text: string, start: number): boolean {
  for (const word of wordsBefore(text, start + 1, 3)) {
    if (self.has(word)) return false;
    if (negations.has(word)) return true;
  }
  return false;
}

function vetoed(rule: Rule, text: string, end: number): boolean {
  return (vetoes.get(rule.id) ?? []).some((v) => text.startsWith(`${v} `, end));
}

interface Hit {
  readonly rule: Rule;
  readonly start: number;
}

const RISK_KINDS: ReadonlySet<RuleKind> = new Set(['attempt', 'taken', 'intent', 'ideation', 'method', 'self-harm', 'command', 'passive', 'farewell', 'means-ready']);

/**
 * Combines the kinds found into a tier (see `RuleKind` in rules.ts). Only ever rises as kinds are
 * added, which lets `detect` decide "none" from the raw matches before any context check.
 */
function tierOf(has: (k: RuleKind) => boolean): Tier {
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
    (farewell && (passive || distress || time || plan)) ||
    (place && (distress || passive))
  ) {
    return 'imminent';
  }
  if (intent || ideation || has('method') || has('self-harm') || has('command') || ready || (has('means') && (passive || distress || act)) || (goodbye && passive)) return 'high';
  // A lone farewell is ambiguous ("goodbye forever, twitter"): a gentle check-in, not an alarm.
  if (passive || farewell || (goodbye && distress)) return 'elevated';
  return 'none';
}

/** Whether a set of kinds (as bits) could raise a tier or name harassment; memoised, as few sets occur. */
const raising = new Map<number, boolean>();
function canRaise(kinds: number): boolean {
  let known = raising.get(kinds);
  if (known === undefined) {
    const has = (k: RuleKind) => (kinds & (KIND_BITS.get(k) ?? 0)) !== 0;
    known = has('harassment') || tierOf(has) !== 'none';
    raising.set(kinds, known);
  }
  return known;
}

// The key-word skip is sound only if kinds without key words cannot raise a tier among themselves.
{
  const unkeyed = [...KIND_BITS.keys()].filter((k) => !KEYED.has(k));
  for (let subset = 1; subset < 1 << unkeyed.length; subset += 1) {
    const present = unkeyed.filter((_, i) => (subset & (1 << i)) !== 0);
    if (tierOf((k) => present.includes(k)) !== 'none') throw new Error(`kinds without key words raise a tier together: ${present.join(', ')}`);
  }
}

const NONE: Detection = Object.freeze({ tier: 'none', rules: Object.freeze([]) });
const latin1 = new TextDecoder('latin1');

export function detect(message: string): Detection {
  const length = normaliser.run(message);
  if (!normaliser.sawKey) return NONE;
  const bytes = normaliser.bytes;
  const matches = automaton.matchBytes(bytes, length);
  if (matches === null) return NONE;
  // Most keyed messages are idioms ("this deadline is killing me"): if even every raw match together
  // cannot raise a tier or name harassment, stop before reading any context.
  let found = 0;
  for (const m of matches) found |= phrases[m.phrase]!.kindBit;
  if (!canRaise(found)) return NONE;
  // Rare from here on: context checks read the normalised text as a string.
  const text = latin1.decode(bytes.subarray(0, length));

  const candidates: Hit[] = [];
  for (const m of matches) {
    const { rule, length } = phrases[m.phrase]!;
    const start = m.end - length;
    if (vetoed(rule, text, m.end)) continue;
    if (rule.firstPerson === true && aboutSomeoneElse(text, start, m.end)) continue;
    if (rule.negatable === true && negated(text, start)) continue;
    candidates.push({ rule, start });
  }
  const kinds = new Set(candidates.map((h) => h.rule.kind));
  const hits = candidates.filter((h) => (h.rule.requires ?? []).every((k) => kinds.has(k)));
  const counted = new Set(hits.map((h) => h.rule.kind));
  // Two different farewells ("by the time you read this … i'll be gone") read as a note.
  const farewells = new Set(hits.filter((h) => h.rule.kind === 'farewell').map((h) => h.start));
  const tier = farewells.size >= 2 ? 'imminent' : tierOf((k) => counted.has(k));

  if (tier === 'none') {
    const harassment = hits.find((h) => h.rule.kind === 'harassment');
    return { tier, rules: harassment === undefined ? [] : [harassment.rule.id] };
  }
  const firstRisk = Math.min(...hits.filter((h) => RISK_KINDS.has(h.rule.kind)).map((h) => h.start));
  const ids = new Set<string>();
  for (const h of hits) {
    if (h.rule.kind === 'harassment') continue;
    // A retraction only matters after a disclosure: "i want to die … jk" still counts, and says so.
    if (h.rule.kind === 'retraction') {
      if (h.start > firstRisk) ids.add(h.rule.id);
      continue;
    }
    ids.add(h.rule.id);
  }
  return { tier, rules: [...ids].sort() };
}
