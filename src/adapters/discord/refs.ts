/**
 * Discord refs, built and parsed only here. Core sees them as opaque strings:
 * community `discord:<guild>`, user `discord:<guild>:<user>`, channel or thread `discord:<guild>:<channel>`,
 * message `discord:<guild>:<channel>:<message>`. A DM channel keeps the guild the person was reached from.
 */
const PREFIX = 'discord';

export const communityRef = (guild: string) => `${PREFIX}:${guild}`;
export const userRef = (guild: string, user: string) => `${PREFIX}:${guild}:${user}`;
export const channelRef = (guild: string, channel: string) => `${PREFIX}:${guild}:${channel}`;
export const messageRef = (guild: string, channel: string, message: string) => `${PREFIX}:${guild}:${channel}:${message}`;

export class BadRefError extends Error {
  override readonly name = 'BadRefError';
}

const SNOWFLAKE = /^\d{1,20}$/;

function parts(ref: string, count: number): string[] {
  const p = ref.split(':');
  if (p.length !== count || p[0] !== PREFIX || !p.slice(1).every((x) => SNOWFLAKE.test(x))) throw new BadRefError(`not a Discord ref of ${count} parts: ${ref}`);
  return p.slice(1);
}

export function parseId(ref: string): { guild: string; id: string } {
  const [guild, id] = parts(ref, 3) as [string, string];
  return { guild, id };
}

export function parseMessage(ref: string): { guild: string; channel: string; message: string } {
  const [guild, channel, message] = parts(ref, 4) as [string, string, string];
  return { guild, channel, message };
}

export function parseCommunity(ref: string): { guild: string } {
  const [guild] = parts(ref, 2) as [string];
  return { guild };
}
