/**
 * Text as core hands it to the edge: a message id with typed parameters (`Msg`), several texts joined,
 * or a plain string for data (a topic, a name) and for copy not yet in the catalogue. One render step
 * (`localise`) turns it into words in the reader's language.
 */
import type { Joined, MessageId, Msg, ParamsOf, Text } from './messages/en.js';

// The types live beside the English source they are checked against (no import cycle).
export type { ByLocale, Joined, Msg, Param, Text } from './messages/en.js';

type Args<K extends MessageId> = [ParamsOf<K>] extends [never] ? [] : [params: ParamsOf<K>];

/** A message by id; the compiler checks its parameters against the English source. */
export function t<K extends MessageId>(id: K, ...params: Args<K>): Msg<K> {
  return params.length === 0 ? { msg: id } : { msg: id, params: params[0] };
}

/** Lines of text; nulls (a line that does not apply) are left out. */
export function lines(...parts: readonly (Text | null)[]): Joined {
  return { join: parts.filter((p): p is Text => p !== null), sep: '\n' };
}

/** Sentences on one line; nulls are left out. */
export function sentences(...parts: readonly (Text | null)[]): Joined {
  return { join: parts.filter((p): p is Text => p !== null), sep: ' ' };
}

export function isMsg(text: Text): text is Msg {
  return typeof text === 'object' && 'msg' in text;
}
