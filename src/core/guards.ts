/** Checks every use case starts with: known community, role, valid input. */
import type { z } from 'zod';
import { catalogueWords, issueLimit, issueMessage } from './schema-words.js';
import type { Actor } from './actor.js';
import { isCoordinator } from './actor.js';
import type { CommunityRecord } from './communities.js';
import type { CoreDeps } from './deps.js';
import { fail, ok, type Result } from './result.js';
import { localDate } from './time.js';

export async function loadCommunity(deps: CoreDeps, actor: Pick<Actor, 'community'>): Promise<Result<CommunityRecord>> {
  const community = await deps.communities.get(deps.db, actor.community);
  return community === null ? fail('unknown-community') : ok(community);
}

export async function loadCommunityAsCoordinator(deps: CoreDeps, actor: Actor): Promise<Result<CommunityRecord>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  return (await isCoordinator(deps.db, community.value, actor)) ? community : fail('not-allowed');
}

/**
 * Validates raw input; the first problem (where, the schema's words for it — a catalogue id where the
 * schema is ours, with the `params` a custom issue gives it — and the bound it broke) becomes the reason,
 * rendered at the edge (views/errors.ts).
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { error: catalogueWords });
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const limit = issueLimit(issue);
  return fail('bad-input', { id: 'invalid', path: issue?.path.join('.') ?? '', message: issueMessage(issue), ...(limit === undefined ? {} : { limit }) });
}

/** Training counts as valid through the whole of its last day, in the community's time zone. */
export function trainingValid(validUntil: string | null, now: Date, timeZone: string): boolean {
  return validUntil !== null && validUntil >= localDate(now, timeZone);
}
