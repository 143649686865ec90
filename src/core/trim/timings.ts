/**
 * TRiM timings: when the planning meeting, the initial and the follow-up assessments fall due, and how
 * long before a missed one is reported overdue. TRiM staff may read them; only TRiM managers change
 * them (checked here, whatever the platform allowed). The initial assessment is never due sooner than 72
 * hours after the incident, the follow-up comes well after it, and an overdue notice for the initial
 * assessment comes before the follow-up is due. New values apply to incidents logged from then on:
 * cases already open keep the dates they were given.
 */
import { localise, type MessageId, type Msg, sourceText, t, type Text } from '../../i18n/index.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';
import { communitySettings, type CommunitySettings } from '../settings.js';
import { saveSettingsChange } from '../use-cases/community-settings.js';
import type { Field, TextView } from '../views/types.js';
import { loadTrimAccess } from './access.js';

type Timings = CommunitySettings['trim'];

const bounds = communitySettings.shape.trim.unwrap().shape;

const english = (text: Text): string => localise(text, 'en');

/** The messages that name each timing: its label, what it counts from, and its rule. */
const TIMING_TEXT = {
  planning: { label: 'trim.timing.planning.label', after: 'trim.timing.afterIncident', rule: 'trim.timing.planning.rule' },
  initial: { label: 'trim.timing.initial.label', after: 'trim.timing.afterIncident', rule: 'trim.timing.initial.rule' },
  'follow-up': { label: 'trim.timing.followUp.label', after: 'trim.timing.afterIncident', rule: 'trim.timing.followUp.rule' },
  overdue: { label: 'trim.timing.overdue.label', after: 'trim.timing.afterDue', rule: 'trim.timing.overdue.rule' },
} as const satisfies Record<string, Record<'label' | 'after' | 'rule', MessageId>>;

/**
 * Each timing as commands name it: the stored field, its unit, and the schema's own limits. `label` and
 * `after` are the catalogue's English, for the slash command's option descriptions (Discord's own localisations carry the rest).
 */
export const TRIM_TIMINGS = {
  planning: { field: 'planningWithinHours', unit: 'hours', label: sourceText(TIMING_TEXT.planning.label), after: sourceText(TIMING_TEXT.planning.after) },
  initial: { field: 'initialAfterHours', unit: 'hours', label: sourceText(TIMING_TEXT.initial.label), after: sourceText(TIMING_TEXT.initial.after) },
  'follow-up': { field: 'followUpAfterDays', unit: 'days', label: sourceText(TIMING_TEXT['follow-up'].label), after: sourceText(TIMING_TEXT['follow-up'].after) },
  overdue: { field: 'overdueAfterDays', unit: 'days', label: sourceText(TIMING_TEXT.overdue.label), after: sourceText(TIMING_TEXT.overdue.after) },
} as const satisfies Record<keyof typeof TIMING_TEXT, { field: keyof Timings; unit: 'hours' | 'days'; label: string; after: string }>;

export type TrimTimingKey = keyof typeof TRIM_TIMINGS;
export const TRIM_TIMING_KEYS = Object.keys(TRIM_TIMINGS) as TrimTimingKey[];
export const isTrimTimingKey = (key: string): key is TrimTimingKey => Object.hasOwn(TRIM_TIMINGS, key);

/** Days between the initial assessment falling due and the follow-up, at the least. */
const MIN_GAP_DAYS = 7;

const limits = (key: TrimTimingKey) => {
  const n = bounds[TRIM_TIMINGS[key].field].unwrap();
  return { min: n.minValue ?? 1, max: n.maxValue ?? Number.MAX_SAFE_INTEGER };
};

/** How to write a timing: its range and its rule, e.g. "72 to 336 hours after the incident, never sooner than 72 hours after the incident." */
export function timingHint(key: TrimTimingKey): Msg<'trim.timing.hint'> {
  const { min, max } = limits(key);
  return t('trim.timing.hint', { min: String(min), max: String(max), unit: TRIM_TIMINGS[key].unit, after: t(TIMING_TEXT[key].after), rule: t(TIMING_TEXT[key].rule) });
}

const showTiming = (t_: Timings, key: TrimTimingKey): Msg<'trim.timing.value'> =>
  t('trim.timing.value', { n: String(t_[TRIM_TIMINGS[key].field]), unit: TRIM_TIMINGS[key].unit, after: t(TIMING_TEXT[key].after) });

const fields = (timings: Timings, keys: readonly TrimTimingKey[]): Field<Text>[] =>
  keys.map((key) => ({ label: t('trim.timing.field', { label: t(TIMING_TEXT[key].label), key }), value: showTiming(timings, key) }));

type Problem = { readonly key: TrimTimingKey; readonly message: Msg };

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
    if (n === null) problems.push({ key, message: t('trim.timing.problem.notWhole', { text: text.slice(0, 20), unit: TRIM_TIMINGS[key].unit }) });
    else if (n < min || n > max) problems.push({ key, message: n < min && key === 'initial' ? t('trim.timing.problem.tooSoon', { n: String(n) }) : t('trim.timing.problem.outside', { n: String(n), min: String(min), max: String(max) }) });
    else if (n !== current[TRIM_TIMINGS[key].field]) {
      next[TRIM_TIMINGS[key].field] = n;
      changed.push(key);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  // The rules between timings, named after a timing that was given (the one to change).
  const blame = (...keys: TrimTimingKey[]): TrimTimingKey => keys.find((k) => values[k] !== undefined) ?? keys[0]!;
  if (next.planningWithinHours > next.initialAfterHours) {
    problems.push({ key: blame('planning', 'initial'), message: t('trim.timing.problem.planningAfterInitial', { planning: String(next.planningWithinHours), initial: String(next.initialAfterHours) }) });
  }
  const gapHours = next.followUpAfterDays * 24 - next.initialAfterHours;
  if (gapHours < MIN_GAP_DAYS * 24) {
    problems.push({ key: blame('follow-up', 'initial'), message: t('trim.timing.problem.gap', { followUp: String(next.followUpAfterDays), gap: MIN_GAP_DAYS, initial: String(next.initialAfterHours) }) });
  } else if (next.overdueAfterDays * 24 >= gapHours) {
    problems.push({ key: blame('overdue', 'follow-up', 'initial'), message: t('trim.timing.problem.overdueLate', { days: String(next.overdueAfterDays) }) });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, timings: next, changed };
}

/**
 * With no values: the timings in use, for TRiM staff. With values (timing key → whole number as typed):
 * changes them, for TRiM managers; every problem is reported at once, and then nothing changes.
 */
export async function trimTimings(deps: CoreDeps, actor: Actor, values: Partial<Record<TrimTimingKey, string>>): Promise<Result<TextView>> {
  const changing = Object.keys(values).length > 0;
  const access = await loadTrimAccess(deps, actor, changing ? 'manager' : 'practitioner');
  if (!access.ok) return access;
  const community = access.value.community;
  if (!changing) {
    return ok({
      title: t('trim.timings.title'),
      text: t('trim.timings.text'),
      fields: fields(community.settings.trim, TRIM_TIMING_KEYS),
      tone: 'neutral',
    });
  }
  const saved = await saveSettingsChange(deps, actor, community, 'trim.timings.changed', (current) => {
    const applied = applyTimings(current.trim, values);
    if (!applied.ok) {
      // The refusal's problems are strings (core/result.ts): the catalogue's English until they take messages.
      const problems = applied.problems.map((p) => ({ label: TRIM_TIMINGS[p.key].label, message: english(p.message), hint: english(t('trim.timing.write', { hint: timingHint(p.key) })) }));
      return fail('bad-input', { id: 'settings-invalid', problems }, applied.problems[0]?.key);
    }
    return ok({ settings: { ...current, trim: applied.timings }, changed: applied.changed.map((k) => `trim.${k}`) });
  });
  if (!saved.ok) return saved;
  const changed = saved.value.changed.map((k) => k.slice('trim.'.length)).filter(isTrimTimingKey);
  return ok({
    title: changed.length === 0 ? t('trim.timings.unchanged.title') : t('trim.timings.saved.title'),
    text: changed.length === 0 ? t('trim.timings.unchanged.text') : t('trim.timings.saved.text'),
    fields: fields(saved.value.record.settings.trim, changed),
    tone: changed.length === 0 ? 'neutral' : 'success',
  });
}
