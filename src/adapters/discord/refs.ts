/**
 * Discord refs, built and parsed only here. Core sees them as opaque strings:
 * community `discord:<guild>`, user `discord:<guild>:<user>`, channel or thread `discord:<guild>:<channel>`,
 * message `discord:<guild>:<channel>:<message>`, role `discord:<guild>:<role>`. A DM channel keeps the guild
 * the person was reached from. Each builder returns its kind's branded type (src/model/refs.ts).
 */
import type { ChannelRef, CommunityRef, MessageRef, RoleRef, SpaceRef, UserRef } from '../../core/index.js';

const PREFIX = 'discord';

export const communityRef = (guild: string): CommunityRef => `${PREFIX}:${guild}`;
export const userRef = (guild: string, user: string): UserRef => `${PREFIX}:${guild}:${user}`;
export const channelRef = (guild: string, channel: string): ChannelRef => `${PREFIX}:${guild}:${channel}`;
/** A session's private thread: a channel on Discord, a space to core. */
export const spaceRef = (guild: string, thread: string): SpaceRef => `${PREFIX}:${guild}:${thread}`;
/** A server role (Discord role ids are snowflakes, like channel ids, but a different kind of thing). */
export const roleRef = (guild: string, role: string): RoleRef => `${PREFIX}:${guild}:${role}`;
export const messageRef = (guild: string, channel: string, message: string): MessageRef => `${PREFIX}:${guild}:${channel}:${message}`;

export class BadRefError extends Error {
  override readonly name = 'BadRefError';
}

const SNOWFLAKE = /^\d{1,20}$/;

function parts(ref: string, count: number): string[] {
  const p = ref.split(':');
  if (p.length !== count || p[0] !== PREFIX || !p.slice(1).every((x) => SNOWFLAKE.test(x))) throw new BadRefError(`not a Discord ref of ${count} parts: ${ref}`);
  return p.slice(1);
}

/** The guild and id of a user, channel, space or role ref. */
export function parseId(ref: UserRef | ChannelRef | SpaceRef | RoleRef): { guild: string; id: string } {
  const [guild, id] = parts(ref, 3) as [string, string];
  return { guild, id };
}

export function parseMessage(ref: MessageRef): { guild: string; channel: string; message: string } {
  const [guild, channel, message] = parts(ref, 4) as [string, string, string];
  return { guild, channel, message };
}

/** The guild of a Discord community ref; null for any other platform's ref. */
export function discordGuildOf(ref: CommunityRef): string | null {
  const [prefix, guild, ...rest] = ref.split(':');
  return prefix === PREFIX && guild !== undefined && SNOWFLAKE.test(guild) && rest.length === 0 ? guild : null;
}

export function parseCommunity(ref: CommunityRef): { guild: string } {
  const [guild] = parts(ref, 2) as [string];
  return { guild };
}
