/**
 * `/resources [country]`. Answers from memory only — the catalogue and the cached community — so it
 * works when the database is down (invariant 2).
 */
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { fail, ok, type Result } from '../result.js';
import { resourcesView } from '../views/crisis.js';
import type { TextView as View } from '../views/types.js';
import { resourcesFor } from '../resources.js';

export function showResources(deps: Pick<CoreDeps, 'catalogue' | 'communities'>, actor: Pick<Actor, 'community'> | null, country?: string): Result<View> {
  const community = actor === null ? null : deps.communities.peek(actor.community);
  if (country !== undefined && country.trim().length > 0) {
    const code = country.trim().toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) return fail('bad-input', { id: 'country-code' });
    return ok(resourcesView(deps.catalogue.forCountry(code)));
  }
  return ok(resourcesView(resourcesFor(deps, community)));
}
