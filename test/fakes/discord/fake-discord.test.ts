/**
 * The real discord.js 14 client against FakeDiscord: login, interactions, threads, DMs, REST faults,
 * gateway resume and shutdown. Each test asserts what Discord would have seen or what the bot received.
 */
import {
  ButtonInteraction,
  ChannelType,
  Client,
  DiscordAPIError,
  GatewayIntentBits,
  MessageFlags,
  ModalSubmitInteraction,
  Partials,
  TextInputStyle,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type TextChannel,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DiscordErrors, FakeDiscord, type FakeDiscordOptions } from './index.js';

const APP = '1200000000000000001';
const BOT = '1200000000000000002';
const GUILD = '1100000000000000001';
const GENERAL = '1400000000000000001';
const SESSIONS = '1400000000000000002';
const OPEN_THREAD = '1400000000000000003';
const OWNER = '1300000000000000001';
const SEEKER = '1300000000000000002';
const VOLUNTEER = '1300000000000000003';
const CLOSED_DMS = '1300000000000000004';
const VOLUNTEER_ROLE = '1500000000000000001';

const fixture: FakeDiscordOptions = {
  applicationId: APP,
  botUserId: BOT,
  token: 'fake-bot-token',
  guilds: [
    {
      id: GUILD,
      name: 'Peer Support',
      ownerId: OWNER,
      roles: [{ id: VOLUNTEER_ROLE, name: 'Volunteers' }],
      channels: [
        { id: GENERAL, name: 'general' },
        { id: SESSIONS, name: 'sessions', topic: 'Private session threads open here' },
        { id: OPEN_THREAD, name: 'Session 1', type: ChannelType.PrivateThread, parentId: SESSIONS, memberIds: [BOT, SEEKER] },
      ],
      members: [
        { id: OWNER, username: 'owner' },
        { id: SEEKER, username: 'seeker', globalName: 'Sam' },
        { id: VOLUNTEER, username: 'volunteer', roles: [VOLUNTEER_ROLE] },
        { id: CLOSED_DMS, username: 'private_person', dmsClosed: true },
      ],
    },
  ],
};

function newClient(fake: FakeDiscord): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
    partials: [Partials.Channel],
    rest: { api: fake.apiUrl },
  });
}

async function loggedIn(client: Client): Promise<void> {
  const ready = new Promise<void>((resolve) => client.once('clientReady', () => resolve()));
  await client.login('fake-bot-token');
  await ready;
}

/** The next `messageCreate` that passes the filter. */
function nextMessage(client: Client, filter: (m: Message) => boolean, timeoutMs = 2000): Promise<Message> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.off('messageCreate', listener);
      reject(new Error('no matching messageCreate'));
    }, timeoutMs);
    const listener = (message: Message) => {
      if (!filter(message)) return;
      clearTimeout(timer);
      client.off('messageCreate', listener);
      resolve(message);
    };
    client.on('messageCreate', listener);
  });
}

describe('discord.js against FakeDiscord', () => {
  let fake: FakeDiscord;
  let client: Client;
  let loginMs = 0;
  let onInteraction: (interaction: Interaction) => Promise<void> = async () => undefined;
  const handlerErrors: unknown[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start(fixture);
    client = newClient(fake);
    client.on('interactionCreate', (interaction) => {
      onInteraction(interaction).catch((error: unknown) => handlerErrors.push(error));
    });
    const started = performance.now();
    await loggedIn(client);
    loginMs = performance.now() - started;
  });

  afterAll(async () => {
    await client.destroy();
    await fake.stop();
    expect(handlerErrors).toEqual([]);
    expect(fake.unhandledCalls()).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
  });

  it('logs in: ready fires within 2 s with the fixture guild, channels and members cached', () => {
    expect(loginMs).toBeLessThan(2000);
    expect(client.user?.id).toBe(BOT);
    expect(client.application?.id).toBe(APP);
    const guild = client.guilds.cache.get(GUILD);
    expect(guild?.name).toBe('Peer Support');
    // Active threads the bot is in come in GUILD_CREATE `threads` and join the guild's channel cache.
    expect(guild?.channels.cache.map((c) => c.name).sort()).toEqual(['Session 1', 'general', 'sessions']);
    expect(guild?.members.cache.get(VOLUNTEER)?.roles.cache.has(VOLUNTEER_ROLE)).toBe(true);
    const identify = fake.gateway.identifies[0];
    expect(identify?.token).toBe('fake-bot-token');
    expect((identify?.intents ?? 0) & GatewayIntentBits.MessageContent).not.toBe(0);
    expect(fake.gateway.connectionUrls[0]).toMatch(/\?v=10&encoding=json$/);
  });

  it('slash command: deferReply(ephemeral) then editReply is a type 5 callback with flags 64 and a PATCH to @original', async () => {
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply({ flags: MessageFlags.Ephemeral });
      await i.editReply(`Noted: ${i.options.getString('topic', true)}`);
    };
    const payload = fake.build.slashCommand({ user: SEEKER, channel: GENERAL, name: 'request', options: { topic: 'sleep' } });
    const callback = await fake.sendInteraction(payload);

    expect(callback).toMatchObject({ type: 5, data: { flags: MessageFlags.Ephemeral }, withResponse: false });
    const edit = await fake.waitForCall({ method: 'PATCH', pathPattern: `/webhooks/${APP}/${payload.token}/messages/@original` });
    expect(edit.body).toMatchObject({ content: 'Noted: sleep' });
    expect(edit.authorized).toBe(false);
    const reply = fake.state.messagesIn(GENERAL, SEEKER).at(-1);
    expect(reply).toMatchObject({ content: 'Noted: sleep', flags: MessageFlags.Ephemeral });
    expect(fake.state.messagesIn(GENERAL, VOLUNTEER).map((m) => m.id)).not.toContain(reply?.id);
  });

  it('slash command with a subcommand group resolves user options and member permissions', async () => {
    let seen: ChatInputCommandInteraction | null = null;
    let responseMessageId: string | undefined;
    onInteraction = async (i) => {
      if (!i.isChatInputCommand()) return;
      seen = i;
      const response = await i.reply({ content: `enrolled ${i.options.getUser('user', true).username}`, flags: MessageFlags.Ephemeral, withResponse: true });
      responseMessageId = response.resource?.message?.id;
    };
    const callback = await fake.sendInteraction(
      fake.build.slashCommand({ user: OWNER, channel: GENERAL, name: 'peerline', subcommandGroup: 'volunteer', subcommand: 'enrol', options: { user: { type: 6, value: VOLUNTEER } } }),
    );
    expect(callback).toMatchObject({ type: 4, data: { content: 'enrolled volunteer', flags: MessageFlags.Ephemeral }, withResponse: true });
    // The callback is recorded when the request arrives; the handler sees the response a moment later.
    await expect.poll(() => responseMessageId).toBe(fake.state.messagesIn(GENERAL, OWNER).at(-1)?.id);
    const interaction = seen as ChatInputCommandInteraction | null;
    expect(interaction?.options.getSubcommandGroup()).toBe('volunteer');
    expect(interaction?.options.getSubcommand()).toBe('enrol');
    expect(interaction?.memberPermissions?.has('Administrator')).toBe(true);
    expect(interaction?.guildId).toBe(GUILD);
  });

  it('buttons: update edits the message the button was on; reply(ephemeral) posts a private reply', async () => {
    const general = client.channels.cache.get(GENERAL) as TextChannel;
    const offer = await general.send({
      content: 'A request is waiting',
      components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'accept:42', label: 'Accept' }] }],
    });
    onInteraction = async (i) => {
      if (!(i instanceof ButtonInteraction)) return;
      if (i.customId === 'accept:42') await i.update({ content: 'Taken by a volunteer', components: [] });
      else await i.reply({ content: 'Only volunteers can do that', flags: MessageFlags.Ephemeral });
    };

    const update = await fake.sendInteraction(fake.build.button({ user: VOLUNTEER, customId: 'accept:42', message: offer.id }));
    expect(update).toMatchObject({ type: 7, data: { content: 'Taken by a volunteer', components: [] } });
    expect(fake.state.messages.get(offer.id)?.payload).toMatchObject({ content: 'Taken by a volunteer', components: [] });

    const refusal = await fake.sendInteraction(fake.build.button({ user: SEEKER, channel: GENERAL, customId: 'decline:42' }));
    expect(refusal).toMatchObject({ type: 4, data: { content: 'Only volunteers can do that', flags: MessageFlags.Ephemeral } });
    expect(fake.state.messagesIn(GENERAL, VOLUNTEER).map((m) => m.content)).not.toContain('Only volunteers can do that');
  });

  it('modals: showModal is a type 9 callback; the submit carries the field values, in a DM too', async () => {
    let fields: string | null = null;
    onInteraction = async (i) => {
      if (i.isButton()) {
        await i.showModal({
          custom_id: 'note',
          title: 'Add a note',
          components: [{ type: 1, components: [{ type: 4, custom_id: 'text', label: 'Note', style: TextInputStyle.Paragraph }] }],
        });
      } else if (i instanceof ModalSubmitInteraction) {
        fields = i.fields.getTextInputValue('text');
        await i.deferUpdate();
      }
    };
    // No channel: the click happens in the seeker's DM with the bot.
    const click = fake.build.button({ user: SEEKER, customId: 'open-note' });
    const modal = await fake.sendInteraction(click);
    expect(modal).toMatchObject({ type: 9, data: { custom_id: 'note', title: 'Add a note' } });

    const submitted = await fake.sendInteraction(fake.build.modalSubmit({ user: SEEKER, customId: 'note', fields: { text: 'Nights are hard' }, message: click.message.id }));
    expect(submitted.type).toBe(6);
    expect(fields).toBe('Nights are hard');
  });

  it('threads and DMs: a private thread with a member and a message, and a DM, land in REST calls and state', async () => {
    const sessions = client.channels.cache.get(SESSIONS) as TextChannel;
    const thread = await sessions.threads.create({ name: 'Session 42', type: ChannelType.PrivateThread, invitable: false });
    await thread.members.add(SEEKER);
    await thread.send('Welcome, you are with a volunteer now.');
    const volunteer = await client.users.fetch(VOLUNTEER);
    await volunteer.send('You have a new session.');

    expect(fake.callsTo('POST', `/channels/${SESSIONS}/threads`)[0]?.body).toMatchObject({ name: 'Session 42', type: 12, invitable: false });
    expect(fake.callsTo('PUT', `/channels/${thread.id}/thread-members/${SEEKER}`)).toHaveLength(1);
    expect(fake.callsTo('POST', '/users/@me/channels').at(-1)?.body).toEqual({ recipient_id: VOLUNTEER });
    const stored = fake.state.channel(thread.id);
    expect(stored).toMatchObject({ kind: 'thread', type: ChannelType.PrivateThread, invitable: false, parentId: SESSIONS });
    expect(stored?.kind === 'thread' ? [...stored.members.keys()].sort() : []).toEqual([BOT, SEEKER].sort());
    expect(fake.state.messagesIn(thread.id).map((m) => m.content)).toEqual(['Welcome, you are with a volunteer now.']);
    const dm = fake.state.dmChannelOf(VOLUNTEER) ?? '';
    expect(fake.state.messagesIn(dm).map((m) => m.content)).toEqual(['You have a new session.']);
    // THREAD_CREATE reached the client, so the thread is cached like on Discord.
    expect(client.channels.cache.get(thread.id)?.type).toBe(ChannelType.PrivateThread);
  });

  it('closing a thread: archive + lock is a PATCH; posting afterwards fails with 50083', async () => {
    const sessions = client.channels.cache.get(SESSIONS) as TextChannel;
    const thread = await sessions.threads.create({ name: 'Session 43', type: ChannelType.PrivateThread, invitable: false });
    await thread.edit({ archived: true, locked: true });
    expect(fake.callsTo('PATCH', `/channels/${thread.id}`).at(-1)?.body).toEqual({ archived: true, locked: true });
    expect(fake.state.channel(thread.id)).toMatchObject({ archived: true, locked: true });
    await expect(thread.send('too late')).rejects.toMatchObject({ code: 50083 });
  });

  it('messageCreate: a DM from a person arrives as a DM channel message (Partials.Channel)', async () => {
    const received = nextMessage(client, (m) => m.author.id === SEEKER);
    fake.sendMessage({ author: SEEKER, channel: 'dm', content: 'Can someone talk tonight?' });
    const message = await received;
    expect(message.content).toBe('Can someone talk tonight?');
    expect(message.channel.type).toBe(ChannelType.DM);
    expect(message.guildId).toBeNull();
  });

  it('messageCreate: a message in a private thread from the fixture arrives with its guild, thread and content', async () => {
    const received = nextMessage(client, (m) => m.author.id === SEEKER && m.channelId === OPEN_THREAD);
    fake.sendMessage({ author: SEEKER, channel: OPEN_THREAD, content: 'Thanks for listening' });
    const message = await received;
    expect(message.content).toBe('Thanks for listening');
    expect(message.guildId).toBe(GUILD);
    expect(message.channel.isThread() && message.channel.parentId).toBe(SESSIONS);
    expect(message.member?.id).toBe(SEEKER);
  });

  it('REST faults: an injected 403 surfaces as DiscordAPIError 50013; a 429 is retried and succeeds', async () => {
    const general = client.channels.cache.get(GENERAL) as TextChannel;
    fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', ...DiscordErrors.missingPermissions });
    const denied = await general.send('hello').catch((error: unknown) => error);
    expect(denied).toBeInstanceOf(DiscordAPIError);
    expect(denied).toMatchObject({ code: 50013, status: 403 });

    fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', status: 429, retryAfter: 0.2 });
    const started = Date.now();
    const sent = await general.send('after the limit');
    expect(sent.content).toBe('after the limit');
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(fake.callsTo('POST', `/channels/${GENERAL}/messages`).slice(-2).map((c) => c.status)).toEqual([429, 200]);

    // discord.js retries a 5xx up to 3 times on its own: one failure is invisible, four surface.
    fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', ...DiscordErrors.serverError });
    await expect(general.send('retried')).resolves.toMatchObject({ content: 'retried' });
    fake.failNext({ method: 'POST', pathPattern: '/channels/:id/messages', ...DiscordErrors.serverError, times: 4 });
    await expect(general.send('lost')).rejects.toMatchObject({ name: 'HTTPError', status: 500 });

    const closed = await client.users.fetch(CLOSED_DMS);
    await expect(closed.send('hi')).rejects.toMatchObject({ code: DiscordErrors.cannotSendToUser.code });
  });

  it('gateway drop: the client resumes, gets what was dispatched meanwhile, and later interactions still arrive', async () => {
    onInteraction = async (i) => {
      if (i.isChatInputCommand()) await i.reply({ content: `pong ${i.commandName}`, flags: MessageFlags.Ephemeral });
    };
    const resumed = fake.waitForGateway('resumed', 5000);
    fake.dropConnection();
    // Dispatched while the socket is down: replayed on RESUME.
    const during = await fake.sendInteraction(fake.build.slashCommand({ user: SEEKER, channel: GENERAL, name: 'during' }), { timeoutMs: 5000 });
    await resumed;
    const after = await fake.sendInteraction(fake.build.slashCommand({ user: SEEKER, channel: GENERAL, name: 'after' }));

    expect(during.data).toMatchObject({ content: 'pong during' });
    expect(after.data).toMatchObject({ content: 'pong after' });
    expect(fake.gateway.identifies).toHaveLength(1);
    expect(fake.gateway.connectionUrls.at(-1)).toMatch(/\/resume\?v=10&encoding=json$/);
  });
});

describe('gateway recovery', () => {
  it('op 7 Reconnect and an unanswered heartbeat (zombie connection) both end in a RESUME', async () => {
    const fake = await FakeDiscord.start({ ...fixture, heartbeatIntervalMs: 100 });
    const client = newClient(fake);
    try {
      await loggedIn(client);
      let resumed = fake.waitForGateway('resumed', 3000);
      fake.gateway.requestReconnect();
      await resumed;

      resumed = fake.waitForGateway('resumed', 3000);
      fake.gateway.ackHeartbeats = false;
      await new Promise((resolve) => fake.gateway.once('heartbeat', resolve));
      fake.gateway.ackHeartbeats = true;
      await resumed;

      expect(fake.gateway.identifies).toHaveLength(1);
      expect(fake.gateway.connectionUrls).toHaveLength(3);
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });
});

describe('interaction deadline', () => {
  it('a first callback later than the deadline fails with 10062 Unknown interaction, as after 3 s on Discord', async () => {
    const fake = await FakeDiscord.start({ ...fixture, interactionDeadlineMs: 50 });
    const client = newClient(fake);
    const failures: unknown[] = [];
    client.on('interactionCreate', (interaction) => {
      const late = async () => {
        await new Promise((resolve) => setTimeout(resolve, 100));
        if (interaction.isChatInputCommand()) await interaction.reply('too slow');
      };
      late().catch((error: unknown) => failures.push(error));
    });
    try {
      await loggedIn(client);
      const answered = fake.sendInteraction(fake.build.slashCommand({ user: SEEKER, channel: GENERAL, name: 'slow' }), { timeoutMs: 500 });
      await expect(answered).rejects.toThrow(/no callback/);
      expect(fake.callsTo('POST', '/interactions/:id/:token/callback').map((c) => c.status)).toEqual([404]);
      expect(failures).toEqual([expect.objectContaining({ code: DiscordErrors.unknownInteraction.code })]);
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });
});

describe('intents', () => {
  it('without MessageContent, a guild message arrives with empty content but DMs keep theirs, as on Discord', async () => {
    const fake = await FakeDiscord.start(fixture);
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
      partials: [Partials.Channel],
      rest: { api: fake.apiUrl },
    });
    try {
      await loggedIn(client);
      const inGuild = nextMessage(client, (m) => m.channelId === GENERAL);
      fake.sendMessage({ author: SEEKER, channel: GENERAL, content: 'I am not ok' });
      expect((await inGuild).content).toBe('');
      const inDm = nextMessage(client, (m) => m.channel.type === ChannelType.DM);
      fake.sendMessage({ author: SEEKER, channel: 'dm', content: 'I am not ok' });
      expect((await inDm).content).toBe('I am not ok');
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });
});

describe('shutdown', () => {
  it('client.destroy() then fake.stop() leaves no connection, session or listening port behind', async () => {
    const fake = await FakeDiscord.start(fixture);
    const client = newClient(fake);
    await loggedIn(client);
    const disconnected = new Promise<number>((resolve) => fake.gateway.once('disconnect', resolve));

    await client.destroy();
    expect(await disconnected).toBe(1000);
    expect(fake.gateway.sessionCount).toBe(0);
    await fake.stop();

    await expect(fetch(`${fake.apiUrl}/v10/gateway`)).rejects.toThrow();
    // Nothing else in this test file listens or connects, so no TCP handle may outlive the pair.
    await expect.poll(() => process.getActiveResourcesInfo().filter((r) => r.startsWith('TCP')), { timeout: 1000 }).toEqual([]);
  });
});

describe('shards', () => {
  // (id >> 22) % 2: the first guild is on shard 0 of 2, the second on shard 1.
  const ON_0 = '1100000000004194305';
  const ON_1 = '1100000000008388609';
  const CHANNEL_0 = '1400000000000000010';
  const CHANNEL_1 = '1400000000000000011';
  const guild = (id: string, channel: string) => ({
    id,
    name: `Guild ${id.slice(-4)}`,
    ownerId: OWNER,
    channels: [{ id: channel, name: 'general' }],
    members: [
      { id: OWNER, username: 'owner' },
      { id: SEEKER, username: 'seeker' },
    ],
  });
  const sharded: FakeDiscordOptions = { applicationId: APP, botUserId: BOT, token: 'fake-bot-token', guilds: [guild(ON_0, CHANNEL_0), guild(ON_1, CHANNEL_1)], shards: 2, maxConcurrency: 2 };

  function shardClient(fake: FakeDiscord, shard: number): Client {
    return new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages, GatewayIntentBits.MessageContent],
      partials: [Partials.Channel],
      rest: { api: fake.apiUrl },
      shards: [shard],
      shardCount: 2,
    });
  }

  it('GET /gateway/bot recommends the configured shard count and max_concurrency', async () => {
    const fake = await FakeDiscord.start(sharded);
    try {
      const answer = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: 'Bot fake-bot-token' } });
      expect(await answer.json()).toMatchObject({ shards: 2, session_start_limit: { max_concurrency: 2 } });
      fake.shards = 5;
      const later = await fetch(`${fake.apiUrl}/v10/gateway/bot`, { headers: { authorization: 'Bot fake-bot-token' } });
      expect(await later.json()).toMatchObject({ shards: 5 });
    } finally {
      await fake.stop();
    }
  });

  it('each shard gets its own guilds (id >> 22 % num_shards) and their events; DMs go to shard 0', async () => {
    const fake = await FakeDiscord.start(sharded);
    const clients = [shardClient(fake, 0), shardClient(fake, 1)];
    try {
      await Promise.all(clients.map((c) => loggedIn(c)));
      expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      expect(fake.gateway.liveShards().map(([id]) => id).sort()).toEqual([0, 1]);
      expect([...clients[0]!.guilds.cache.keys()]).toEqual([ON_0]);
      expect([...clients[1]!.guilds.cache.keys()]).toEqual([ON_1]);

      const seen: [number, string][] = [];
      for (const [shard, client] of clients.entries()) {
        client.on('interactionCreate', (i) => {
          seen.push([shard, i.guildId ?? 'dm']);
          if (i.isChatInputCommand()) void i.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
        });
      }
      await fake.sendInteraction(fake.build.slashCommand({ user: SEEKER, channel: CHANNEL_1, name: 'listen' }));
      await fake.sendInteraction(fake.build.slashCommand({ user: SEEKER, channel: CHANNEL_0, name: 'listen' }));
      await fake.sendInteraction(fake.build.slashCommand({ user: SEEKER, name: 'listen' }));
      expect(seen).toEqual([
        [1, ON_1],
        [0, ON_0],
        [0, 'dm'],
      ]);
      const dm = nextMessage(clients[0]!, (m) => m.guildId === null);
      fake.sendMessage({ author: SEEKER, channel: 'dm', content: 'hello' });
      expect((await dm).content).toBe('hello');
    } finally {
      await Promise.all(clients.map((c) => c.destroy()));
      await fake.stop();
    }
  });

  it('an event for a shard no session runs is lost, as on Discord; an IDENTIFY for a shard out of range is closed with 4010', async () => {
    const fake = await FakeDiscord.start(sharded);
    const client = shardClient(fake, 0);
    try {
      await loggedIn(client);
      expect(fake.gateway.dispatch('INTERACTION_CREATE', fake.build.slashCommand({ user: SEEKER, channel: CHANNEL_1, name: 'listen' }))).toBe(0);
      expect(fake.gateway.dispatch('INTERACTION_CREATE', fake.build.slashCommand({ user: SEEKER, channel: CHANNEL_0, name: 'listen' }))).toBe(1);

      const socket = new WebSocket(`${fake.gateway.url}/?v=10&encoding=json`);
      const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
      socket.once('message', () => socket.send(JSON.stringify({ op: 2, d: { token: 'fake-bot-token', intents: 1, shard: [2, 2], properties: {} } })));
      expect(await closed).toBe(4010);
    } finally {
      await client.destroy();
      await fake.stop();
    }
  });
});
