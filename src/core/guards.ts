/** Checks every use case starts with: known community, role, valid input. */
import type { z } from 'zod';
import { en, type MessageId, type Msg, type Text } from '../i18n/index.js';
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
  const limit = issue?.code === 'too_big' ? Number(issue.maximum) : issue?.code === 'too_small' ? Number(issue.minimum) : undefined;
  return fail('bad-input', { id: 'invalid', path: issue?.path.join('.') ?? '', message: issueMessage(issue), ...(limit === undefined ? {} : { limit }) });
}

type Bounded = 'text' | 'list' | 'number';
const BOUNDED: Readonly<Record<string, Bounded>> = { string: 'text', array: 'list', set: 'list', number: 'number', int: 'number', bigint: 'number' };

/**
 * The catalogue's id for a problem where the schema gives no words of its own (a schema's own message
 * wins over this map), so the schema library's English never reaches a person; its bound is the reason's
 * `limit`. Undefined (the library's words) for what no input of ours meets.
 */
function catalogueWords(issue: z.core.$ZodRawIssue): MessageId | undefined {
  const bounded = 'origin' in issue && typeof issue.origin === 'string' ? BOUNDED[issue.origin] : undefined;
  switch (issue.code) {
    case 'too_small':
    case 'too_big':
      if (bounded === undefined || issue.exact === true || issue.inclusive === false) return undefined;
      return `checks.schema.${bounded}.${issue.code === 'too_small' ? 'min' : 'max'}`;
    case 'invalid_type':
      return issue.input === undefined ? 'checks.schema.required' : issue.expected === 'int' ? 'checks.schema.whole' : 'error.schema.invalid';
    case 'invalid_value':
      return 'checks.schema.choice';
    case 'invalid_format':
      return 'checks.schema.format';
    default:
      return undefined;
  }
}

function issueMessage(issue: z.core.$ZodIssue | undefined): Text {
  if (issue === undefined) return 'error.schema.invalid' satisfies MessageId;
  if (issue.code !== 'custom' || issue.params === undefined || !Object.hasOwn(en, issue.message)) return issue.message;
  // Our schema raised it and gave the message's parameters (checked with `satisfies ParamsOf<…>` where it does).
  return { msg: issue.message, params: issue.params } as Msg;
}

/** Training counts as valid through the whole of its last day, in the community's time zone. */
export function trainingValid(validUntil: string | null, now: Date, timeZone: string): boolean {
  return validUntil !== null && validUntil >= localDate(now, timeZone);
}
