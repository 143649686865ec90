/** The gateway URL, users, DMs and guilds. */
import { z } from 'zod';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { channelPayload, guildChannelPayload, guildPayload, memberPayload, rolePayload, threadMemberPayload, threadPayload, userPayload } from './payloads.js';
import { parseBody, type RouteContext } from './route-context.js';
import { ok, type RestRequest, type RestRoute } from './rest-server.js';
import type { StoredGuild } from './state.js';

const dmBody = z.object({ recipient_id: z.string() });

function guildOf(ctx: RouteContext, request: RestRequest): StoredGuild {
  const guild = ctx.state.guilds.get(request.params.guildId ?? '');
  if (guild === undefined) throw DiscordHttpError.of(DiscordErrors.unknownGuild);
  return guild;
}

export interface GatewayInfo {
  readonly url: () => string;
  /** The recommended shard count. */
  readonly shards: () => number;
  readonly maxConcurrency: number;
}

export function directoryRoutes(ctx: RouteContext, gateway: GatewayInfo): RestRoute[] {
  return [
    {
      method: 'GET',
      template: '/gateway/bot',
      auth: true,
      handle: () =>
        ok({
          url: gateway.url(),
          shards: gateway.shards(),
          session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: gateway.maxConcurrency },
        }),
    },
    { method: 'GET', template: '/gateway', auth: false, handle: () => ok({ url: gateway.url() }) },
    {
      method: 'GET',
      template: '/users/@me',
      auth: true,
      handle: () => ok({ ...userPayload(ctx.state.botUser), verified: true, mfa_enabled: false }),
    },
    {
      method: 'GET',
      template: '/users/:userId',
      auth: true,
      handle: (r) => {
        const user = ctx.state.user(r.params.userId ?? '');
        if (user === undefined) throw DiscordHttpError.of(DiscordErrors.unknownUser);
        return ok(userPayload(user));
      },
    },
    {
      method: 'POST',
      template: '/users/@me/channels',
      auth: true,
      handle: (r) => {
        const { recipient_id: recipient } = parseBody(dmBody, r.body);
        // Opening always works for a known user; whether a message gets through is decided on send.
        if (ctx.state.user(recipient) === undefined || recipient === ctx.state.botUserId) throw DiscordHttpError.of(DiscordErrors.invalidRecipient);
        return ok(channelPayload(ctx.state, ctx.state.openDm(recipient)));
      },
    },
    {
      method: 'GET',
      template: '/guilds/:guildId',
      auth: true,
      handle: (r) => {
        const guild = guildOf(ctx, r);
        const counts = r.query.get('with_counts') === 'true' ? { approximate_member_count: guild.members.size, approximate_presence_count: 0 } : {};
        return ok({ ...guildPayload(ctx.state, guild), ...counts });
      },
    },
    {
      method: 'GET',
      template: '/guilds/:guildId/members/:userId',
      auth: true,
      handle: (r) => {
        const member = guildOf(ctx, r).members.get(r.params.userId ?? '');
        if (member === undefined) throw DiscordHttpError.of(DiscordErrors.unknownMember);
        return ok(memberPayload(ctx.state, member));
      },
    },
    {
      method: 'GET',
      template: '/guilds/:guildId/members',
      auth: true,
      handle: (r) => {
        const limit = Math.min(Number(r.query.get('limit') ?? 1), 1000);
        const after = r.query.get('after') ?? '0';
        const members = [...guildOf(ctx, r).members.values()]
          .filter((m) => BigInt(m.userId) > BigInt(after))
          .sort((a, b) => (BigInt(a.userId) < BigInt(b.userId) ? -1 : 1))
          .slice(0, limit);
        return ok(members.map((m) => memberPayload(ctx.state, m)));
      },
    },
    { method: 'GET', template: '/guilds/:guildId/channels', auth: true, handle: (r) => ok(ctx.state.channelsOf(guildOf(ctx, r).id).map(guildChannelPayload)) },
    { method: 'GET', template: '/guilds/:guildId/roles', auth: true, handle: (r) => ok([...guildOf(ctx, r).roles.values()].map(rolePayload)) },
    {
      method: 'GET',
      template: '/guilds/:guildId/threads/active',
      auth: true,
      handle: (r) => {
        const threads = ctx.state.threadsOf(guildOf(ctx, r).id).filter((t) => !t.archived);
        const bot = ctx.state.botUserId;
        return ok({
          threads: threads.map((t) => threadPayload(t)),
          members: threads.filter((t) => t.members.has(bot)).map((t) => threadMemberPayload(t, bot)),
        });
      },
    },
  ];
}
