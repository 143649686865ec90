/**
 * The Discord adapter on discord.js. Every interaction is deferred (ephemeral) first — within Discord's
 * 3 seconds, before any database work — then one core use case runs and its view is edited into the
 * deferred reply. Messages are relayed and scanned through core.
 */
import {
  Events,
  MessageFlags,
  PermissionFlagsBits,
  Routes,
  type AutocompleteInteraction,
  type Client,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type REST,
} from 'discord.js';
import type { DiscordClients } from '../../clients/discord.js';
import { type Actor, answering, ReaderLocales, type TextView, type CoreDeps, defaultSettings, handleAction, handleMessage, type Logger, type MessagePlace, ok, parseAction, repeatable, AFTER_ACK_CONCURRENCY, Limiter } from '../../core/index.js';
import { type Locale, resolveLocale, t } from '../../i18n/index.js';
import { actionSkipsTheQueue, runCommand, skipsTheQueue } from '../command-table.js';
import { DeliveryGate } from '../deliveries.js';
import { createGuard, viewOf } from '../guard.js';
import type { PlatformRouter } from '../router.js';
import { discordCommands, parseCommand, UNKNOWN_GUILD } from './commands.js';
import { dmCandidates, DmGuilds } from './dm-guilds.js';
import { isDiscordError } from './errors.js';
import { DiscordPlatform } from './platform.js';
import { channelRef, communityRef, messageRef, roleRef, spaceRef, userRef } from './refs.js';
import { renderView } from './render.js';
import { isTrimInteraction, onTrimInteraction, type DiscordTrimContext } from './trim.js';

export interface DiscordOptions {
  readonly deps: CoreDeps;
  readonly router: PlatformRouter;
  readonly log: Logger;
  /** Built by src/clients/discord.ts (token, intents, partials, REST bases); the adapter logs in with them. */
  readonly clients: DiscordClients;
  /** Where the coordinator dashboard is reached, for `/peer-admin dashboard`; unset = not offered. */
  readonly dashboardUrl?: string;
  /** Bounds the work after each deferral; shared with the Slack adapter in one process (a new one when unset). */
  readonly afterAck?: Limiter;
}

export interface DiscordService {
  readonly name: 'discord';
  readonly client: Client;
  readonly platform: DiscordPlatform;
  /** Null when connected to the gateway, else why not; for `/readyz`. */
  ready(): string | null;
  stop(): Promise<void>;
}


type EditReply = (i: ChatInputCommandInteraction | ButtonInteraction, view: TextView, locale: Locale) => Promise<unknown>;

/** The deferred reply's final content, as the webhook edit route takes it (mentions limited as rendered). */
function ephemeralBody(view: TextView, locale: Locale) {
  const m = renderView(view, locale);
  return { content: m.content, embeds: m.embeds, components: m.components, allowed_mentions: m.allowed_mentions };
}

/** What stays for the life of the process, whichever gateway client (shard set) is connected. */
interface DiscordWiringOptions extends Omit<DiscordOptions, 'clients'> {
  /** The bot's REST client for what the bot sends (messages, threads, DMs, member lookups). */
  readonly rest: REST;
  /** The guilds the bot is in, as far as this process knows (DMs are matched to one of them). */
  readonly guilds: () => Iterable<string>;
}

interface DiscordWiring {
  readonly platform: DiscordPlatform;
  /** Adds the handlers to a gateway client; its `interactionRest` edits its deferred replies. */
  attach(clients: DiscordClients): void;
}

function wireDiscord(o: DiscordWiringOptions): DiscordWiring {
  const { deps, log } = o;
  // Whose language: Discord tells us each person's with every interaction (`locale`), remembered for DMs.
  // Work after an ack gives its slot back while a REST request waits under Discord's rate limit: a
  // winning Accept makes several, and under load each waits its turn behind others.
  const afterAck = o.afterAck ?? new Limiter(AFTER_ACK_CONCURRENCY);
  const platform = new DiscordPlatform(o.rest, new ReaderLocales(deps.communities, deps), (request) => afterAck.aside(request));

  const deliveries = new DeliveryGate(deps.db, deps.clock, log);
  const dmGuilds = new DmGuilds(o.rest, {
    guilds: o.guilds,
    // The in-memory copy first: a DM may carry a crisis, and its reply must not wait on the database.
    isSetUp: async (guild) => {
      const ref = communityRef(guild);
      return (deps.communities.peek(ref) ?? (await deps.communities.get(deps.db, ref).catch(() => null))) !== null;
    },
  });
  /** The guild a DM belongs to; throws when Discord could not say (see dm-guilds.ts). */
  const guildOfDm = async (user: string): Promise<string> => (await dmGuilds.of(user)) ?? UNKNOWN_GUILD;

  async function actorOf(i: Interaction): Promise<Actor> {
    const guild = i.guildId ?? (await guildOfDm(i.user.id));
    const roles = i.inCachedGuild() ? [...i.member.roles.cache.keys()] : Array.isArray(i.member?.roles) ? i.member.roles : [];
    return {
      user: userRef(guild, i.user.id),
      community: communityRef(guild),
      platformAdmin: i.memberPermissions?.has(PermissionFlagsBits.ManageGuild) === true,
      roles: roles.map((r) => roleRef(guild, r)),
    };
  }

  // Every exception ends in the guard: from a use case (`guard.run`), from a listener, or from the client.
  const guard = createGuard(log, 'discord', isDiscordError);
  const commands = discordCommands(deps, o.dashboardUrl);

  /** A replayed interaction (same id) gets one effect; a slow or missing database lets it go ahead. */
  async function isReplay(i: Interaction): Promise<boolean> {
    // "Support you can reach now" is answered from memory and harmless to repeat: no check at all.
    if (i.isButton() && repeatable(parseAction(i.customId))) return false;
    return !(await deliveries.first('discord-interaction', i.id));
  }

  async function onAutocomplete(i: AutocompleteInteraction): Promise<void> {
    const focused = i.options.getFocused(true);
    const typed = String(focused.value).toLowerCase();
    const settings = deps.communities.peek(communityRef(i.guildId ?? UNKNOWN_GUILD))?.settings ?? defaultSettings();
    if (focused.name === 'check-in') {
      await i.respond(settings.checkInOffsetsHours.filter((h) => String(h).startsWith(typed)).map((h) => ({ name: `after ${h} hours`, value: h })));
      return;
    }
    await i.respond(settings.topics.filter((t) => t.includes(typed)).slice(0, 25).map((t) => ({ name: t, value: t })));
  }

  const trim: DiscordTrimContext = { deps, guard, commands, actorOf, isReplay };

  async function onInteraction(i: Interaction, editReply: EditReply): Promise<void> {
    if (i.isAutocomplete()) return onAutocomplete(i);
    // TRiM's selects and modals, and its Assess buttons (a form on Slack: handleAction cannot answer them).
    if (isTrimInteraction(i)) return onTrimInteraction(trim, i);
    if (!i.isChatInputCommand() && !i.isButton()) return;
    // Acknowledge first: the database may be slow and Discord drops what is not answered in 3 s.
    const arrived = performance.now();
    await i.deferReply({ flags: MessageFlags.Ephemeral });
    deps.metrics?.interactionAcked('discord', performance.now() - arrived);
    const work = async () => {
      const own = resolveLocale(i.locale, deps.communities.peek(communityRef(i.guildId ?? UNKNOWN_GUILD))?.settings.language);
      if (await isReplay(i)) {
        await editReply(i, { text: t('adapter.alreadyDone') }, own);
        return;
      }
      // A DM's guild comes from Discord: when it cannot say, the person hears that, not "not set up".
      const found = await guard.run('dm-guild', async () => ok(await actorOf(i)));
      if (!found.ok) {
        await editReply(i, viewOf(found), own);
        return;
      }
      const actor = found.value;
      platform.locales.remember(actor.user, i.locale, actor.community);
      const view = i.isChatInputCommand() ? await runCommand(commands, guard, actor, parseCommand(i)) : await guard.view('action', () => handleAction(deps, actor, i.customId));
      await editReply(i, view, platform.locales.person(actor.user, actor.community));
    };
    // Crisis language in a /listen note is answered before anything else, never queued behind a burst.
    // What core leaves for after the answer (a new request's card) starts once the reply is sent.
    if ((i.isChatInputCommand() && skipsTheQueue(parseCommand(i))) || (i.isButton() && actionSkipsTheQueue(parseAction(i.customId)))) await answering(work);
    else await afterAck.run(() => answering(work));
  }

  async function onMessage(m: Message): Promise<void> {
    if (m.author.bot || m.system) return;
    // When Discord cannot say which guild a DM belongs to, the fault is logged and the message is still
    // read (outside any community), so a crisis in it is answered; nothing is remembered from it.
    const guild = m.guildId ?? (await guildOfDm(m.author.id).catch((error: unknown) => {
      guard.report('dm-guild', error);
      return UNKNOWN_GUILD;
    }));
    const place: MessagePlace =
      m.guildId === null ? { kind: 'dm' } : m.channel.isThread() ? { kind: 'space', space: spaceRef(guild, m.channelId) } : { kind: 'channel', channel: channelRef(guild, m.channelId) };
    await handleMessage(deps, {
      community: communityRef(guild),
      author: userRef(guild, m.author.id),
      place,
      text: m.content,
      message: messageRef(guild, m.channelId, m.id),
      // Core asks within the crisis reply's bounded wait: the database never holds that reply.
      isFirstDelivery: () => deliveries.first('discord-message', m.id),
    });
  }

  return {
    platform,
    attach({ client, interactionRest }) {
      const editReply: EditReply = (i, view, locale) =>
        interactionRest.patch(Routes.webhookMessage(i.applicationId, i.token, '@original'), { body: ephemeralBody(view, locale), auth: false });
      client.on(Events.InteractionCreate, (i) => {
        onInteraction(i, editReply).catch((error: unknown) => guard.report('interaction', error));
      });
      client.on(Events.MessageCreate, (m) => {
        onMessage(m).catch((error: unknown) => guard.report('message', error));
      });
      client.on(Events.Error, (error) => guard.report('client', error));
    },
  };
}

/** Logs a gateway client in and resolves once every shard it runs is ready. */
async function connect(clients: DiscordClients): Promise<void> {
  const ready = new Promise<void>((resolve) => clients.client.once(Events.ClientReady, () => resolve()));
  await clients.client.login(clients.token);
  await ready;
}

export async function startDiscord(o: DiscordOptions): Promise<DiscordService> {
  const { client } = o.clients;
  const wiring = wireDiscord({ ...o, rest: client.rest, guilds: () => client.guilds.cache.keys() });
  o.router.register('discord', wiring.platform);
  wiring.attach(o.clients);
  await connect(o.clients);
  o.log.info('discord.started', { guilds: client.guilds.cache.size, messageContent: o.clients.messageContent, shards: client.options.shards });

  return {
    name: 'discord',
    client,
    platform: wiring.platform,
    // i18n-exempt: a readiness reason for /readyz, read by operators and orchestrators
    ready: () => (client.isReady() ? null : 'not connected to the gateway'),
    async stop() {
      o.router.unregister('discord');
      await client.destroy();
    },
  };
}

export interface ShardedDiscordOptions extends Omit<DiscordOptions, 'clients'> {
  /** The bot's REST client, for the life of the process: scheduled jobs send through it on every replica. */
  readonly rest: REST;
  /** Builds a gateway client that identifies exactly these shard ids (src/clients/discord.ts). */
  readonly build: (shards: readonly number[]) => DiscordClients;
}

export interface ShardedDiscordService {
  readonly name: 'discord';
  readonly platform: DiscordPlatform;
  /**
   * Runs exactly these shards: discord.js cannot change a client's shards, so the client is destroyed
   * and a new one logs in. Interactions already deferred finish on the REST clients, which stay.
   */
  apply(shards: readonly number[]): Promise<void>;
  /** Null when every shard this replica should run is connected (none is fine: it still sends jobs). */
  ready(): string | null;
  stop(): Promise<void>;
}

/** How long a new gateway client may take to be ready, in ms, plus {@link IDENTIFY_SPACING_MS} per shard. */
const LOGIN_TIMEOUT_MS = 30_000;
/** discord.js identifies one shard per 5 s (plus up to 1.5 s of jitter) in each identify bucket, in ms. */
const IDENTIFY_SPACING_MS = 6_500;

/**
 * The Discord adapter for a replica that runs a changing share of the shards (see
 * scheduler/shard-claims.ts). The platform is registered at once, so this replica's scheduler delivers
 * Discord jobs whether or not it holds a shard; the gateway client comes and goes with `apply`.
 */
export function startShardedDiscord(o: ShardedDiscordOptions): ShardedDiscordService {
  let current: DiscordClients | null = null;
  let wanted: readonly number[] = [];
  // DMs arrive only on shard 0, whose replica's client holds only its own shards' guilds: a DM is
  // matched against every set-up Discord guild the community directory holds in memory as well.
  const wiring = wireDiscord({ ...o, guilds: () => dmCandidates(current?.client.guilds.cache.keys() ?? [], o.deps.communities.refs()) });
  o.router.register('discord', wiring.platform);
  const disconnect = async () => {
    const closing = current;
    current = null;
    await closing?.client.destroy();
  };
  return {
    name: 'discord',
    platform: wiring.platform,
    async apply(shards) {
      wanted = shards;
      await disconnect();
      if (shards.length === 0) return;
      const clients = o.build(shards);
      wiring.attach(clients);
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      try {
        // discord.js keeps retrying a gateway that does not answer: bound the wait, so a switch ends.
        const timeoutMs = LOGIN_TIMEOUT_MS + IDENTIFY_SPACING_MS * shards.length;
        const timedOut = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`shards ${shards.join(',')} not ready within ${timeoutMs} ms`)), timeoutMs);
        });
        await Promise.race([connect(clients), timedOut]);
      } catch (error) {
        await clients.client.destroy();
        throw error;
      } finally {
        clearTimeout(timer);
      }
      current = clients;
      o.log.info('discord.shards_connected', { shards, of: clients.client.options.shardCount, guilds: clients.client.guilds.cache.size, ms: Math.round(performance.now() - started) });
    },
    // i18n-exempt: a readiness reason for /readyz, read by operators and orchestrators
    ready: () => (wanted.length === 0 || current?.client.isReady() === true ? null : 'not connected to the gateway'),
    async stop() {
      await disconnect();
      o.router.unregister('discord');
    },
  };
}
