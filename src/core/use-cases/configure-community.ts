/**
 * Sets a community up, or changes its settings. Allowed for its coordinators, and for a platform admin
 * (so the first setup is possible and a server owner can always recover). The person who sets a
 * community up for the first time becomes its first coordinator.
 */
import { z } from 'zod';
import { upsertCommunity } from '../../db/queries/communities.js';
import { audit } from '../../db/queries/audit.js';
import { enrolCoordinator } from '../../db/queries/volunteers.js';
import { isCoordinator, type Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { parseInput } from '../guards.js';
import { fail, ok, type Result } from '../result.js';
import type { ResourceCatalogue } from '../../crisis/index.js';
import { localise, type Locale, t, type Text } from '../../i18n/index.js';
import { communitySettings, defaultSettings, INTERNATIONAL, type CommunitySettings } from '../settings.js';
import { TEXT_SETTINGS } from '../settings-text.js';
import { countryName } from '../views/resources.js';
import type { TextView as View } from '../views/types.js';

const input = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  /** Only the settings to change; each is validated together with the ones kept. */
  settings: z
    .record(z.string(), z.unknown())
    .refine((o) => Object.keys(o).every((k) => Object.hasOwn(communitySettings.shape, k)), {
      // i18n-exempt: a developer reads it: adapters pass only known settings, and this names core's field names
      message: `unknown setting (known: ${Object.keys(communitySettings.shape).join(', ')})`,
    })
    .optional(),
});
/** What an adapter passes: known settings typed as stored (a role ref where a role goes); all checked again by `input`. */
export type ConfigureCommunityInput = Omit<z.input<typeof input>, 'settings'> & {
  readonly settings?: { readonly [K in keyof z.input<typeof communitySettings>]?: z.input<typeof communitySettings>[K] | undefined } & Readonly<Record<string, unknown>>;
};

export async function configureCommunity(deps: CoreDeps, actor: Actor, raw: ConfigureCommunityInput): Promise<Result<View>> {
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed;
  const existing = await deps.communities.get(deps.db, actor.community);
  const allowed = actor.platformAdmin === true || (existing !== null && (await isCoordinator(deps.db, existing, actor)));
  if (!allowed) return fail('not-allowed', { id: 'setup-needs-admin' });

  const now = deps.clock();
  const changes = Object.fromEntries(Object.entries(parsed.value.settings ?? {}).filter(([, v]) => v !== undefined));
  const merged = parseInput(communitySettings, { ...(existing?.settings ?? defaultSettings()), ...changes });
  if (!merged.ok) return merged;
  const settings = merged.value;
  // Every crisis reply names a line for the community's country, so setup does not finish without one.
  // A code is checked only when it changes: one stored before this check keeps working.
  if (settings.country === null || (settings.country !== existing?.settings.country && !knownCountry(deps.catalogue, settings.country))) {
    return fail('bad-input', { id: 'country-needed', given: settings.country, countries: deps.catalogue.countries() });
  }
  const result = await deps.db.transaction(async (tx) => {
    const { community, created } = await upsertCommunity(tx, {
      ref: actor.community,
      name: parsed.value.name ?? existing?.name ?? actor.community,
      settings,
      now,
    });
    if (created) {
      await enrolCoordinator(tx, { communityId: community.id, userRef: actor.user, now });
    }
    await audit(tx, {
      communityId: community.id,
      actorRef: actor.user,
      action: created ? 'community.created' : 'community.configured',
      detail: { keys: Object.keys(changes) },
      at: now,
    });
    return { community, created };
  });
  deps.communities.remember(result.community);
  return ok(setupView(deps.catalogue, result.community.name, settings, result.created));
}

/** The countries setup offers, named and sorted in `locale` (English unless said), then "other / international" last (value `INTL`). */
export function countryChoices(catalogue: ResourceCatalogue, locale: Locale = 'en'): readonly { readonly value: string; readonly label: string }[] {
  return [
    ...catalogue
      .countries()
      .map((code) => ({ value: code, label: localise(countryName(code), locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    { value: INTERNATIONAL, label: localise(t('cmd.peer-admin.setup.country.INTL'), locale) },
  ];
}

function knownCountry(catalogue: ResourceCatalogue, code: string): boolean {
  return code === INTERNATIONAL || catalogue.countries().includes(code);
}

function countryLabel(catalogue: ResourceCatalogue, country: string | null): Text {
  if (country === null) return t('setup.country.notChosen');
  if (country === INTERNATIONAL) return t('setup.country.international');
  const line = catalogue.forCountry(country).primary;
  // A line's name is the service's own, in its own language.
  return line.kind === 'crisis-line' ? `${country} (${line.name})` : t('setup.country.noLine', { country });
}

/** The reply to setup: what is set now, and for a first setup what to do next. */
export function setupView(catalogue: ResourceCatalogue, name: string, s: CommunitySettings, created: boolean): View {
  const show = (v: string | null): Text => v ?? t('coord.notSet');
  return {
    title: created ? t('setup.created.title', { name }) : t('setup.configured.title', { name }),
    text: created ? t('setup.created.text') : t('setup.configured.text'),
    fields: [
      { label: t('setup.field.volunteerChannel'), value: show(s.volunteerChannel) },
      { label: t('setup.field.sessionsIn'), value: show(s.sessionsLocation ?? s.volunteerChannel) },
      { label: TEXT_SETTINGS.country.label, value: countryLabel(catalogue, s.country) },
      { label: TEXT_SETTINGS['time-zone'].label, value: s.timeZone },
      { label: t('setup.field.retention'), value: t('setup.retention.days', { days: s.retentionDays }) },
      { label: t('setup.field.maxShift'), value: t('setup.maxShift.hours', { hours: s.maxShiftHours }) },
    ],
    tone: 'success',
  };
}
