/** The real Bolt app on an ephemeral port, wired to core and a test database, talking to the fake Web API. */
import type { Limiter } from '../../src/adapters/limiter.js';
import { PlatformRouter } from '../../src/adapters/router.js';
import { buildSlackClients } from '../../src/clients/slack.js';
import { startSlack, type SlackService } from '../../src/adapters/slack/app.js';
import type { CoreDeps } from '../../src/core/deps.js';
import type { Clock } from '../../src/core/ports.js';
import type { NotesCipher } from '../../src/core/trim/notes-cipher.js';
import { createTestCore, type TestCore } from '../support/core.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { FakeSlackApi, sendToBolt, type SendOptions, type SlackBody } from '../fakes/slack/index.js';

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
      await slack.stop();
      return startBot(database, fake, o);
    },
    async stop() {
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
  beforeAll(async () => {
    database = await createTestDatabase();
    h = await startSlackHarness(database, o);
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
