/** The real Bolt app on an ephemeral port, wired to core and a test database, talking to the fake Web API. */
import type { Limiter } from '../../src/core/limiter.js';
import { PlatformRouter } from '../../src/adapters/router.js';
import { buildSlackClients } from '../../src/clients/slack.js';
import { startSlack, type SlackService } from '../../src/adapters/slack/app.js';
import type { CoreDeps } from '../../src/core/deps.js';
import type { Clock } from '../../src/core/ports.js';
import type { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { createTestCore, type TestCore } from '../support/core.js';
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { click, command, FakeSlackApi, sendToBolt, submit, type SendOptions, type SlackBody } from '../fakes/slack/index.js';

export const TEAM = 'T0TEAM';
export const SECRET = 'test-signing-secret';
export const ADMIN = 'U0ADMIN';
export const VOLUNTEER_CHANNEL = 'C0VOL';

export interface SlackHarness {
  readonly fake: FakeSlackApi;
  readonly slack: SlackService;
  readonly core: TestCore;
  readonly deps: CoreDeps;
  readonly url: string;
  send(body: SlackBody, options?: SendOptions): Promise<{ status: number; text: string; ms: number }>;
  /** Stops the bot and starts a new one (fresh in-memory state) on the same database and fake Slack. */
  restart(): Promise<SlackHarness>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  readonly database?: Pick<CoreDeps, 'db'>;
  /** Core's clock; the wall clock when unset (Slack's request signatures always use the wall clock). */
  readonly clock?: Clock;
  readonly trimNotes?: NotesCipher;
  /** The bound on work after acks (the adapter makes its own when unset). */
  readonly afterAck?: Limiter;
}

export async function startSlackHarness(database: TestDatabase, o: HarnessOptions = {}): Promise<SlackHarness> {
  const fake = await FakeSlackApi.start({ teamId: TEAM, botUserId: 'U0BOT', botId: 'B0BOT', users: [], channels: [], open: true, admins: [ADMIN] });
  return startBot(database, fake, o);
}

async function startBot(database: TestDatabase, fake: FakeSlackApi, o: HarnessOptions): Promise<SlackHarness> {
  const core = createTestCore(database);
  const router = new PlatformRouter();
  const deps: CoreDeps = {
    ...core.deps,
    ...(o.database ?? {}),
    platform: router,
    clock: o.clock ?? (() => new Date()),
    ...(o.trimNotes === undefined ? {} : { trimNotes: o.trimNotes }),
  };
  // The same factory main.ts uses, from the same shape of configuration.
  const clients = buildSlackClients({ botToken: 'xoxb-test', mode: { kind: 'http', signingSecret: SECRET }, apiUrl: fake.apiUrl }, { log: core.log, retries: 0 });
  const slack = await startSlack({ deps, router, log: core.log, clients, port: 0, host: '127.0.0.1', dashboardUrl: 'https://dash.example.org', ...(o.afterAck === undefined ? {} : { afterAck: o.afterAck }) });
  const url = `http://127.0.0.1:${slack.port}/slack/events`;
  return {
    fake,
    slack,
    core,
    deps,
    url,
    send: (body, options) => sendToBolt(url, SECRET, body, options),
    async restart() {
      await core.settle();
      await slack.stop();
      return startBot(database, fake, o);
    },
    async stop() {
      await core.settle();
      await slack.stop();
      await fake.stop();
    },
  };
}

/**
 * One harness for a test file: a test database and a running bot made before its tests (handed to `set`),
 * stopped and dropped after them.
 */
export function useSlackHarness(set: (h: SlackHarness, database: TestDatabase) => void, o: HarnessOptions = {}): void {
  let database: TestDatabase | undefined;
  let h: SlackHarness | undefined;
  // The bot a test restarts (`h.restart()`) is the one stopped after the file, not the one it replaced.
  const following = (harness: SlackHarness): SlackHarness => ({
    ...harness,
    restart: async () => (h = following(await harness.restart())),
  });
  beforeAll(async () => {
    database = await createTestDatabase();
    h = following(await startSlackHarness(database, o));
    set(h, database);
  }, 120_000);
  afterAll(async () => {
    await h?.stop();
    await database?.dispose();
  });
}

/**
 * Each test is its own workspace (`prefix` + a number, handed to `set`): work Slack acknowledged in one
 * test may still be finishing when the next begins, so tests share the database but never a community.
 */
export function teamPerTest(prefix: string, set: (team: string, n: number) => void): void {
  let teams = 0;
  beforeEach(() => {
    teams += 1;
    set(`${prefix}${teams}`, teams);
  });
}

let replyIds = 0;

/** `/peer …` (or another command) from `user` in `team`: the private reply as a person reads it, text then blocks. */
export async function commandReply(h: SlackHarness, team: string, user: string, text: string, name = '/peer', channel = 'C0GENERAL'): Promise<string> {
  const id = `reply${(replyIds += 1)}`;
  expect((await h.send(command(team, user, channel, text, h.fake.responseUrl(id), name))).status).toBe(200);
  const [reply] = await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? h.fake.responsesFor(id) : null));
  // What the bot started after the reply (a new request's card) has finished too.
  await h.core.settle();
  return `${String(reply!['text'])}\n${JSON.stringify(reply!['blocks'])}`;
}

/** A button click by `user` in `team`: the reply's text. */
export async function clickReply(h: SlackHarness, team: string, user: string, actionId: string): Promise<string> {
  const id = `reply${(replyIds += 1)}`;
  expect((await h.send(click(team, user, actionId, h.fake.responseUrl(id)))).status).toBe(200);
  const [reply] = await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? h.fake.responsesFor(id) : null));
  return String(reply!['text']);
}

/** The Peerline action ids of a message's buttons. */
export const actionIdsIn = (m: { blocks: unknown[] } | undefined): string[] =>
  JSON.stringify(m?.blocks ?? []).match(/"action_id":"(pl:[^"]+)"/g)?.map((s) => s.slice('"action_id":"'.length, -1)) ?? [];

/** `/peer setup` submitted by ADMIN (GB, Europe/London, 30 days, VOLUNTEER_CHANNEL); resolves once the set-up DM arrived. */
export async function setUpWorkspace(h: SlackHarness, team: string): Promise<void> {
  const dmsBefore = h.fake.privateTo(ADMIN).length;
  const before = h.fake.callsTo('views.open').length;
  await h.send(command(team, ADMIN, 'C0GENERAL', 'setup', h.fake.responseUrl(`setup-${team}`)));
  await h.fake.waitFor(() => h.fake.callsTo('views.open').length > before);
  await h.send(
    submit(team, ADMIN, 'pl:form:setup', {
      volunteer_channel: { volunteer_channel: { type: 'conversations_select', selected_conversation: VOLUNTEER_CHANNEL } },
      coordinators: { coordinators: { type: 'multi_users_select', selected_users: [ADMIN] } },
      country: { country: { type: 'plain_text_input', value: 'GB' } },
      time_zone: { time_zone: { type: 'plain_text_input', value: 'Europe/London' } },
      retention_days: { retention_days: { type: 'number_input', value: '30' } },
    }),
  );
  await h.fake.waitFor(() => h.fake.privateTo(ADMIN).slice(dmsBefore).some((t) => t.includes('Peerline is set up')), 10_000);
}
