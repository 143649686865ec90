/**
 * Several real `peerline start` processes on one PostgreSQL database, all serving the same Slack app
 * against the fake Slack, and the whole flow driven through them with every delivery made twice — the
 * second to another replica — as Slack's retries and replayed payloads arrive. Used by the HTTP-mode
 * (behind a round-robin proxy) and Socket Mode replica tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Actor } from '../../src/core/actor.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createTestCore, must } from '../support/core.js';
import { createPostgresDatabase, onPostgres, POSTGRES_URL, postgresReachable } from '../support/db.js';
import { click, command, FakeSlackApi, message, type PostedMessage, type SlackBody } from '../fakes/slack/index.js';

export const TEAM = 'T0REPLICA';
export const BOT_TOKEN = 'xoxb-replica';
const ADMIN = 'U0ADMIN';
const VOLUNTEER_CHANNEL = 'C0VOL';

/** Whether the replica tests run: they need separate processes on one database, which PGlite (one process per data directory) cannot give. */
export const replicasCanRun = onPostgres && (await postgresReachable());
export const SKIP_REASON = 'replica tests skipped: they run when TEST_DATABASE_URL names a reachable PostgreSQL (several processes share one database; PGlite is one process per data directory)';

export interface Replica {
  readonly name: string;
  readonly child: ChildProcess;
  /** The Slack HTTP port (HTTP mode), or null in Socket Mode (and until Slack started). */
  port: number | null;
  /** Where its `/healthz`, `/readyz` and `/metrics` answer, once its log said so. */
  opsUrl: string | null;
  readonly logs: string[];
  readonly exited: Promise<number | null>;
}

export interface ReplicaWorld {
  readonly db: Database;
  readonly fake: FakeSlackApi;
  readonly replicas: Replica[];
  /** Starts `peerline start` with the Slack keys in `env`; resolves once its log says Slack started. */
  spawn(name: string, env: Readonly<Record<string, string>>): Promise<Replica>;
  dispose(): Promise<void>;
}

const slack = (user: string): Actor => ({ user: `slack:${TEAM}:${user}`, community: `slack:${TEAM}`, platformAdmin: user === ADMIN });
const member = (i: number) => `U0MEMBER${i}`;
const volunteer = (i: number) => `U0VOL${i}`;

/** A fresh database with a Slack community set up through core (`flows` volunteers on duty), and the fake Slack. */
export async function replicaWorld(flows: number): Promise<ReplicaWorld> {
  const { url, drop } = await createPostgresDatabase(POSTGRES_URL);
  const db = await openDatabase({ kind: 'postgres', url, maxConnections: 4 });
  await migrateDatabase(db);
  const core = createTestCore(db);
  must(
    await configureCommunity(core.deps, slack(ADMIN), {
      name: 'Replicas',
      settings: { volunteerChannel: `slack:${TEAM}:${VOLUNTEER_CHANNEL}`, country: 'GB', timeZone: 'Europe/London' },
    }),
  );
  for (let i = 0; i < flows; i += 1) {
    must(await enrolVolunteer(core.deps, slack(ADMIN), { user: slack(volunteer(i)).user, tags: [], trainedUntil: '2099-12-31' }));
    must(await duty(core.deps, slack(volunteer(i)), 'on'));
  }
  const fake = await FakeSlackApi.start({ teamId: TEAM, botUserId: 'U0BOT', botId: 'B0BOT', users: [], channels: [], open: true, admins: [ADMIN] });
  const replicas: Replica[] = [];
  return {
    db,
    fake,
    replicas,
    async spawn(name, env) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'start'], {
        env: { PATH: process.env['PATH'] ?? '', LOG_LEVEL: 'info', DATABASE_URL: url, PORT: '0', PEERLINE_WEB: '0', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_API_URL: fake.apiUrl, ...env },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      const logs: string[] = [];
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      // Listed at once, so that dispose() ends it even if it never gets as far as starting Slack.
      const replica: Replica = { name, child, port: null, opsUrl: null, logs, exited };
      replicas.push(replica);
      const port = await new Promise<number | null>((resolve, reject) => {
        createInterface({ input: child.stderr }).on('line', (line) => {
          logs.push(line);
          const entry = parseLine(line);
          if (entry?.['code'] === 'slack.started') resolve(typeof entry['port'] === 'number' ? entry['port'] : null);
          if (entry?.['code'] === 'ops.listening' && typeof entry['url'] === 'string') replica.opsUrl = entry['url'];
        });
        void exited.then((code) => reject(new Error(`replica ${name} exited (${code}) before Slack started:\n${logs.slice(-20).join('\n')}`)));
      });
      replica.port = port;
      return replica;
    },
    async dispose() {
      for (const r of replicas) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
      await Promise.all(replicas.map((r) => r.exited));
      await fake.stop();
      await db.close();
      await drop();
    },
  };
}

function parseLine(line: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(line);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Log lines at level error or fatal. */
export const errorsIn = (r: Replica): string[] => r.logs.filter((l) => ['error', 'fatal'].includes(String(parseLine(l)?.['level'])));

/** Delivers one request to a replica, then the same request again to another (a retry or a replay). */
export type DeliverTwice = (body: SlackBody) => Promise<void>;

const said = (m: PostedMessage) => `${m.text} ${JSON.stringify(m.blocks)}`;

/** The offer cards posted in the volunteer channel. */
export const offerCards = (fake: FakeSlackApi): PostedMessage[] => fake.messages.filter((x) => x.channel === VOLUNTEER_CHANNEL && said(x).includes('Someone would like to talk'));
const actionIds = (m: PostedMessage | undefined) => JSON.stringify(m?.blocks ?? []).match(/"action_id":"(pl:[^"]+)"/g)?.map((s) => s.slice('"action_id":"'.length, -1)) ?? [];

async function counts(db: Database): Promise<Record<'requests' | 'sessions' | 'ended' | 'crises' | 'feedback', number>> {
  const rows = await db.db.execute(sql`select
      (select count(*)::int from support_requests) as requests,
      (select count(*)::int from sessions) as sessions,
      (select count(*)::int from sessions where ended_at is not null) as ended,
      (select count(*)::int from crisis_events) as crises,
      (select count(*)::int from feedback) as feedback`);
  const [row] = rows as Record<'requests' | 'sessions' | 'ended' | 'crises' | 'feedback', number>[];
  return row!;
}

/**
 * What the bot said more than once: the same post (conversation, viewer, text and buttons, as sent — a
 * card is told apart by its request's buttons), or the same reply to one response_url. Every post of
 * these flows is unique, so any repeat is one effect done twice.
 */
export function repeatedPosts(fake: FakeSlackApi): string[] {
  const keys = [
    ...fake.calls
      .filter((c) => (c.method === 'chat.postMessage' || c.method === 'chat.postEphemeral') && c.response.ok)
      .map((c) => JSON.stringify([c.method, c.args['channel'], c.args['user'], c.args['text'], c.args['blocks']])),
    ...fake.allResponses.map((r) => `response|${r.id}|${JSON.stringify(r.body)}`),
  ];
  const seen = new Map<string, number>();
  for (const key of keys) seen.set(key, (seen.get(key) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([key]) => key.slice(0, 200));
}

/**
 * `flows` members, one after another, each through the whole flow with every step delivered twice:
 * `/listen` → offer card → Accept → group DM with the introduction → a crisis message in the space →
 * `/peer end` → "did it help?" answered. After each step it waits for the step's effect and checks it
 * happened once; at the end the database holds one of everything per flow and no post was repeated.
 */
export async function runFlows(w: ReplicaWorld, twice: DeliverTwice, flows: number): Promise<void> {
  const { fake, db } = w;
  const wait = <T>(probe: () => T | undefined | null | false) => fake.waitFor(probe, 20_000);
  const privateTo = (user: string, words: string) => fake.privateTo(user).filter((t) => t.includes(words)).length + fake.allResponses.filter((r) => JSON.stringify(r.body).includes(words) && r.id.endsWith(`:${user}`)).length;
  for (let i = 0; i < flows; i += 1) {
    const [m, v] = [member(i), volunteer(i)];

    await twice(command(TEAM, m, 'C0GENERAL', 'it has been a rough week', fake.responseUrl(`listen${i}:${m}`), '/listen'));
    const card = await wait(() => fake.messages.find((x) => x.channel === VOLUNTEER_CHANNEL && said(x).includes('Someone would like to talk') && !said(x).includes('Accepted after') && actionIds(x).some((a) => a.startsWith('pl:accept:'))));
    await wait(() => privateTo(m, 'in the queue') > 0);
    const accept = actionIds(card).find((a) => a.startsWith('pl:accept:'))!;

    await twice(click(TEAM, v, accept, fake.responseUrl(`accept${i}:${v}`)));
    const space = await wait(() => [...fake.conversations].find(([id, c]) => id.startsWith('G') && c.members.join() === [m, v].sort().join())?.[0]);
    await wait(() => fake.textIn(space).some((t) => t.includes('Your listening session')) && said(card).includes('Accepted after') && privateTo(v, 'You accepted the request') > 0);

    const crisesBefore = (await counts(db)).crises;
    await twice(message(TEAM, m, space, 'mpim', 'i want to end my life', `EvREPLICA${i}`));
    await waitForDb(() => counts(db), (c) => c.crises > crisesBefore);

    await twice(command(TEAM, v, space, 'end', fake.responseUrl(`end${i}:${v}`)));
    const ended = await wait(() => fake.messages.find((x) => x.channel.startsWith('D') && x.text.includes('Your session has ended') && fake.conversations.get(x.channel)?.members.join() === m));
    expect(fake.conversations.get(space)?.closed).toBe(true);
    const helped = actionIds(ended).find((a) => a.endsWith(':yes'))!;

    await twice(click(TEAM, m, helped, fake.responseUrl(`helped${i}:${m}`), ended.channel));
    await waitForDb(() => counts(db), (c) => c.feedback > i);

    // Each step happened once for this person, though it was delivered twice.
    expect(privateTo(m, 'in the queue')).toBe(1);
    expect(privateTo(v, 'You accepted the request')).toBe(1);
    expect(fake.textIn(space).filter((t) => t.includes('Your listening session'))).toHaveLength(1);
    expect(fake.messages.filter((x) => x.text.includes('Your session has ended') && fake.conversations.get(x.channel)?.members.join() === m)).toHaveLength(1);
  }
  // A moment for a late duplicate (a retry's work finishing after the first's) to show.
  await new Promise((r) => setTimeout(r, 1500));
  expect(await counts(db)).toEqual({ requests: flows, sessions: flows, ended: flows, crises: flows, feedback: flows });
  expect(offerCards(fake)).toHaveLength(flows);
  const spaces = fake.callsTo('conversations.open').filter((c) => String(c.args['users']).split(',').length === 2);
  expect(spaces).toHaveLength(flows);
  expect(repeatedPosts(fake)).toEqual([]);
}

async function waitForDb<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for the database: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
