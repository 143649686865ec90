/**
 * The one line a waiting member is pointed to. A service with a phone or text number is somewhere to
 * contact; a directory (the international fallback) is somewhere to look, and is never introduced as a
 * line to call.
 */
import type { CrisisResource } from '../../crisis/index.js';
import { t, type Text } from '../../i18n/index.js';
import { describeResource } from './resources.js';
import type { Field } from './types.js';

export const LOOK_UP_LABEL = t('line.lookUp');

export function lineField(contactLabel: Text, line: CrisisResource): Field<Text> {
  const reachable = line.phone !== undefined || line.sms !== undefined;
  return { label: reachable ? contactLabel : LOOK_UP_LABEL, value: describeResource(line) };
}
