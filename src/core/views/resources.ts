/**
 * How crisis resources are shown. Safe-messaging practice (shared/domain/SAFETY.md): one named 24/7
 * line for the person's country, the emergency number when risk is imminent, three options at most. A
 * resource without a phone or text number (a directory) is never introduced as something to call, and
 * nothing but the name, how to reach it and its hours reaches a member.
 */
import { type CountryResources, type CrisisResource, isLocalEmergency } from '../../crisis/index.js';
import { t, type Text } from '../../i18n/index.js';
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

/** One sentence naming the line and how to reach it, in the copy's language. */
export function reachLine(copy: CrisisCopy, r: CrisisResource): string {
  const phone = r.phone === undefined ? undefined : dialable(r.phone);
  const sms = r.sms === undefined ? undefined : dialable(r.sms);
  if (phone === undefined && sms === undefined) return copy.directory(siteOf(r.url ?? 'https://findahelpline.com'));
  const how = phone !== undefined && sms !== undefined && phone === sms ? copy.callOrText(phone) : phone !== undefined ? copy.call(phone) : copy.text(sms!);
  return copy.line(r.name, alwaysOpen(r), how);
}

/** The emergency number to dial, or null when only "your local emergency number" is known. */
export function emergencyNumber(resources: CountryResources): string | null {
  const e = resources.emergency;
  return e === null || e.phone === undefined || e.country === 'INTL' ? null : dialable(e.phone);
}

/**
 * One line: "Samaritans: call 116 123 · 24/7". A directory is something to visit, never to call. The
 * name and hours are the resource catalogue's own (data, as the service writes them); the verbs are the
 * reader's, and so are the words of "your local emergency number" (an instruction, not a service).
 */
export function describeResource(r: CrisisResource): Text {
  const local = isLocalEmergency(r);
  const name: Text = local ? t('crisis.localEmergency.name') : r.name;
  const hours: Text = local ? t('crisis.localEmergency.hours') : r.hours;
  const call = r.phone === undefined ? null : t('resource.call', { number: r.phone });
  const text = r.sms === undefined ? null : t('resource.text', { sms: r.sms });
  const how = call !== null && text !== null ? t('resource.callOrText', { call, text }) : (call ?? text ?? (r.url !== undefined ? t('resource.visit', { site: siteOf(r.url) }) : null));
  const named: Text = how === null ? name : t('resource.named', { name, how });
  return r.kind === 'directory' ? named : t('resource.hours', { line: named, hours });
}

export function resourceField(label: Text, r: CrisisResource): Field<Text> {
  return { label: r.kind === 'directory' ? t('line.findHelpline') : label, value: describeResource(r) };
}

/** Links named by the service's own name (data: the same in every language). */
export function resourceLinks(resources: readonly CrisisResource[]): LinkButton[] {
  return resources.flatMap((r) => (r.url !== undefined ? [{ label: r.name, url: r.url }] : []));
}

/** The primary line, plus the emergency number when asked, as fields. */
export function crisisLineFields(resources: CountryResources, withEmergency: boolean): Field<Text>[] {
  const fields: Field<Text>[] = [];
  if (withEmergency && resources.emergency !== null) fields.push(resourceField(t('line.danger'), resources.emergency));
  fields.push(resourceField(t('line.talk247'), resources.primary));
  return fields;
}
