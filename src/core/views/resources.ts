/**
 * How crisis resources are shown. Safe-messaging practice (shared/domain/SAFETY.md): one named 24/7
 * line for the person's country, the emergency number when risk is imminent, three options at most. A
 * resource without a phone or text number (a directory) is never introduced as something to call, and
 * nothing but the name, how to reach it and its hours reaches a member.
 */
import type { CountryResources, CrisisResource } from '../../crisis/index.js';
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

/** One line: "Samaritans: call 116 123 · 24/7". A directory is something to visit, never to call. */
export function describeResource(r: CrisisResource): string {
  const ways = [r.phone !== undefined ? `call ${r.phone}` : null, r.sms !== undefined ? `text ${r.sms}` : null]
    .filter((w): w is string => w !== null)
    .join(' or ');
  const how = ways.length > 0 ? ways : r.url !== undefined ? `visit ${siteOf(r.url)}` : '';
  const hours = r.kind === 'directory' ? null : r.hours;
  return `${r.name}${how.length > 0 ? `: ${how}` : ''}${hours === null ? '' : ` · ${hours}`}`;
}

export function resourceField(label: string, r: CrisisResource): Field {
  return { label: r.kind === 'directory' ? 'Find a helpline' : label, value: describeResource(r) };
}

export function resourceLinks(resources: readonly CrisisResource[]): LinkButton[] {
  return resources.flatMap((r) => (r.url !== undefined ? [{ label: r.name, url: r.url }] : []));
}

/** The primary line, plus the emergency number when asked, as fields. */
export function crisisLineFields(resources: CountryResources, withEmergency: boolean): Field[] {
  const fields: Field[] = [];
  if (withEmergency && resources.emergency !== null) fields.push(resourceField('In danger right now', resources.emergency));
  fields.push(resourceField('Talk to someone 24/7', resources.primary));
  return fields;
}
