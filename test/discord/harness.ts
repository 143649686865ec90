/** The real discord.js client, wired to core and a test database, against the local fake Discord. */
import { PermissionFlagsBits, Routes } from 'discord.js';
import { expect } from 'vitest';
import { PlatformRouter } from '../../src/adapters/router.js';
import { buildDiscordClients, buildDiscordRest } from '../../src/clients/discord.js';
import { startDiscord, type DiscordService } from '../../src/adapters/discord/app.js';
import type { Limiter } from '../../src/core/limiter.js';
import { COMMANDS } from '../../src/adapters/discord/commands.js';
import type { CoreDeps } from '../../src/core/deps.js';
import type { Clock } from '../../src/core/ports.js';
import type { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { createTestCore, type TestCore } from '../support/core.js';
import type { TestDatabase } from '../support/db.js';
import { callTo, FakeDiscord } from '../fakes/discord/index.js';

export const APP = '1400000000000000001';
export const BOT = '1500000000000000001';
export const GUILD = '1100000000000000001';
export const ADMIN = '1200000000000000001';
export const VOL1 = '1200000000000000002';
export const VOL2 = '1200000000000000003';
export const MEMBER = '1200000000000000004';
export const STRANGER = '1200000000000000005';
export const ANON = '1200000000000000006';
/** A member who does not accept DMs from server members: Discord answers 50007 to the bot's DMs. */
export const CLOSED = '1200000000000000007';
export const VOLUNTEERS = '1300000000000000001';
export const SESSIONS = '1300000000000000002';
export const GENERAL = '1300000000000000003';
const ADMIN_ROLE = '1600000000000000001';

export interface DiscordHarness {
  readonly fake: FakeDiscord;
  readonly discord: DiscordService;
  readonly core: TestCore;
  readonly deps: CoreDeps;
  /** Runs a slash command; resolves with the ephemeral reply's JSON (content and embeds) as text. */
  slash(user: string, name: string, o?: { subcommand?: string; subcommandGroup?: string; options?: Record<string, string | number | boolean>; channel?: string; locale?: string }): Promise<string>;
  /** Presses a button on a message; resolves with the ephemeral reply as text. */
  press(user: string, customId: string, message: string): Promise<string>;
  stop(): Promise<void>;
}

export interface DiscordHarnessOptions {
  readonly db?: CoreDeps['db'];
  /** Core's clock; the wall clock when unset. */
  readonly clock?: Clock;
  readonly trimNotes?: NotesCipher;
  /** The limiter bounding work after the deferral (the adapter's own when unset). */
  readonly afterAck?: Limiter;
}

export async function startDiscordHarness(database: TestDatabase, o: DiscordHarnessOptions = {}): Promise<DiscordHarness> {
  const member = (id: string, username: string, roles: string[] = [], dmsClosed = false) => ({ id, username, roles, dmsClosed });
  const fake = await FakeDiscord.start({
    applicationId: APP,
    botUserId: BOT,
    guilds: [
      {
        id: GUILD,
        name: 'Test Server',
        ownerId: ADMIN,
        roles: [{ id: ADMIN_ROLE, name: 'Admins', permissions: PermissionFlagsBits.ManageGuild }],
        channels: [
          { id: VOLUNTEERS, name: 'volunteers' },
          { id: SESSIONS, name: 'sessions' },
          { id: GENERAL, name: 'general' },
        ],
        members: [member(ADMIN, 'admin', [ADMIN_ROLE]), member(VOL1, 'vol1'), member(VOL2, 'vol2'), member(MEMBER, 'member'), member(STRANGER, 'stranger'), member(ANON, 'anon'), member(CLOSED, 'closed', [], true)],
      },
    ],
  });
  await buildDiscordRest({ token: 'test-token', apiUrl: fake.apiUrl }).put(Routes.applicationGuildCommands(APP, GUILD), { body: COMMANDS });
  const core = createTestCore(database);
  const router = new PlatformRouter();
  const deps: CoreDeps = {
    ...core.deps,
    ...(o.db === undefined ? {} : { db: o.db }),
    platform: router,
    clock: o.clock ?? (() => new Date()),
    ...(o.trimNotes === undefined ? {} : { trimNotes: o.trimNotes }),
  };
  // The same factory main.ts uses, from the same shape of configuration.
  const clients = buildDiscordClients({ token: 'test-token', apiUrl: fake.apiUrl, messageContent: true });
  const discord = await startDiscord({ deps, router, log: core.log, clients, dashboardUrl: 'https://dash.example.org', ...(o.afterAck === undefined ? {} : { afterAck: o.afterAck }) });

  // The reply, once what the bot started after it (a new request's card) has finished too.
  const replyOf = async (token: string): Promise<string> => {
    const call = await fake.waitForCall(callTo('PATCH', `/webhooks/${APP}/${token}/messages/@original`), 5000);
    await core.settle();
    return JSON.stringify(call.body);
  };
  return {
    fake,
    discord,
    core,
    deps,
    async slash(user, name, opts = {}) {
      const payload = fake.build.slashCommand({ user, name, channel: opts.channel ?? GENERAL, ...(opts.subcommand === undefined ? {} : { subcommand: opts.subcommand }), ...(opts.subcommandGroup === undefined ? {} : { subcommandGroup: opts.subcommandGroup }), ...(opts.options === undefined ? {} : { options: opts.options }), ...(opts.locale === undefined ? {} : { locale: opts.locale }) });
      const first = await fake.sendInteraction(payload);
      // Every reply to a person is private: the deferral itself carries the ephemeral flag (64).
      if (first.type !== 5 || first.data?.['flags'] !== 64) throw new Error(`expected an ephemeral deferred reply first, got ${JSON.stringify(first)}`);
      return replyOf(payload.token);
    },
    async press(user, customId, message) {
      const payload = fake.build.button({ user, customId, message });
      const first = await fake.sendInteraction(payload);
      if (first.type !== 5 || first.data?.['flags'] !== 64) throw new Error(`expected an ephemeral deferred reply first, got ${JSON.stringify(first)}`);
      return replyOf(payload.token);
    },
    async stop() {
      await core.settle();
      await discord.stop();
      await fake.stop();
    },
  };
}

/** Sets the test server up as an admin would (volunteer and sessions channels, GB, London), then enrols `volunteers` and puts them on duty. */
export async function setUpServer(h: DiscordHarness, volunteers: readonly string[], capacity: number): Promise<void> {
  expect(await h.slash(ADMIN, 'peer-admin', { subcommand: 'setup', options: { 'volunteer-channel': VOLUNTEERS, 'sessions-channel': SESSIONS, country: 'GB', 'time-zone': 'Europe/London' } })).toContain('Peerline is set up');
  for (const v of volunteers) {
    expect(await h.slash(ADMIN, 'peer-admin', { subcommandGroup: 'volunteer', subcommand: 'add', options: { user: v, tags: 'grief', 'trained-until': '2027-06-30', capacity } })).toContain('Volunteer enrolled');
    expect(await h.slash(v, 'duty', { subcommand: 'on' })).toContain('You are on duty');
  }
}
