/**
 * How crisis resources are shown. Safe-messaging practice (shared/domain/SAFETY.md): one named 24/7
 * line for the person's country, the emergency number when risk is imminent, three options at most. A
 * resource without a phone or text number (a directory) is never introduced as something to call, and
 * nothing but the name, how to reach it and its hours reaches a member.
 */
import { type CountryResources, type CrisisResource, isLocalEmergency, type LocalWords } from '../../crisis/index.js';
import { type ByLocale, type Locale, LOCALES, localiser, t, type Text } from '../../i18n/index.js';
import type { CrisisCopy } from './crisis-copy.js';
import type { Field, LinkButton } from './types.js';

/** A number as a person dials it: the catalogue's asides in brackets dropped, alternatives with a slash. */
export function dialable(number: string): string {
  const alternatives = number.replace(/\s*\([^)]*\)/g, '').split(/\s+or\s+|\s*\/\s*/);
  // Two ways to dial the same service are plenty in a short message.
  return alternatives.map((a) => a.trim()).filter((a) => a.length > 0).slice(0, 2).join(' / ');
}

/** Whether a line is open around the clock, as its catalogue hours say. */
export function alwaysOpen(r: CrisisResource): boolean {
  return /^24/.test(r.hours.trim());
}

/** The site as people type it: no scheme, no trailing slash. */
export function siteOf(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** One of a resource's words in a language: its own there when the catalogue has them, else `english`. */
function wordIn(r: CrisisResource, which: keyof LocalWords, english: string, lang: Locale): string {
  return (lang === 'en' ? undefined : r.local?.[lang]?.[which]) ?? english;
}

/** A resource's word as data with words per language: each reader gets their own language's, else `english`. */
function byLocale(r: CrisisResource, which: keyof LocalWords, english: string): ByLocale | string {
  if (r.local === undefined) return english;
  const words: Record<string, string | undefined> = {};
  for (const [lang, local] of Object.entries(r.local)) words[lang] = local[which];
  return { byLocale: words, other: english };
}

const REGION_NAMES = new Map(LOCALES.map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })]));

/** A country's name in each reader's language ("Canada", "Canadá", "Kanada"), from its ISO code. */
export function countryName(code: string): ByLocale {
  const names: Record<string, string | undefined> = {};
  for (const [locale, display] of REGION_NAMES) names[locale] = display.of(code);
  return { byLocale: names, other: names['en'] ?? code };
}

/** "HOME to 741741" as a keyword and a number, so the "to" can be said in the reader's words; null for a plain number. */
function keywordOf(sms: string): { keyword: string; number: string } | null {
  const m = /^(\S+) to (\S+)$/.exec(sms.trim());
  return m === null ? null : { keyword: m[1]!, number: m[2]! };
}

/** One sentence naming the line and how to reach it, in the copy's language (the line's own name in it, where it has one). */
export function reachLine(copy: CrisisCopy, r: CrisisResource): string {
  const phone = r.phone === undefined ? undefined : dialable(wordIn(r, 'phone', r.phone, copy.lang));
  const sms = r.sms === undefined ? undefined : dialable(r.sms);
  if (phone === undefined && sms === undefined) return copy.directory(siteOf(r.url ?? 'https://findahelpline.com'));
  const keyword = sms === undefined ? null : keywordOf(sms);
  const how = phone !== undefined && sms !== undefined && phone === sms ? copy.callOrText(phone) : phone !== undefined ? copy.call(phone) : keyword !== null ? copy.textKeyword(keyword.keyword, keyword.number) : copy.text(sms!);
  return copy.line(wordIn(r, 'name', r.name, copy.lang), alwaysOpen(r), how);
}

/** The emergency number to dial, or null when only "your local emergency number" is known. */
export function emergencyNumber(resources: CountryResources): string | null {
  const e = resources.emergency;
  return e === null || e.phone === undefined || e.country === 'INTL' ? null : dialable(e.phone);
}

/**
 * One line: "Samaritans: call 116 123 · 24/7". A directory is something to visit, never to call. The
 * name and hours are the catalogue's (data: the service's own name, in the reader's language where the
 * catalogue has it); the verbs are the reader's, and so are the words of "your local emergency number"
 * (an instruction, not a service).
 */
export function describeResource(r: CrisisResource): Text {
  const local = isLocalEmergency(r);
  const call = r.phone === undefined ? null : t('resource.call', { number: byLocale(r, 'phone', r.phone) });
  const keyword = r.sms === undefined ? null : keywordOf(r.sms);
  const text = r.sms === undefined ? null : keyword !== null ? t('resource.textKeyword', keyword) : t('resource.text', { sms: r.sms });
  const how = call !== null && text !== null ? t('resource.callOrText', { call, text }) : (call ?? text ?? (r.url !== undefined ? t('resource.visit', { site: siteOf(r.url) }) : null));
  const name: Text = local ? t('crisis.localEmergency.name') : byLocale(r, 'name', r.name);
  const named: Text = how === null ? name : t('resource.named', { name, how });
  return r.kind === 'directory' ? named : t('resource.hours', { line: named, hours: local ? t('crisis.localEmergency.hours') : byLocale(r, 'hours', r.hours) });
}

export function resourceField(label: Text, r: CrisisResource): Field<Text> {
  return { label: r.kind === 'directory' ? t('line.findHelpline') : label, value: describeResource(r) };
}

/** Links named by the service's own name, in `lang` where the service has a name in it. */
export function resourceLinks(resources: readonly CrisisResource[], lang: Locale): LinkButton[] {
  const words = localiser(lang);
  return resourceLinkTexts(resources).map((k) => ({ ...k, label: words.text(k.label) }));
}

/** The same links for a view rendered later: each reader gets the name in their language where there is one. */
export function resourceLinkTexts(resources: readonly CrisisResource[]): LinkButton<Text>[] {
  return resources.flatMap((r) => (r.url !== undefined ? [{ label: byLocale(r, 'name', r.name), url: r.url }] : []));
}

/** The primary line, plus the emergency number when asked, as fields. */
export function crisisLineFields(resources: CountryResources, withEmergency: boolean): Field<Text>[] {
  const fields: Field<Text>[] = [];
  if (withEmergency && resources.emergency !== null) fields.push(resourceField(t('line.danger'), resources.emergency));
  fields.push(resourceField(t('line.talk247'), resources.primary));
  return fields;
}
