/**
 * A mixed-language chat corpus for the end-to-end crisis benchmark (chat.bench.ts), built only from
 * committed development lines: English from the GoEmotions development parts, Spanish, Portuguese,
 * French and German from the XED development parts and the packs' own sentences, other languages from
 * the identification lines. Never a `-test.tsv` file: those are kept for first-run figures.
 */
import { readFileSync } from 'node:fs';

const here = (path: string) => new URL(`../crisis/${path}`, import.meta.url);

/** The text of every line of a `label<TAB>text` file (comments and blank lines skipped). */
function texts(path: string): string[] {
  if (path.includes('-test.')) throw new Error(`the benchmark never reads an evaluation set: ${path}`);
  return readFileSync(here(path), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .map((l) => l.slice(l.indexOf('\t') + 1));
}

/** Identification lines of these languages. */
function idLines(langs: readonly string[]): string[] {
  return readFileSync(here('lang/lang-id-lines.tsv'), 'utf8')
    .split('\n')
    .filter((l) => langs.includes(l.slice(0, l.indexOf('\t'))))
    .map((l) => l.slice(l.indexOf('\t') + 1));
}

export interface ChatSources {
  readonly english: readonly string[];
  /** Spanish, Portuguese, French and German lines, one list per language. */
  readonly packed: Readonly<Record<'es' | 'pt' | 'fr' | 'de', readonly string[]>>;
  /** Lines in languages without a pack (it, nl, pl, sv, tr, ru). */
  readonly other: readonly string[];
}

export function chatSources(): ChatSources {
  const packed = (lang: 'es' | 'pt' | 'fr' | 'de') => [...texts(`data/xed-${lang}-dev.tsv`), ...texts(`data/xed-${lang}-hardneg-dev.tsv`), ...texts(`lang/${lang}.tsv`), ...idLines([lang])];
  return {
    english: [...texts('data/goemotions-ordinary-dev.tsv'), ...texts('data/goemotions-hardneg-dev.tsv'), ...idLines(['en'])],
    packed: { es: packed('es'), pt: packed('pt'), fr: packed('fr'), de: packed('de') },
    other: idLines(['it', 'nl', 'pl', 'sv', 'tr', 'ru']),
  };
}

/** A message as the bot meets it: who, where, what. */
export interface ChatMessage {
  readonly author: string;
  readonly place: string;
  readonly text: string;
}

/**
 * `count` messages drawn (with a fixed seed) with the given shares of Spanish/Portuguese/French/German
 * (split evenly) and of other languages, the rest English; each from one of `authors` people in one
 * of `places` places, as a busy community's channels.
 */
export function chatCorpus(sources: ChatSources, count: number, shares: { packed: number; other: number }, authors = 2000, places = 20): ChatMessage[] {
  let seed = 12_345;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const packs = [sources.packed.es, sources.packed.pt, sources.packed.fr, sources.packed.de];
  const out: ChatMessage[] = [];
  for (let i = 0; i < count; i += 1) {
    const r = next();
    const text = r < shares.packed ? pick(pick(packs)) : r < shares.packed + shares.other ? pick(sources.other) : pick(sources.english);
    const a = Math.floor(next() * authors);
    // 18-digit ids, as Discord's.
    const place = (a * 7 + Math.floor(next() * 3)) % places;
    out.push({ author: `discord:1:1${String(a).padStart(17, '0')}`, place: `channel:9${String(place).padStart(17, '0')}`, text });
  }
  return out;
}
