/**
 * The schema library's problems in the catalogue's words: for `parseInput` (guards.ts), and for the
 * settings, which read their own text and check it against the same schemas (settings-text.ts).
 */
import type { z } from 'zod';
import { en, type MessageId, type Msg, type Text } from '../i18n/index.js';
import { schemaText } from './views/errors.js';

type Bounded = 'text' | 'list' | 'number';
const BOUNDED: Readonly<Record<string, Bounded>> = { string: 'text', array: 'list', set: 'list', number: 'number', int: 'number', bigint: 'number' };

/**
 * The catalogue's id for a problem where the schema gives no words of its own (a schema's own message
 * wins over this map), so the schema library's English never reaches a person; its bound is the reason's
 * `limit`. Undefined (the library's words) for what no input of ours meets.
 */
export function catalogueWords(issue: z.core.$ZodRawIssue): MessageId | undefined {
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

export function issueMessage(issue: z.core.$ZodIssue | undefined): Text {
  if (issue === undefined) return 'error.schema.invalid' satisfies MessageId;
  if (issue.code !== 'custom' || issue.params === undefined || !Object.hasOwn(en, issue.message)) return issue.message;
  // Our schema raised it and gave the message's parameters (checked with `satisfies ParamsOf<…>` where it does).
  return { msg: issue.message, params: issue.params } as Msg;
}

/** The bound a too-big or too-small value broke, for the message's `{max}` or `{min}`. */
export function issueLimit(issue: z.core.$ZodIssue | undefined): number | undefined {
  return issue?.code === 'too_big' ? Number(issue.maximum) : issue?.code === 'too_small' ? Number(issue.minimum) : undefined;
}

/** A problem as text in the catalogue's words, its bound filled in (validate with `{ error: catalogueWords }`). */
export function issueText(issue: z.core.$ZodIssue | undefined): Text {
  return schemaText(issueMessage(issue), issueLimit(issue));
}
