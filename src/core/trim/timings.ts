/**
 * TRiM timings: when the planning meeting, the initial and the follow-up assessments fall due, and how
 * long before a missed one is reported overdue. TRiM staff may read them; only TRiM managers change
 * them (checked here, whatever the platform allowed). The initial assessment is never due sooner than 72
 * hours after the incident, the follow-up comes well after it, and an overdue notice for the initial
 * assessment comes before the follow-up is due. New values apply to incidents logged from then on:
 * cases already open keep the dates they were given.
 */
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';
import { communitySettings, type CommunitySettings } from '../settings.js';
import { saveSettingsChange } from '../use-cases/community-settings.js';
import type { Field, View } from '../views/types.js';
import { loadTrimAccess } from './access.js';

type Timings = CommunitySettings['trim'];

const bounds = communitySettings.shape.trim.unwrap().shape;

/** Each timing as commands name it: the stored field, its unit, and the schema's own limits. */
export const TRIM_TIMINGS = {
  planning: { field: 'planningWithinHours', unit: 'hours', label: 'Planning meeting due', after: 'after the incident', rule: 'and no later than the initial assessment' },
  initial: { field: 'initialAfterHours', unit: 'hours', label: 'Initial assessment due', after: 'after the incident', rule: 'never sooner than 72 hours after the incident' },
  'follow-up': { field: 'followUpAfterDays', unit: 'days', label: 'Follow-up assessment due', after: 'after the incident', rule: 'and at least 7 days after the initial assessment' },
  overdue: { field: 'overdueAfterDays', unit: 'days', label: 'Reported overdue', after: 'after an assessment falls due', rule: 'and before the follow-up is due' },
} as const satisfies Record<string, { field: keyof Timings; unit: 'hours' | 'days'; label: string; after: string; rule: string }>;

export type TrimTimingKey = keyof typeof TRIM_TIMINGS;
export const TRIM_TIMING_KEYS = Object.keys(TRIM_TIMINGS) as TrimTimingKey[];
export const isTrimTimingKey = (key: string): key is TrimTimingKey => Object.hasOwn(TRIM_TIMINGS, key);

/** Days between the initial assessment falling due and the follow-up, at the least. */
const MIN_GAP_DAYS = 7;

const limits = (key: TrimTimingKey) => {
  const n = bounds[TRIM_TIMINGS[key].field].unwrap();
  return { min: n.minValue ?? 1, max: n.maxValue ?? Number.MAX_SAFE_INTEGER };
};

/** How to write a timing: its range and its rule, e.g. "72 to 336 hours, never sooner than 72 hours after the incident". */
export function timingHint(key: TrimTimingKey): string {
  const t = TRIM_TIMINGS[key];
  const { min, max } = limits(key);
  return `${min} to ${max} ${t.unit} ${t.after}, ${t.rule}.`;
}

const showTiming = (t: Timings, key: TrimTimingKey): string => `${t[TRIM_TIMINGS[key].field]} ${TRIM_TIMINGS[key].unit} ${TRIM_TIMINGS[key].after}`;

const fields = (t: Timings, keys: readonly TrimTimingKey[]): Field[] => keys.map((key) => ({ label: `${TRIM_TIMINGS[key].label} [${key}]`, value: showTiming(t, key) }));

type Problem = { readonly key: TrimTimingKey; readonly message: string };

/** The timings after `values`, or every problem at once. Pure. */
export function applyTimings(current: Timings, values: Partial<Record<TrimTimingKey, string>>): { ok: true; timings: Timings; changed: TrimTimingKey[] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const next: Record<keyof Timings, number> = { ...current };
  const changed: TrimTimingKey[] = [];
  for (const key of TRIM_TIMING_KEYS) {
    const text = values[key]?.trim();
    if (text === undefined) continue;
    const { min, max } = limits(key);
    const n = /^\d{1,5}$/.test(text) ? Number(text) : null;
    if (n === null) problems.push({ key, message: `"${text.slice(0, 20)}" is not a whole number of ${TRIM_TIMINGS[key].unit}.` });
    else if (n < min || n > max) problems.push({ key, message: n < min && key === 'initial' ? `${n} hours is too soon: never sooner than 72 hours after the incident.` : `${n} is outside ${min} to ${max}.` });
    else if (n !== current[TRIM_TIMINGS[key].field]) {
      next[TRIM_TIMINGS[key].field] = n;
      changed.push(key);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  // The rules between timings, named after a timing that was given (the one to change).
  const blame = (...keys: TrimTimingKey[]): TrimTimingKey => keys.find((k) => values[k] !== undefined) ?? keys[0]!;
  if (next.planningWithinHours > next.initialAfterHours) {
    problems.push({ key: blame('planning', 'initial'), message: `The planning meeting (${next.planningWithinHours} hours) would come after the initial assessment (${next.initialAfterHours} hours).` });
  }
  const gapHours = next.followUpAfterDays * 24 - next.initialAfterHours;
  if (gapHours < MIN_GAP_DAYS * 24) {
    problems.push({ key: blame('follow-up', 'initial'), message: `The follow-up (day ${next.followUpAfterDays}) must be at least ${MIN_GAP_DAYS} days after the initial assessment (hour ${next.initialAfterHours}).` });
  } else if (next.overdueAfterDays * 24 >= gapHours) {
    problems.push({ key: blame('overdue', 'follow-up', 'initial'), message: `A missed initial assessment would be reported overdue (after ${next.overdueAfterDays} days) only when the follow-up is already due.` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, timings: next, changed };
}

/**
 * With no values: the timings in use, for TRiM staff. With values (timing key → whole number as typed):
 * changes them, for TRiM managers; every problem is reported at once, and then nothing changes.
 */
export async function trimTimings(deps: CoreDeps, actor: Actor, values: Partial<Record<TrimTimingKey, string>>): Promise<Result<View>> {
  const changing = Object.keys(values).length > 0;
  const access = await loadTrimAccess(deps, actor, changing ? 'manager' : 'practitioner');
  if (!access.ok) return access;
  const community = access.value.community;
  if (!changing) {
    return ok({
      title: 'TRiM timings',
      text: 'When each step falls due here. A TRiM manager changes them with the TRiM timings command (the key is in brackets).',
      fields: fields(community.settings.trim, TRIM_TIMING_KEYS),
      tone: 'neutral',
    });
  }
  const saved = await saveSettingsChange(deps, actor, community, 'trim.timings.changed', (current) => {
    const applied = applyTimings(current.trim, values);
    if (!applied.ok) {
      return fail('bad-input', { id: 'settings-invalid', problems: applied.problems.map((p) => ({ label: TRIM_TIMINGS[p.key].label, message: p.message, hint: `Write ${timingHint(p.key)}` })) }, applied.problems[0]?.key);
    }
    return ok({ settings: { ...current, trim: applied.timings }, changed: applied.changed.map((k) => `trim.${k}`) });
  });
  if (!saved.ok) return saved;
  const changed = saved.value.changed.map((k) => k.slice('trim.'.length)).filter(isTrimTimingKey);
  return ok({
    title: changed.length === 0 ? 'Nothing changed' : 'TRiM timings saved',
    text: changed.length === 0 ? 'The values given are the ones already set.' : 'They apply to incidents logged from now on; cases already open keep their dates.',
    fields: fields(saved.value.record.settings.trim, changed),
    tone: changed.length === 0 ? 'neutral' : 'success',
  });
}
