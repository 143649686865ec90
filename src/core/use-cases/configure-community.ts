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
import { communitySettings, defaultSettings, INTERNATIONAL, type CommunitySettings } from '../settings.js';
import type { View } from '../views/types.js';

const input = z.object({
  name: z.string().trim().min(1).max(100).optional(),
  /** Only the settings to change; each is validated together with the ones kept. */
  settings: z
    .record(z.string(), z.unknown())
    .refine((o) => Object.keys(o).every((k) => Object.hasOwn(communitySettings.shape, k)), {
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
  return ok(settingsView(deps.catalogue, result.community.name, settings, result.created));
}

const regionNames = new Intl.DisplayNames('en', { type: 'region' });

/** The countries setup offers, by name, then "other / international" last (value `INTL`). */
export function countryChoices(catalogue: ResourceCatalogue): readonly { readonly value: string; readonly label: string }[] {
  return [
    ...catalogue
      .countries()
      .map((code) => ({ value: code, label: regionNames.of(code) ?? code }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en')),
    { value: INTERNATIONAL, label: 'Other / international (directory of helplines)' },
  ];
}

function knownCountry(catalogue: ResourceCatalogue, code: string): boolean {
  return code === INTERNATIONAL || catalogue.countries().includes(code);
}

function countryLabel(catalogue: ResourceCatalogue, country: string | null): string {
  if (country === null) return 'not chosen (international directory until you choose one)';
  if (country === INTERNATIONAL) return 'other / international (the international directory of helplines)';
  const line = catalogue.forCountry(country).primary;
  return line.kind === 'crisis-line' ? `${country} (${line.name})` : `${country} (international directory: no checked line for ${country} yet)`;
}

function settingsView(catalogue: ResourceCatalogue, name: string, s: CommunitySettings, created: boolean): View {
  const show = (v: string | null) => v ?? 'not set';
  return {
    title: created ? `Peerline is set up for ${name}` : `Settings saved for ${name}`,
    text: created
      ? 'You are its first coordinator. Next: set the volunteer channel, enrol volunteers, and have them go on duty.'
      : 'The new settings apply from now on.',
    fields: [
      { label: 'Volunteer channel', value: show(s.volunteerChannel) },
      { label: 'Sessions open in', value: show(s.sessionsLocation ?? s.volunteerChannel) },
      { label: 'Country for crisis lines', value: countryLabel(catalogue, s.country) },
      { label: 'Time zone', value: s.timeZone },
      { label: 'Keep closed requests for', value: `${s.retentionDays} days` },
      { label: 'Longest shift', value: `${s.maxShiftHours} h` },
    ],
    tone: 'success',
  };
}
