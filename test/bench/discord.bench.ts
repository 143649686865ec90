/**
 * Discord interaction-to-callback latency: `/listen` and Accept interactions dispatched over the fake
 * gateway at a steady rate (default 200/s for 30 s; BENCH_SECONDS to shorten), on PostgreSQL. The figure
 * is the time from dispatch until the bot's deferral reaches the fake's callback endpoint — Discord's
 * 3-second deadline — not the work after it.
 */
import { performance } from 'node:perf_hooks';
import { encodeAction } from '../../src/core/actions.js';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { duty } from '../../src/core/use-cases/duty.js';
import { enrolVolunteer } from '../../src/core/use-cases/manage-volunteers.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { must } from '../support/core.js';
import type { TestDatabase } from '../support/db.js';
import { GENERAL, GUILD, MEMBER, startDiscordHarness, VOL1, VOL2, VOLUNTEERS } from '../discord/harness.js';
import { fmt, latencyLine, paced, runIfMain, scratchDatabase, type BenchResult } from './support.js';

const RATE = 200;
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 30);

export async function run(): Promise<BenchResult> {
  const scratch = await scratchDatabase();
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, maxConnections: 20 });
  try {
    await migrateDatabase(database);
    const h = await startDiscordHarness({ ...database, url: scratch.url, dispose: async () => undefined } satisfies TestDatabase);
    const actor = (u: string, admin = false) => ({ user: `discord:${GUILD}:${u}`, community: `discord:${GUILD}`, platformAdmin: admin });
    must(await configureCommunity(h.deps, actor('1', true), { settings: { volunteerChannel: `discord:${GUILD}:${VOLUNTEERS}`, country: 'GB' } }));
    for (const v of [VOL1, VOL2]) {
      must(await enrolVolunteer(h.deps, actor('1'), { user: `discord:${GUILD}:${v}`, trainedUntil: '2030-01-01', capacity: 10 }));
      must(await duty(h.deps, actor(v), 'on'));
    }
    const requests: string[] = [];
    for (let i = 0; i < 200; i += 1) requests.push(must(await requestListener(h.deps, actor(`9${i}`), {})).requestId);
    const card = [...h.fake.state.messagesIn(VOLUNTEERS)].find((m) => JSON.stringify(m.components ?? []).includes('pl:accept:'))!;

    const edits = () => h.fake.callsTo('PATCH', '/webhooks/:app/:token/messages/@original').length;
    const editsBefore = edits();
    const listen: number[] = [];
    const accept: number[] = [];
    let failures = 0;
    const total = RATE * SECONDS;
    const elapsed = await paced(total, RATE, async (i) => {
      const payload =
        i % 2 === 0
          ? h.fake.build.slashCommand({ user: MEMBER, name: 'listen', channel: GENERAL })
          : h.fake.build.button({ user: i % 4 === 1 ? VOL1 : VOL2, customId: encodeAction({ kind: 'accept', requestId: requests[(i >> 1) % requests.length]! }), message: card.id });
      const t0 = performance.now();
      await h.fake.sendInteraction(payload, { timeoutMs: 10_000 }).then(
        () => void (i % 2 === 0 ? listen : accept).push(performance.now() - t0),
        () => void (failures += 1),
      );
    });
    // The work after each deferral ends with the edit of the deferred reply: wait for all of them (so
    // nothing still queries the database when it closes) and report how far they lagged the sending.
    const drainStarted = performance.now();
    while (edits() - editsBefore < total - failures && performance.now() - drainStarted < 120_000) await new Promise((r) => setTimeout(r, 100));
    const drained = (performance.now() - drainStarted) / 1000;
    const edited = edits() - editsBefore;
    await h.stop();
    const line = (name: string, xs: number[]) => latencyLine(name, 'interactions', 'to callback', xs);
    return {
      name: `Discord interaction-to-callback latency (discord.js over the fake gateway, PostgreSQL, ${RATE}/s for ${SECONDS} s)`,
      lines: [line('/listen', listen), line('Accept click', accept), `sent in ${fmt(elapsed, 1)} s; no callback within 10 s: ${failures}; replies edited: ${edited}, the last ${fmt(drained, 1)} s after the last callback`],
    };
  } finally {
    await database.close();
    await scratch.drop();
  }
}

runIfMain(import.meta.url, run);
