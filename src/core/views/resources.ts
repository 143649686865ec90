/**
 * How crisis resources are shown. Safe-messaging practice (shared/domain/SAFETY.md): one named 24/7
 * line for the person's country, the emergency number when risk is imminent, three options at most.
 */
import type { CountryResources, CrisisResource } from '../../crisis/index.js';
import type { Field, LinkButton } from './types.js';

/** One line: "Samaritans: call 116 123 · 24/7". */
export function describeResource(r: CrisisResource): string {
  const ways = [r.phone !== undefined ? `call ${r.phone}` : null, r.sms !== undefined ? `text ${r.sms}` : null]
    .filter((w): w is string => w !== null)
    .join(' or ');
  const how = ways.length > 0 ? ways : r.url !== undefined ? `visit ${r.url}` : '';
  return `${r.name}${how.length > 0 ? `: ${how}` : ''} · ${r.hours}`;
}

export function resourceField(label: string, r: CrisisResource): Field {
  return { label, value: describeResource(r) };
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
