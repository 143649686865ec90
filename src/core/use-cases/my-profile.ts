/**
 * A volunteer sets their own display name (what coordinators see on the dashboard instead of
 * "Volunteer 3") and their experience tags (the topics they have lived through, used to mention them
 * first on matching requests). Only the person themselves, and only if enrolled.
 */
import { z } from 'zod';
import { audit } from '../../db/queries/audit.js';
import { findVolunteer, updateVolunteerProfile } from '../../db/queries/volunteers.js';
import type { Actor } from '../actor.js';
import type { CoreDeps } from '../deps.js';
import { loadCommunity, parseInput } from '../guards.js';
import { plainText } from '../plain-text.js';
import { fail, ok, type Result } from '../result.js';
import type { TextView as View } from '../views/types.js';
import { type MessageId, t } from '../../i18n/index.js';
import { volunteerTag } from './manage-volunteers.js';

export const DISPLAY_NAME_MAX = 40;

const input = z.object({
  /** Empty = go back to "Volunteer N". */
  displayName: z
    .string()
    .transform(plainText)
    .pipe(z.string().trim().max(DISPLAY_NAME_MAX, 'checks.profile.name.max' satisfies MessageId))
    .optional(),
  tags: z.array(volunteerTag).max(20, 'checks.profile.tags.max' satisfies MessageId).optional(),
});
export type ProfileInput = z.input<typeof input>;

export async function updateMyProfile(deps: CoreDeps, actor: Actor, raw: ProfileInput): Promise<Result<View>> {
  const community = await loadCommunity(deps, actor);
  if (!community.ok) return community;
  const parsed = parseInput(input, raw);
  if (!parsed.ok) return parsed;
  const { displayName, tags } = parsed.value;
  const now = deps.clock();
  const row =
    displayName === undefined && tags === undefined
      ? await findVolunteer(deps.db, community.value.id, actor.user)
      : await deps.db.transaction(async (tx) => {
          const updated = await updateVolunteerProfile(tx, {
            communityId: community.value.id,
            userRef: actor.user,
            ...(displayName === undefined ? {} : { displayName: displayName === '' ? null : displayName }),
            ...(tags === undefined ? {} : { tags: [...new Set(tags)] }),
            now,
          });
          if (updated !== null) {
            const keys = [...(displayName === undefined ? [] : ['display-name']), ...(tags === undefined ? [] : ['tags'])];
            await audit(tx, { communityId: community.value.id, actorRef: actor.user, action: 'volunteer.profile', subjectRef: actor.user, detail: { keys }, at: now });
          }
          return updated;
        });
  if (row === null) return fail('not-enrolled');
  return ok({
    title: displayName === undefined && tags === undefined ? t('coord.profile.title') : t('coord.profile.saved'),
    text: t('coord.profile.text'),
    fields: [
      { label: t('coord.profile.name'), value: row.displayName ?? t('coord.profile.noName') },
      { label: t('coord.profile.tags'), value: row.tags.length === 0 ? t('coord.none') : row.tags.join(', ') },
    ],
    tone: displayName === undefined && tags === undefined ? 'neutral' : 'success',
  });
}
