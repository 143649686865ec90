/**
 * Slack refs, built and parsed only here. Core sees them as opaque strings:
 * community `slack:T1`, user `slack:T1:U1`, channel `slack:T1:C1` (also D… and G…), message
 * `slack:T1:C1:1700000000.000100`.
 */
import type { ChannelRef, CommunityRef, MessageRef, SpaceRef, UserRef } from '../../core/index.js';

const PREFIX = 'slack';

export const communityRef = (team: string): CommunityRef => `${PREFIX}:${team}`;
export const userRef = (team: string, user: string): UserRef => `${PREFIX}:${team}:${user}`;
export const channelRef = (team: string, channel: string): ChannelRef => `${PREFIX}:${team}:${channel}`;
/** A session's group DM (G… or C…): a conversation on Slack, a space to core. */
export const spaceRef = (team: string, conversation: string): SpaceRef => `${PREFIX}:${team}:${conversation}`;
export const messageRef = (team: string, channel: string, ts: string): MessageRef => `${PREFIX}:${team}:${channel}:${ts}`;

export class BadRefError extends Error {
  override readonly name = 'BadRefError';
}

function parts(ref: string, count: number): string[] {
  const p = ref.split(':');
  if (p.length !== count || p[0] !== PREFIX || p.some((x) => x.length === 0)) throw new BadRefError(`not a Slack ref of ${count} parts: ${ref}`);
  return p.slice(1);
}

/** `slack:T1:U1` → { team, id }; works for users and channels alike. */
export function parseId(ref: UserRef | ChannelRef | SpaceRef): { team: string; id: string } {
  const [team, id] = parts(ref, 3) as [string, string];
  return { team, id };
}

export function parseMessage(ref: MessageRef): { team: string; channel: string; ts: string } {
  const [team, channel, ts] = parts(ref, 4) as [string, string, string];
  return { team, channel, ts };
}

export function parseCommunity(ref: CommunityRef): { team: string } {
  const [team] = parts(ref, 2) as [string];
  return { team };
}
