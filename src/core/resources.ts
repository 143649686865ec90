/** The crisis resources shown in a community: the compiled-in catalogue for its country plus what its coordinators added. */
import type { CountryResources, CrisisResource } from '../crisis/index.js';
import type { CommunityRecord } from './communities.js';
import type { CoreDeps } from './deps.js';
import type { CommunityResource } from './settings.js';

export function resourcesFor(deps: Pick<CoreDeps, 'catalogue'>, community: CommunityRecord | null): CountryResources {
  const extras = (community?.settings.extraResources ?? []).map((r, i) => toResource(r, i, community?.settings.country ?? 'XX'));
  return deps.catalogue.forCountry(community?.settings.country ?? null, extras);
}

function toResource(r: CommunityResource, index: number, country: string): CrisisResource {
  return {
    id: `community-${index}`,
    country,
    name: r.name,
    kind: 'community',
    hours: r.hours,
    // i18n-exempt: provenance kept with the resource for operators, never shown in a view
    source: 'added by the community coordinators',
    checkedOn: 'community-maintained',
    ...(r.phone === undefined ? {} : { phone: r.phone }),
    ...(r.sms === undefined ? {} : { sms: r.sms }),
    ...(r.url === undefined ? {} : { url: r.url }),
  };
}
