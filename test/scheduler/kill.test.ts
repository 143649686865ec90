/**
 * kill -9 between every step of the flows that must not lose or repeat a message: request → card,
 * accept → space, check-in due → sent, escalation step → posted. Real bot processes
 * (test/support/crash-bot.ts) on a fresh PostgreSQL database each, talking to the fake Slack Web API.
 * Each crash point kills the process at an exact moment:
 *   - `drop`: the fake closes the connection of the call and the bot is SIGKILLed — it never reached Slack;
 *   - `hold`: the fake does what was asked and the bot is SIGKILLed before the answer — Slack did it, the bot never heard;
 *   - `after`: the bot kills itself right after the platform call returned (CRASH_AFTER, read only by the
 *     test entry) — it heard, but recorded nothing.
 * Then the work must be finished by another process: in `takeover` mode a second instance that ran all
 * along (within 15 s of the kill), in `restart` mode a new process started after the kill. Every effect
 * arrives, none twice.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/core/actor.js';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { endSession } from '../../src/core/use-cases/end-session.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createTestCore, must, TestClock } from '../support/core.js';
import { createPostgresDatabase } from '../support/db.js';
import { FakeSlackApi, type PostedMessage, type SlackCall } from '../fakes/slack/index.js';
import { click, command, sendToBolt } from '../fakes/slack/index.js';

// Only in the PostgreSQL pass (TEST_DATABASE_URL set): these start real processes and take minutes, and
// the embedded-database pass would run the same cases against the same server again.
const SERVER = process.env['TEST_DATABASE_URL'] ?? '';
const TEAM = 'T0TEAM';
const SECRET = 'kill-test-secret';
const ADMIN = 'U0ADMIN';
const VOL = 'U0VOL1';
const MEMBER = 'U0MEMBER';
const VOLUNTEER_CHANNEL = 'C0VOL';
const ENTRY = fileURLToPath(new URL('../support/crash-bot.ts', import.meta.url));
/** The takeover bound the issue sets: another instance finishes a dead one's work within this. */
const TAKEOVER_MS = 15_000;

async function reachable(url: string): Promise<boolean> {
  const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
  try {
    await probe`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await probe.end({ timeout: 1 });
  }
}

const onServer = SERVER !== '' && (await reachable(SERVER));
if (!onServer) console.warn('kill -9 tests skipped: they run when TEST_DATABASE_URL names a reachable PostgreSQL (they need separate processes; PGlite is single-process)');

const slack = (user: string): Actor => ({ user: `slack:${TEAM}:${user}`, community: `slack:${TEAM}`, platformAdmin: user === ADMIN });
const said = (m: PostedMessage) => `${m.text} ${JSON.stringify(m.blocks)}`;

interface Bot {
  readonly child: ChildProcess;
  readonly port: number;
  readonly url: string;
  readonly exited: Promise<number | null>;
  readonly logs: string[];
}

interface World {
  readonly db: Database;
  readonly url: string;
  readonly fake: FakeSlackApi;
  readonly bots: Bot[];
  spawnBot(name: string, o?: { readonly crashAfter?: string; readonly tickOnSignal?: boolean }): Promise<Bot>;
  dispose(): Promise<void>;
}

async function world(): Promise<World> {
  const { url, drop } = await createPostgresDatabase(SERVER);
  const db = await openDatabase({ kind: 'postgres', url, maxConnections: 4 });
  await migrateDatabase(db);
  const fake = await FakeSlackApi.start({ teamId: TEAM, botUserId: 'U0BOT', botId: 'B0BOT', users: [], channels: [], open: true, admins: [ADMIN] });
  const bots: Bot[] = [];
  return {
    db,
    url,
    fake,
    bots,
    async spawnBot(name, o = {}) {
      const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
        env: {
          ...process.env,
          DATABASE_URL: url,
          SLACK_API_URL: fake.apiUrl,
          BOT_TOKEN: `xoxb-${name}`,
          SIGNING_SECRET: SECRET,
          INSTANCE_ID: name,
          CRASH_AFTER: o.crashAfter ?? '',
          TICK_ON_SIGNAL: o.tickOnSignal === true ? '1' : '',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const logs: string[] = [];
      createInterface({ input: child.stderr }).on('line', (line) => logs.push(line));
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const port = await new Promise<number>((resolve, reject) => {
        createInterface({ input: child.stdout }).on('line', (line) => {
          const parsed = /^\{"ready":true,"port":(\d+)\}$/.exec(line);
          if (parsed !== null) resolve(Number(parsed[1]));
        });
        void exited.then((code) => reject(new Error(`bot ${name} exited (${code}) before it was ready:\n${logs.join('\n')}`)));
      });
      const bot = { child, port, url: `http://127.0.0.1:${port}/slack/events`, exited, logs };
      bots.push(bot);
      return bot;
    },
    async dispose() {
      for (const bot of bots) if (bot.child.exitCode === null && bot.child.signalCode === null) bot.child.kill('SIGKILL');
      await Promise.all(bots.map((b) => b.exited));
      await fake.stop();
      await db.close();
      await drop();
    },
  };
}

/** A Slack community with one volunteer on duty, set up through core as `clock` says. */
async function setUp(w: World, clock: TestClock) {
  const core = createTestCore(w.db, clock);
  must(
    await configureCommunity(core.deps, slack(ADMIN), {
      name: 'Kill test',
      settings: { volunteerChannel: `slack:${TEAM}:${VOLUNTEER_CHANNEL}`, country: 'GB', timeZone: 'Europe/London' },
    }),
  );
  must(await enrolVolunteer(core.deps, slack(ADMIN), { user: slack(VOL).user, tags: [], trainedUntil: '2099-12-31' }));
  must(await duty(core.deps, slack(VOL), 'on'));
  return core;
}

type Point = { readonly kind: 'drop' | 'hold'; readonly match: (call: SlackCall) => boolean } | { readonly kind: 'after'; readonly crash: string };
type Mode = 'takeover' | 'restart';

/**
 * Arms the crash: the victim bot dies at the point; in takeover mode the survivor already runs. For a
 * job that is already due (`scheduled`), the survivor's tick is switched on only as the victim dies, so
 * that the victim is the one that claims it; for work the victim starts itself (a command, a click), the
 * survivor ticks all along. Returns the victim, and a promise of the moment it died.
 */
async function arm(w: World, point: Point, mode: Mode, o: { readonly scheduled: boolean }): Promise<{ victim: Bot; died: Promise<number> }> {
  const survivor = mode === 'takeover' ? await w.spawnBot('survivor', { tickOnSignal: o.scheduled }) : null;
  const victim = await w.spawnBot('victim', point.kind === 'after' ? { crashAfter: point.crash } : {});
  if (point.kind !== 'after') {
    w.fake.intercept = (call) => {
      if (call.token !== 'xoxb-victim' || !point.match(call)) return undefined;
      w.fake.intercept = null;
      victim.child.kill('SIGKILL');
      return point.kind;
    };
  }
  const died = victim.exited.then(() => {
    if (o.scheduled) survivor?.child.kill('SIGUSR1');
    return Date.now();
  });
  return { victim, died };
}

/** Whether every job that is due has finished (none running, none pending) and no effect is left unconfirmed. */
async function settled(w: World): Promise<boolean> {
  const rows = await w.db.db.execute(sql`select
      (select count(*)::int from jobs where state = 'running' or (state = 'pending' and due_at <= now())) as open,
      (select count(*)::int from job_effects where state = 'sending') as unconfirmed`);
  const [row] = (Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { open: number; unconfirmed: number }[];
  return row !== undefined && row.open === 0 && row.unconfirmed === 0;
}

/**
 * After the victim died: in restart mode a new process starts. Waits until `delivered` holds AND the
 * dead instance's work was taken over and finished (its jobs done, its effects confirmed), then a quiet
 * moment: a duplicate could only come from that takeover, so it would be visible by then.
 */
async function recover(w: World, mode: Mode, died: Promise<number>, delivered: () => boolean): Promise<{ afterKillMs: number }> {
  const diedAt = await died;
  if (mode === 'restart') await w.spawnBot('restarted');
  const until = Date.now() + 40_000;
  while (!(delivered() && (await settled(w)))) {
    if (Date.now() > until) {
      throw new Error(`not recovered within 40 s (delivered: ${delivered()})\n--- logs ---\n${w.bots.map((b) => b.logs.slice(-15).join('\n')).join('\n---\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const afterKillMs = Date.now() - diedAt;
  await new Promise((r) => setTimeout(r, 1500));
  return { afterKillMs };
}

/** A chat.postMessage whose content mentions `words`. */
const posting = (words: string) => (call: SlackCall) => call.method === 'chat.postMessage' && JSON.stringify(call.args).includes(words);
const isDm = (c: string) => c.startsWith('D');

const modes: Mode[] = ['takeover', 'restart'];
const figures: string[] = [];

// The 28 cases share nothing (each has its own database, fake Slack and bot processes), and most of a
// case is idle, waiting for the dead instance's 10 s job lease to expire. PEERLINE_KILL_CONCURRENT=1 runs
// them concurrently (up to vitest's maxConcurrency, 5): all 28 in 176 s on a quiet machine (8.4 min one
// at a time), but under a load average of 30-44 on 2 cores they hit the 120 s case timeout, so it is
// opt-in, and CI runs this file alone after the rest of the suite.
const concurrent = process.env['PEERLINE_KILL_CONCURRENT'] === '1';
describe.skipIf(!onServer)(`kill -9 mid-flow, then recovery (PostgreSQL at ${onServer ? new URL(SERVER).host : 'none'})`, { concurrent }, () => {
  afterAll(() => {
    if (figures.length > 0) console.info(`kill -9 recovery times (kill → effect delivered):\n${figures.join('\n')}`);
  });

  describe.each(modes)('%s', (mode) => {
    const cardPoints: [string, Point][] = [
      ['saved, card not yet sent', { kind: 'drop', match: posting('Someone would like to talk') }],
      ['card sent, answer lost', { kind: 'hold', match: posting('Someone would like to talk') }],
      ['card confirmed, not recorded', { kind: 'after', crash: 'postToChannel' }],
    ];
    it.each(cardPoints)('request → card: %s', async (label, point) => {
      const w = await world();
      try {
        await setUp(w, new TestClock(new Date()));
        const { victim, died } = await arm(w, point, mode, { scheduled: false });
        const listen = await sendToBolt(victim.url, SECRET, command(TEAM, MEMBER, 'C0GENERAL', 'it has been a rough week', w.fake.responseUrl('listen'), '/listen')).catch(() => null);
        expect(listen === null || listen.status === 200).toBe(true);
        const cards = () => w.fake.messages.filter((m) => m.channel === VOLUNTEER_CHANNEL && said(m).includes('Someone would like to talk'));
        const answers = () => [
          ...w.fake.responsesFor('listen').filter((r) => JSON.stringify(r).includes('in the queue')),
          ...w.fake.messages.filter((m) => isDm(m.channel) && said(m).includes('in the queue')),
        ];
        const { afterKillMs } = await recover(w, mode, died, () => cards().length > 0 && answers().length > 0);
        figures.push(`${mode} · request → card · ${label}: ${afterKillMs} ms`);
        expect(cards()).toHaveLength(1);
        expect(answers()).toHaveLength(1);
        if (mode === 'takeover') expect(afterKillMs).toBeLessThan(TAKEOVER_MS);
      } finally {
        await w.dispose();
      }
    }, 120_000);

    const groupDmOpen = (call: SlackCall) => call.method === 'conversations.open' && String(call.args['users']).includes(',');
    const acceptPoints: [string, Point][] = [
      ['accepted, space not yet opened', { kind: 'drop', match: groupDmOpen }],
      ['space opened, answer lost', { kind: 'hold', match: groupDmOpen }],
      ['space confirmed, not recorded', { kind: 'after', crash: 'openSpace' }],
      ['space saved, introduction not yet sent', { kind: 'drop', match: posting('Your listening session') }],
      ['introduction sent, answer lost', { kind: 'hold', match: posting('Your listening session') }],
    ];
    it.each(acceptPoints)('accept → space: %s', async (label, point) => {
      const w = await world();
      try {
        await setUp(w, new TestClock(new Date()));
        const { victim, died } = await arm(w, point, mode, { scheduled: false });
        await sendToBolt(victim.url, SECRET, command(TEAM, MEMBER, 'C0GENERAL', 'it has been a rough week', w.fake.responseUrl('listen'), '/listen'));
        const card = await w.fake.waitFor(() => w.fake.messages.find((m) => m.channel === VOLUNTEER_CHANNEL && said(m).includes('pl:accept:')), 10_000);
        const accept = /"action_id":"(pl:accept:[^"]+)"/.exec(JSON.stringify(card.blocks))![1]!;
        await sendToBolt(victim.url, SECRET, click(TEAM, VOL, accept, w.fake.responseUrl('accept'))).catch(() => null);
        const spaces = () => [...w.fake.conversations].filter(([id, c]) => id.startsWith('G') && c.members.join() === [MEMBER, VOL].sort().join());
        const intros = () => w.fake.messages.filter((m) => m.channel.startsWith('G') && said(m).includes('Your listening session'));
        const matched = () => w.fake.messages.filter((m) => isDm(m.channel) && said(m).includes('A listener is here for you'));
        const volunteerTold = () => [
          ...w.fake.responsesFor('accept').filter((r) => JSON.stringify(r).includes('You accepted the request')),
          ...w.fake.messages.filter((m) => isDm(m.channel) && said(m).includes('You accepted the request')),
        ];
        const cardClosed = () => said(card).includes('Accepted after');
        const { afterKillMs } = await recover(w, mode, died, () => intros().length > 0 && matched().length > 0 && volunteerTold().length > 0 && cardClosed());
        figures.push(`${mode} · accept → space · ${label}: ${afterKillMs} ms`);
        expect(spaces()).toHaveLength(1);
        expect(intros()).toHaveLength(1);
        expect(matched()).toHaveLength(1);
        expect(volunteerTold()).toHaveLength(1);
        if (mode === 'takeover') expect(afterKillMs).toBeLessThan(TAKEOVER_MS);
      } finally {
        await w.dispose();
      }
    }, 120_000);

    const checkInPoints: [string, Point][] = [
      ['due, not yet sent', { kind: 'drop', match: posting('Checking in') }],
      ['sent, answer lost', { kind: 'hold', match: posting('Checking in') }],
      ['confirmed, not recorded', { kind: 'after', crash: `sendPrivate:slack:${TEAM}:${MEMBER}` }],
    ];
    it.each(checkInPoints)('check-in due → sent: %s', async (label, point) => {
      const w = await world();
      try {
        // A session that ended three hours ago, with a check-in one hour after it: due now.
        const clock = new TestClock(new Date(Date.now() - 3 * 3_600_000));
        const core = await setUp(w, clock);
        const { requestId } = must(await requestListener(core.deps, slack(MEMBER), { checkInHours: 1 }));
        const { sessionId } = must(await acceptRequest(core.deps, slack(VOL), requestId));
        must(await endSession(core.deps, slack(VOL), { sessionId }));
        const { died } = await arm(w, point, mode, { scheduled: true });
        const checkIns = () => w.fake.messages.filter((m) => isDm(m.channel) && said(m).includes('Checking in'));
        const { afterKillMs } = await recover(w, mode, died, () => checkIns().length > 0);
        figures.push(`${mode} · check-in · ${label}: ${afterKillMs} ms`);
        expect(checkIns()).toHaveLength(1);
        if (mode === 'takeover') expect(afterKillMs).toBeLessThan(TAKEOVER_MS);
      } finally {
        await w.dispose();
      }
    }, 120_000);

    const escalationPoints: [string, Point][] = [
      ['due, not yet posted', { kind: 'drop', match: posting('A request is still waiting') }],
      ['posted, answer lost', { kind: 'hold', match: posting('A request is still waiting') }],
      ['confirmed, not recorded', { kind: 'after', crash: `postToChannel:slack:${TEAM}:${VOLUNTEER_CHANNEL}` }],
    ];
    it.each(escalationPoints)('escalation step → posted: %s', async (label, point) => {
      const w = await world();
      try {
        // A request made six minutes ago: the 5-minute re-mention is due now.
        const core = await setUp(w, new TestClock(new Date(Date.now() - 6 * 60_000)));
        must(await requestListener(core.deps, slack(MEMBER), {}));
        const { died } = await arm(w, point, mode, { scheduled: true });
        const reminders = () => w.fake.messages.filter((m) => m.channel === VOLUNTEER_CHANNEL && said(m).includes('A request is still waiting'));
        const { afterKillMs } = await recover(w, mode, died, () => reminders().length > 0);
        figures.push(`${mode} · escalation · ${label}: ${afterKillMs} ms`);
        expect(reminders()).toHaveLength(1);
        if (mode === 'takeover') expect(afterKillMs).toBeLessThan(TAKEOVER_MS);
      } finally {
        await w.dispose();
      }
    }, 120_000);
  });
});
