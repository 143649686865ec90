/**
 * Coordinators read and change their community's settings: one use case to read, one to change the
 * settings typed as text (`settings-text.ts`), one each to add and remove an extra resource. Each checks
 * the coordinator role itself, whatever the platform allowed, locks the community's row while it
 * changes it, audits the names of the settings changed (never their values: a resource's name is the
 * community's data, not a person's, but the audit log keeps to names), and refreshes the in-memory copy
 * so the next request, crisis reply or job uses the new values.
 */
import { lockCommunity, saveSettings } from '../../db/queries/communities.js';
import { audit } from '../../db/queries/audit.js';
import type { Actor } from '../actor.js';
import type { CommunityRecord } from '../communities.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunityAsCoordinator } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import { INTERNATIONAL, type CommunitySettings } from '../settings.js';
import { applySettingsText, formatResource, isRefusal, isTextSettingKey, readResource, TEXT_SETTING_KEYS, TEXT_SETTINGS, type TextSettingKey } from '../settings-text.js';
import { t, type Text } from '../../i18n/index.js';
import type { Field, TextForm, TextView as View } from '../views/types.js';

export const SETTINGS_FORM_ID = 'pl:form:settings';
/** Most extra resources a community may add. */
export const EXTRA_RESOURCES_MAX = 5;

/** A text setting's value as shown: "none" when it is empty. */
const valueOf = (key: TextSettingKey, s: CommunitySettings): Text => TEXT_SETTINGS[key].format(s) || t('coord.none');

export function settingsFields(s: CommunitySettings): Field<Text>[] {
  const show = (v: string | null): Text => v ?? t('coord.notSet');
  return [
    { label: t('setup.field.volunteerChannel'), value: show(s.volunteerChannel) },
    { label: t('setup.field.sessionsIn'), value: show(s.sessionsLocation ?? s.volunteerChannel) },
    { label: t('setup.field.coordinatorRole'), value: show(s.coordinatorRole) },
    ...TEXT_SETTING_KEYS.map((key) => ({ label: t('setup.field.keyed', { label: TEXT_SETTINGS[key].label, key }), value: valueOf(key, s) })),
    {
      label: t('setup.field.keyed', { label: t('setup.field.watched'), key: 'watched-channels' }),
      value: s.watchedChannels.length === 0 ? t('setup.watched.none') : s.watchedChannels.join(', '),
    },
  ];
}

/** Every setting and its value, for coordinators. */
export async function showSettings(deps: CoreDeps, actor: Actor): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  return ok({
    title: t('setup.show.title', { name: community.value.name }),
    text: t('setup.show.text'),
    fields: settingsFields(community.value.settings),
  });
}

/** The settings typed as text, as a form (Slack's modal, the dashboard's page), filled with the current values. */
export function settingsForm(s: CommunitySettings): TextForm {
  return {
    id: SETTINGS_FORM_ID,
    title: t('setup.form.title'),
    submitLabel: t('setup.form.submit'),
    fields: TEXT_SETTING_KEYS.map((key) => {
      const t = TEXT_SETTINGS[key];
      return { kind: 'text', id: key, label: t.label, maxLength: t.maxLength, multiline: t.multiline, required: false, hint: t.hint, initial: t.format(s) };
    }),
  };
}

/** The settings form, for coordinators only (it shows every value). */
export async function openSettingsForm(deps: CoreDeps, actor: Actor): Promise<Result<TextForm>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  return community.ok ? ok(settingsForm(community.value.settings)) : community;
}

/** Changes the settings given as text; the others keep their values. Every problem is reported at once, and then nothing changes. */
export async function changeSettings(deps: CoreDeps, actor: Actor, values: Partial<Record<TextSettingKey, string>>): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  return update(deps, actor, community.value, 'settings.changed', (current) => {
    const applied = applySettingsText(current, values);
    if (!applied.ok) return invalid(applied.problems);
    // A crisis reply needs a line the catalogue has; a code is checked only when it changes.
    const country = applied.settings.country;
    if (country !== current.country && (country === null || (country !== INTERNATIONAL && !deps.catalogue.countries().includes(country)))) {
      return fail('bad-input', { id: 'country-needed', given: country, countries: deps.catalogue.countries() }, 'country');
    }
    return ok({ settings: applied.settings, changed: applied.changed });
  });
}

/** Adds one resource after the national line: `name | how to reach | hours | link` in parts. */
export async function addExtraResource(deps: CoreDeps, actor: Actor, parts: { name: string; reach: string; hours: string; url: string }): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  return update(deps, actor, community.value, 'settings.resource-added', (current) => {
    const resource = readResource([parts.name, parts.reach, parts.hours, parts.url].map((p) => p.replace(/\|/g, ' ')).join(' | '));
    if (isRefusal(resource)) return invalid([{ setting: 'extra-resources', message: resource.problem }]);
    if (current.extraResources.length >= EXTRA_RESOURCES_MAX) return invalid([{ setting: 'extra-resources', message: t('setup.resource.full', { max: EXTRA_RESOURCES_MAX }) }]);
    return ok({ settings: { ...current, extraResources: [...current.extraResources, resource] }, changed: ['extra-resources'] });
  });
}

/** Removes the `number`th extra resource (1-based, as the settings list shows them). */
export async function removeExtraResource(deps: CoreDeps, actor: Actor, number: number): Promise<Result<View>> {
  const community = await loadCommunityAsCoordinator(deps, actor);
  if (!community.ok) return community;
  return update(deps, actor, community.value, 'settings.resource-removed', (current) => {
    if (!Number.isInteger(number) || number < 1 || number > current.extraResources.length) {
      const message = current.extraResources.length === 0 ? t('setup.resource.noneToRemove') : t('setup.resource.pickNumber', { count: current.extraResources.length });
      return invalid([{ setting: 'extra-resources', message }]);
    }
    return ok({ settings: { ...current, extraResources: current.extraResources.filter((_, i) => i !== number - 1) }, changed: ['extra-resources'] });
  });
}

type Change = { settings: CommunitySettings; changed: readonly string[] };

/** `saveSettingsChange`, answered with the text settings changed and their new values. */
export async function update(deps: CoreDeps, actor: Actor, community: CommunityRecord, action: string, change: (current: CommunitySettings) => Result<Change>): Promise<Result<View>> {
  const saved = await saveSettingsChange(deps, actor, community, action, change);
  if (!saved.ok) return saved;
  const s = saved.value.record.settings;
  const changed = saved.value.changed;
  return ok({
    title: changed.length === 0 ? t('setup.unchanged.title') : t('setup.saved.title'),
    text: changed.length === 0 ? t('setup.unchanged.text') : t('setup.saved.text'),
    fields: changed.flatMap((key) => (isTextSettingKey(key) ? [{ label: TEXT_SETTINGS[key].label, value: valueOf(key, s) }] : [])),
    tone: changed.length === 0 ? 'neutral' : 'success',
  });
}

/**
 * Applies `change` to the settings as they are under the row lock (two coordinators saving at once
 * both keep their changes), saves and audits them, and refreshes the in-memory copy. Returns the saved
 * record and the names changed, for the caller to word its own reply.
 */
export async function saveSettingsChange(
  deps: CoreDeps,
  actor: Actor,
  community: CommunityRecord,
  action: string,
  change: (current: CommunitySettings) => Result<Change>,
): Promise<Result<{ record: CommunityRecord; changed: readonly string[] }>> {
  const now = deps.clock();
  const saved = await deps.db.transaction(async (tx) => {
    const locked = await lockCommunity(tx, community.id);
    if (locked === null) return fail<{ record: CommunityRecord; changed: readonly string[] }>('unknown-community');
    const next = change(locked.settings);
    if (!next.ok) return next;
    if (next.value.changed.length === 0) return ok({ record: locked, changed: [] as readonly string[] });
    const record = await saveSettings(tx, community.id, next.value.settings, now);
    await audit(tx, { communityId: community.id, actorRef: actor.user, action, detail: { keys: next.value.changed }, at: now });
    return ok({ record, changed: next.value.changed });
  });
  if (saved.ok) deps.communities.remember(saved.value.record);
  return saved;
}

/** A setting refused, and why. */
interface Problem {
  readonly setting: TextSettingKey;
  readonly message: Text;
}

function invalid<T>(problems: readonly Problem[]): Result<T> {
  return fail(
    'bad-input',
    { id: 'settings-invalid', problems: problems.map((p) => ({ label: TEXT_SETTINGS[p.setting].label, message: p.message, hint: TEXT_SETTINGS[p.setting].hint })) },
    problems[0]?.setting,
  );
}

export { formatResource };
