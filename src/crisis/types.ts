/** Crisis tiers, lowest first. */
export type Tier = 'none' | 'elevated' | 'high' | 'imminent';

export const TIERS: readonly Tier[] = ['none', 'elevated', 'high', 'imminent'];

export function tierRank(tier: Tier): number {
  return TIERS.indexOf(tier);
}

/** What the detector found: the tier and the ids of the rules that decided it (sorted, unique). Never the text. */
export interface Detection {
  readonly tier: Tier;
  readonly rules: readonly string[];
  /** The language the message was read as (a BCP 47 code such as "en"), when language identification ran. */
  readonly lang?: string;
}

/**
 * How a rule's match combines with others into a tier (see `tierOf` in detector.ts). Every language's
 * rule pack uses these same kinds, so signals from packs and from several messages combine alike.
 */
export type RuleKind =
  /** An attempt in progress or just made. Imminent on its own. */
  | 'attempt'
  /** Explicit first-person intent to die or kill oneself. High; imminent with a time, place, plan, means at hand or farewell. */
  | 'intent'
  /** Suicidal thoughts as a state ("i feel suicidal"). High; a time ("today") says when it is felt, not when it will be done. */
  | 'ideation'
  /** Asking how: doses, ways, methods. High. */
  | 'method'
  /** Recent self-harm. High. */
  | 'self-harm'
  /** Hearing voices that command harm. High. */
  | 'command'
  /** Passive ideation, hopelessness, burden, entrapment. Elevated. */
  | 'passive'
  /** A stated act ("i'm going to do it", "i'm jumping"): risk only with other signals. */
  | 'act'
  /** Medication taken with no amount ("took the pills"): everyday alone, an attempt beside a goodbye, distress or intent. */
  | 'taken'
  /** A means of harm named ("pills", "rope"): risk only with distress or intent. */
  | 'means'
  /** A means at hand ("loaded the gun"). High; imminent with intent or distress. */
  | 'means-ready'
  /** At a place of danger ("at the bridge"). */
  | 'place'
  /** A set time ("tonight", "tomorrow"); "now" and "soon" are too common to count. */
  | 'time'
  /** A plan, a decision or a preparation ("everything is planned", "made up my mind", "gave my things away"). */
  | 'plan'
  /** A goodbye that may be final ("this is my goodbye"). Elevated alone; imminent with any other signal. */
  | 'farewell'
  /** An ordinary goodbye ("goodbye everyone"): nothing alone, a farewell beside intent. */
  | 'goodbye'
  /** Everyday distress ("i'm done", "i can't"): weight only beside other signals. */
  | 'distress'
  /** A retraction after a disclosure ("jk", "i'm fine"): the disclosure still counts. */
  | 'retraction'
  /** Telling someone else to kill themselves: harassment, a moderation matter, not self-risk. */
  | 'harassment';

/** Every kind, in a fixed order (a kind's bit in a mask is its index here). */
export const RULE_KINDS: readonly RuleKind[] = [
  'attempt', 'intent', 'ideation', 'method', 'self-harm', 'command', 'passive', 'act', 'taken', 'means',
  'means-ready', 'place', 'time', 'plan', 'farewell', 'goodbye', 'distress', 'retraction', 'harassment',
];

/**
 * One rule: an id (what a crisis event records), a kind, and phrases. Phrases are templates: `[a|b]` is
 * a choice and `[a|]` an optional word; they go through the same normalisation as messages (so write
 * them in plain words; doubled letters collapse, "kill" is matched as "kil").
 */
export interface Rule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly phrases: readonly string[];
  /** Only counts when the nearest person named before it is the speaker ("i", "me", or nobody). */
  readonly firstPerson?: boolean;
  /** A negation just before it ("i would never …", "not …") cancels it. */
  readonly negatable?: boolean;
  /** Words right after the phrase that make it ordinary ("jumping on a call", "die of embarrassment"). */
  readonly vetoAfter?: readonly string[];
  /** Kinds that must also be present for this rule to count ("took a handful of" needs a means). */
  readonly requires?: readonly RuleKind[];
  /** Words or phrases earlier in the same clause that make it ordinary or someone else's ("told me to …", "if you …"). */
  readonly vetoBefore?: readonly string[];
  /** Words anywhere in the same sentence that make it ordinary ("giving my things away" with "moving"). */
  readonly vetoInSentence?: readonly string[];
  /** A marker of hyperbole ("lol"): after a disclosure, it keeps a time from making it imminent. */
  readonly hyperbole?: boolean;
}

/**
 * Everything a language needs to be read: its rules and the word lists the context checks use. Compile
 * one with `compileDetector` (detector.ts). All words are written plain; they are normalised like messages.
 */
export interface RulePack {
  /** BCP 47 language code ("en", "es", …). */
  readonly lang: string;
  readonly rules: readonly Rule[];
  /** The speaker ("i", "me", "my"): a phrase after these is the speaker's own. */
  readonly self: readonly string[];
  /** Other people ("you", "she", "my friend"): a first-person phrase after these is about someone else. */
  readonly others: readonly string[];
  /** Words that, just before a negatable phrase (and after the speaker), cancel it ("never", "not"). */
  readonly negations: readonly string[];
  /** Words that make a clause a report or discussion rather than a disclosure ("documentary", "lyrics"). */
  readonly reporting: readonly string[];
  /** Common words, never chosen as a phrase's key word (the word whose absence lets a message skip matching). */
  readonly common: readonly string[];
  /** Chat spellings read as the words they stand for, keyed by their normalised form ("wana" → "want to"). */
  readonly spellings?: Readonly<Record<string, string>>;
  /** Words that carry no signal and only get between the words that do ("really", "literally"); dropped from rules and messages alike. */
  readonly filler?: readonly string[];
  /** Words that start a new clause ("and", "but", "because"); punctuation and line breaks always do. Context checks look within a clause. */
  readonly conjunctions?: readonly string[];
  /** Words or phrases that put a clause in the past ("years ago", "used to"): risk in such a clause is history, not a disclosure. */
  readonly past?: readonly string[];
  /** Of `past`, the phrases that set the whole sentence in the past ("when i was 16 …"), reaching later clauses too. */
  readonly pastScene?: readonly string[];
  /** Words that bring a clause back to the present after a past scene ("now", "again"): see `pastScene`. */
  readonly present?: readonly string[];
  /** Reflexive words of the speaker ("myself"): a phrase containing one is the speaker's own, whoever is named before it. */
  readonly reflexive?: readonly string[];
  /** Rare words (five letters or more, as normalised) whose one-letter typos are mended ("suicdal" → "suicidal"). */
  readonly typos?: readonly string[];
  /** Real words one typo away from a `typos` word, never mended ("overdoes"). Every rule word and common word is kept as well. */
  readonly notTypos?: readonly string[];
}
