/**
 * The ref contract every adapter keeps (like vercel/chat's threadIdContract): what an adapter's refs.ts
 * parses it formats back to the same string, what it formats it parses back to the same parts, and what
 * is not its own ref it refuses. The `@ts-expect-error` lines are checked by `npm run typecheck`: a ref
 * of one kind is refused where another kind is expected, so a Discord role can no longer be built with
 * `channelRef`.
 */
import { describe, expect, it } from 'vitest';
import type { ChatCommand } from '../../src/adapters/command-table.js';
import * as discord from '../../src/adapters/discord/refs.js';
import * as slack from '../../src/adapters/slack/refs.js';
import * as web from '../../src/adapters/web/refs.js';
import type { Actor, ChannelRef, ChatPlatform, CommunityRef, ConfigureCommunityInput, MessageRef, RoleRef, SpaceRef, UserRef } from '../../src/core/index.js';

interface RefCodec {
  /** Refs of each kind as the platform writes them. */
  readonly samples: { readonly [K in 'community' | 'user' | 'channel' | 'message']: readonly string[] };
  /** parse then format: must give back the same string. */
  readonly roundTrip: (kind: 'community' | 'user' | 'channel' | 'message', ref: string) => string;
  /** Not refs of this platform (or of the wrong shape): parse refuses them. */
  readonly foreign: readonly string[];
  readonly refuses: (ref: string) => boolean;
}

const refuses = (parse: (ref: string) => unknown) => (ref: string) => {
  try {
    parse(ref);
    return false;
  } catch (error) {
    return error instanceof Error && error.name === 'BadRefError';
  }
};

const codecs: Record<'discord' | 'slack' | 'web', RefCodec> = {
  discord: {
    samples: {
      community: ['discord:1100000000000000001'],
      user: ['discord:1100000000000000001:1200000000000000002', 'discord:0:1200000000000000002'],
      channel: ['discord:1100000000000000001:1300000000000000001'],
      message: ['discord:1100000000000000001:1300000000000000001:1700000000000000009'],
    },
    roundTrip: (kind, ref) => {
      if (kind === 'community') return discord.communityRef(discord.parseCommunity(ref).guild);
      if (kind === 'message') {
        const m = discord.parseMessage(ref);
        return discord.messageRef(m.guild, m.channel, m.message);
      }
      const { guild, id } = discord.parseId(ref);
      return kind === 'user' ? discord.userRef(guild, id) : discord.channelRef(guild, id);
    },
    foreign: ['slack:T1:U1', 'discord:', 'discord:abc:123', 'discord:1:2:3:4:5', 'discord:1::2', ''],
    refuses: refuses((ref) => (ref.split(':').length === 2 ? discord.parseCommunity(ref) : ref.split(':').length === 4 ? discord.parseMessage(ref) : discord.parseId(ref))),
  },
  slack: {
    samples: {
      community: ['slack:T0123ABC'],
      user: ['slack:T0123ABC:U0456DEF'],
      channel: ['slack:T0123ABC:C0789GHI', 'slack:T0123ABC:D0789GHI', 'slack:T0123ABC:G0789GHI'],
      message: ['slack:T0123ABC:C0789GHI:1700000000.000100'],
    },
    roundTrip: (kind, ref) => {
      if (kind === 'community') return slack.communityRef(slack.parseCommunity(ref).team);
      if (kind === 'message') {
        const m = slack.parseMessage(ref);
        return slack.messageRef(m.team, m.channel, m.ts);
      }
      const { team, id } = slack.parseId(ref);
      return kind === 'user' ? slack.userRef(team, id) : slack.channelRef(team, id);
    },
    foreign: ['discord:1:2', 'slack:', 'slack:T1::U1', 'slack:T1:C1:1.2:extra', ''],
    refuses: refuses((ref) => (ref.split(':').length === 2 ? slack.parseCommunity(ref) : ref.split(':').length === 4 ? slack.parseMessage(ref) : slack.parseId(ref))),
  },
  web: {
    samples: {
      community: ['web:demo'],
      user: ['web:demo:alex'],
      channel: ['web:demo:channel:volunteers'],
      message: [web.newMessageRef('demo')],
    },
    roundTrip: (_kind, ref) => {
      const r = web.parseWebRef(ref);
      switch (r.kind) {
        case 'community':
          return web.communityRef(r.slug);
        case 'user':
          return web.userRef(r.slug, r.name);
        case 'channel':
          return web.channelRef(r.slug, r.id);
        case 'space':
        case 'message':
          return `${web.PREFIX}:${r.slug}:${r.kind === 'space' ? 'space' : 'msg'}:${r.id}`;
        default:
          return `unsupported:${r.raw}`;
      }
    },
    foreign: ['slack:T1:U1', 'web:', 'web:Demo', 'web:demo:channel:', 'web:demo:nope:x', 'web:demo:a:b:c', ''],
    refuses: (ref) => web.parseWebRef(ref).kind === 'unsupported',
  },
};

describe.each(Object.entries(codecs))('%s refs', (_platform, codec) => {
  it('format(parse(x)) === x for every kind', () => {
    for (const [kind, refs] of Object.entries(codec.samples) as [keyof RefCodec['samples'], readonly string[]][]) {
      for (const ref of refs) expect(codec.roundTrip(kind, ref)).toBe(ref);
    }
  });

  it("refuses what is not its own ref", () => {
    for (const ref of codec.foreign) expect(codec.refuses(ref), ref).toBe(true);
    for (const ref of Object.values(codec.samples).flat()) expect(codec.refuses(ref), ref).toBe(false);
  });
});

describe('parse(format(parts)) gives the parts back', () => {
  it('discord, slack and web', () => {
    expect(discord.parseId(discord.roleRef('11', '15'))).toEqual({ guild: '11', id: '15' });
    expect(discord.parseId(discord.spaceRef('11', '14'))).toEqual({ guild: '11', id: '14' });
    expect(discord.parseMessage(discord.messageRef('11', '13', '17'))).toEqual({ guild: '11', channel: '13', message: '17' });
    expect(slack.parseId(slack.spaceRef('T1', 'G2'))).toEqual({ team: 'T1', id: 'G2' });
    expect(slack.parseMessage(slack.messageRef('T1', 'C2', '1700000000.000100'))).toEqual({ team: 'T1', channel: 'C2', ts: '1700000000.000100' });
    expect(web.parseWebRef(web.newSpaceRef('demo'))).toMatchObject({ kind: 'space', slug: 'demo' });
    expect(web.communityOf(web.userRef('demo', 'alex'))).toBe(web.communityRef('demo'));
  });
});

describe('a ref of one kind is refused where another is expected (checked by typecheck)', () => {
  it('roles, channels, spaces, users, messages and communities are not interchangeable', () => {
    const role: RoleRef = discord.roleRef('11', '15');
    const channel: ChannelRef = discord.channelRef('11', '13');
    const user: UserRef = discord.userRef('11', '12');
    const space: SpaceRef = slack.spaceRef('T1', 'G2');
    const message: MessageRef = slack.messageRef('T1', 'C2', '1.2');
    const community: CommunityRef = web.communityRef('demo');

    // @ts-expect-error a channel is not a role (how a Discord role came to be built with channelRef)
    const roles: Actor['roles'] = [channel];
    // @ts-expect-error the coordinator role setting takes a role, not a channel
    const setup: ConfigureCommunityInput = { settings: { coordinatorRole: discord.channelRef('11', '15') } };
    // @ts-expect-error the volunteer channel is a channel, not a role
    const setup2: ConfigureCommunityInput = { settings: { volunteerChannel: role } };
    // @ts-expect-error /end names a space, not a channel
    const end: ChatCommand = { kind: 'end', space: channel };
    // @ts-expect-error a user is not a community
    const actor: Actor = { user, community: user };
    // @ts-expect-error Discord's message parser takes a message ref
    const parsed = () => discord.parseMessage(channel);
    // @ts-expect-error Slack's id parser does not take a message ref
    const parsedId = () => slack.parseId(message);
    const port = (p: ChatPlatform) => [
      // @ts-expect-error a post goes to a channel, not to a user
      p.postToChannel(user, { text: '' }),
      // @ts-expect-error an update names a message, not a space
      p.updateMessage(space, { text: '' }),
      // @ts-expect-error a space is opened in a community
      p.openSpace({ community: channel, location: null, participants: [user], title: '' }),
    ];

    // The right kinds pass, and every ref is still a string at run time.
    const fine: Actor = { user, community, roles: [role] };
    const fineSetup: ConfigureCommunityInput = { settings: { coordinatorRole: role, volunteerChannel: channel } };
    const fineEnd: ChatCommand = { kind: 'end', space };
    expect([roles, setup, setup2, end, actor, parsed, parsedId, port, fine, fineSetup, fineEnd]).toHaveLength(11);
    expect([role, channel, user, space, message, community].every((r) => typeof r === 'string')).toBe(true);
    // Same format, different kind: the brand exists only for the compiler.
    expect(role).toBe('discord:11:15');
  });
});
