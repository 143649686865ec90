/**
 * Child process of the Slack and Discord burst benchmarks: the fake platform and the load generator,
 * kept out of the bot's process so the bot's figures are its own. Driven over IPC by the parent
 * (test/bench/burst/run-burst.ts): `start` brings up the fake, `load` sends a paced burst at whatever
 * bot (or bare SDK app) is attached and reports every latency and how much work had finished when the
 * burst ended and 10 s later.
 */
import { performance } from 'node:perf_hooks';
import { PermissionFlagsBits, Routes } from 'discord.js';
import { buildDiscordRest } from '../../../src/clients/discord.js';
import { COMMANDS } from '../../../src/adapters/discord/commands.js';
import { encodeAction } from '../../../src/core/actions.js';
import { FakeDiscord } from '../../fakes/discord/index.js';
import { click, command, FakeSlackApi, sendToBolt } from '../../fakes/slack/index.js';
import { paced } from '../support.js';
import { B, type LoadReport, type ParentMessage } from './protocol.js';

let slack: FakeSlackApi | null = null;
let discord: FakeDiscord | null = null;

const send = (m: unknown) => process.send!(m);

async function start(kind: 'slack' | 'discord'): Promise<void> {
  if (kind === 'slack') {
    slack = await FakeSlackApi.start({ teamId: B.team, botUserId: 'U0BOT', botId: 'B0BOT', users: [], channels: [], open: true, admins: ['UADMIN'] });
    send({ type: 'started', apiUrl: slack.apiUrl });
    return;
  }
  const member = (id: string, username: string) => ({ id, username, roles: [] as string[] });
  discord = await FakeDiscord.start({
    applicationId: B.app,
    botUserId: B.bot,
    guilds: [
      {
        id: B.guild,
        name: 'Bench Server',
        ownerId: B.admin,
        roles: [{ id: B.adminRole, name: 'Admins', permissions: PermissionFlagsBits.ManageGuild }],
        channels: [
          { id: B.volunteers, name: 'volunteers' },
          { id: B.general, name: 'general' },
        ],
        members: [{ ...member(B.admin, 'admin'), roles: [B.adminRole] }, ...B.discordVolunteers().map((v, i) => member(v, `vol${i}`)), ...B.discordMembers().map((m, i) => member(m, `m${i}`))],
      },
    ],
  });
  await buildDiscordRest({ token: 'bench-token', apiUrl: discord.apiUrl }).put(Routes.applicationGuildCommands(B.app, B.guild), { body: COMMANDS });
  send({ type: 'started', apiUrl: discord.apiUrl });
}

/**
 * Which interactions of burst `tag` have had their work finished (their private reply arrived), and when.
 * Slack: the first post to each interaction's response_url, read incrementally (a poll every 50 ms must
 * not cost the platform process a core while the bot drains). Discord: edits of the deferred reply.
 */
interface Progress {
  done(): number;
  /** Epoch ms of the last interaction's first reply so far, or null. */
  lastAt(): number | null;
  /** Interactions with no reply yet; null on Discord (edits of deferrals are counted, not matched). */
  missing(): number[] | null;
  /** Replies beyond the first per interaction (Slack only). */
  extra(): number;
  /** How many first replies had each text (its first 60 characters, digits as #), Slack only. */
  texts(): Record<string, number>;
}

/**
 * Offer cards posted to the volunteer channel since this was made: part of a `/listen`'s work, and since
 * the member is answered first, counted apart from the replies. `lastAt`: epoch ms of the latest.
 */
function cardsOf(kind: 'slack' | 'discord'): { count(): number; lastAt(): number | null } {
  const all = kind === 'slack' ? () => slack!.calls : () => discord!.calls;
  const isCard =
    kind === 'slack'
      ? (c: unknown) => {
          const call = c as { method: string; args: Record<string, unknown> };
          return call.method === 'chat.postMessage' && call.args['channel'] === 'C0VOL' && JSON.stringify(call.args['blocks'] ?? '').includes('pl:accept:');
        }
      : (c: unknown) => {
          const call = c as { method: string; path: string; body: unknown };
          return call.method === 'POST' && call.path === `/channels/${B.volunteers}/messages` && JSON.stringify(call.body ?? '').includes('pl:accept:');
        };
  let cursor = all().length;
  let count = 0;
  let last: number | null = null;
  const scan = () => {
    const list = all();
    for (; cursor < list.length; cursor += 1) {
      const call = list[cursor]!;
      if (!isCard(call)) continue;
      count += 1;
      last = Math.max(last ?? 0, (call as { at: number }).at);
    }
  };
  return { count: () => (scan(), count), lastAt: () => (scan(), last) };
}

function progressOf(kind: 'slack' | 'discord', tag: string, total: number): Progress {
  if (kind === 'slack') {
    const fake = slack!;
    const first = new Map<number, number>();
    const texts: Record<string, number> = {};
    let cursor = fake.allResponses.length;
    let extra = 0;
    let last: number | null = null;
    const scan = () => {
      const all = fake.allResponses;
      for (; cursor < all.length; cursor += 1) {
        const r = all[cursor]!;
        if (!r.id.startsWith(tag)) continue;
        const i = Number(r.id.slice(tag.length));
        if (!Number.isInteger(i) || i < 0 || i >= total) continue;
        if (first.has(i)) {
          extra += 1;
          continue;
        }
        first.set(i, r.at);
        last = Math.max(last ?? 0, r.at);
        const body = r.body as { text?: unknown } | null;
        const text = typeof body?.text === 'string' ? body.text.replace(/\s+/g, ' ').replace(/\d+/g, '#').slice(0, 60) : '(no text)';
        texts[text] = (texts[text] ?? 0) + 1;
      }
    };
    return {
      done: () => (scan(), first.size),
      lastAt: () => (scan(), last),
      missing: () => (scan(), Array.from({ length: total }, (_, i) => i).filter((i) => !first.has(i))),
      extra: () => (scan(), extra),
      texts: () => (scan(), texts),
    };
  }
  const fake = discord!;
  const route = ['PATCH', '/webhooks/:app/:token/messages/@original'] as const;
  const before = fake.callsTo(...route).length;
  let last: number | null = null;
  let seen = 0;
  const done = () => {
    const n = fake.callsTo(...route).length - before;
    if (n > seen) {
      seen = n;
      last = Date.now();
    }
    return n;
  };
  return { done, lastAt: () => (done(), last), missing: () => null, extra: () => 0, texts: () => ({}) };
}

const lastCardSeconds = (at: number | null, endedEpoch: number): number | null => (at === null ? null : (at - endedEpoch) / 1000);

async function load(m: Extract<ParentMessage, { type: 'load' }>): Promise<void> {
  const total = Math.round(m.rate * m.seconds);
  const listen: number[] = [];
  const accept: number[] = [];
  let failures = 0;
  /** Interactions the target did not acknowledge: no reply is owed for them. */
  const unacked = new Set<number>();
  const progress = progressOf(m.kind, m.tag, total);
  const cards = cardsOf(m.kind);
  const done = () => progress.done();
  const onSlack = m.kind === 'slack';
  const card = onSlack ? undefined : [...discord!.state.messagesIn(B.volunteers)].find((x) => JSON.stringify(x.components ?? []).includes('pl:accept:'));
  const members = B.discordMembers();
  const volunteers = onSlack ? B.slackVolunteers() : B.discordVolunteers();
  const elapsed = await paced(total, m.rate, async (i) => {
    const isListen = m.onlyListen || i % 2 === 0;
    const requestId = m.acceptIds.length === 0 ? '00000000-0000-4000-8000-000000000000' : m.acceptIds[(i >> 1) % m.acceptIds.length]!;
    // Each request's clicks (one every 500 accepts) come from different volunteers, so a click wins, finds
    // the request taken, or finds its volunteer at capacity, as in a busy channel — not the same person.
    const k = i >> 1;
    const volunteer = volunteers[(k + Math.floor(k / 500)) % volunteers.length]!;
    const t0 = performance.now();
    if (onSlack) {
      const url = slack!.responseUrl(`${m.tag}${i}`);
      const body = isListen ? command(B.team, `U${m.tag.toUpperCase()}${i}`, 'C0GENERAL', 'listen load test', url) : click(B.team, volunteer, encodeAction({ kind: 'accept', requestId }), url);
      try {
        const r = await sendToBolt(m.target!, B.secret, body);
        if (r.status === 200) (isListen ? listen : accept).push(r.ms);
        else {
          failures += 1;
          unacked.add(i);
        }
      } catch {
        failures += 1;
        unacked.add(i);
      }
      return;
    }
    const fake = discord!;
    const payload = isListen
      ? fake.build.slashCommand({ user: members[(m.memberOffset + (m.onlyListen ? i : i >> 1)) % members.length]!, name: 'listen', channel: B.general })
      : fake.build.button({ user: volunteer, customId: encodeAction({ kind: 'accept', requestId }), ...(card === undefined ? {} : { message: card.id }) });
    await fake.sendInteraction(payload, { timeoutMs: 10_000 }).then(
      () => void (isListen ? listen : accept).push(performance.now() - t0),
      () => {
        failures += 1;
        unacked.add(i);
      },
    );
  });
  const doneAtEnd = done();
  const cardsAtEnd = cards.count();
  send({ type: 'sent', sentSeconds: elapsed });
  // Work that finished within 10 s of the end of the burst; then, to tell late work from lost work, keep
  // waiting while replies still arrive: until all are in, or none has come for `stallSeconds`, or
  // `drainSeconds` more have passed.
  const ended = performance.now();
  const endedEpoch = Date.now();
  // Every acknowledged interaction answered, and a card for every acknowledged `/listen`.
  const complete = () => done() >= total - failures && (!m.expectWork || cards.count() >= listen.length);
  let secondsToDone: number | null = null;
  let stalled = false;
  const poll = async (until: number) => {
    let lastCount = done() + cards.count();
    let lastChange = performance.now();
    while (performance.now() < until && !complete()) {
      await new Promise((r) => setTimeout(r, 50));
      const n = done() + cards.count();
      if (n !== lastCount) {
        lastCount = n;
        lastChange = performance.now();
      } else if (m.stallSeconds > 0 && performance.now() - lastChange > m.stallSeconds * 1000) {
        stalled = true;
        break;
      }
    }
    if (secondsToDone === null && complete()) secondsToDone = (performance.now() - ended) / 1000;
  };
  if (m.expectWork) await poll(ended + 10_000);
  const doneWithin10s = done();
  const cardsWithin10s = cards.count();
  if (m.expectWork && !stalled) await poll(ended + 10_000 + m.drainSeconds * 1000);
  const lastAt = progress.lastAt();
  const missing = progress.missing()?.filter((i) => !unacked.has(i)) ?? null;
  const report: LoadReport = {
    total,
    listen,
    accept,
    failures,
    sentSeconds: elapsed,
    doneAtEnd,
    doneWithin10s,
    doneFinally: done(),
    secondsToDone,
    lastReplySeconds: lastAt === null ? null : (lastAt - endedEpoch) / 1000,
    waitedSeconds: (performance.now() - ended) / 1000,
    stalled,
    missingListen: missing === null ? null : missing.filter((i) => m.onlyListen || i % 2 === 0).length,
    missingAccept: missing === null ? null : missing.filter((i) => !m.onlyListen && i % 2 === 1).length,
    extraReplies: progress.extra(),
    cards: { expected: m.expectWork ? listen.length : 0, atEnd: cardsAtEnd, within10s: cardsWithin10s, finally: cards.count(), lastSeconds: lastCardSeconds(cards.lastAt(), endedEpoch) },
    replyTexts: progress.texts(),
  };
  send({ type: 'report', report });
}

process.on('message', (raw) => {
  const m = raw as ParentMessage;
  const run = async () => {
    if (m.type === 'start') await start(m.kind);
    else if (m.type === 'load') await load(m);
    else if (m.type === 'stop') {
      await slack?.stop();
      await discord?.stop();
      send({ type: 'stopped' });
      process.disconnect();
    }
  };
  run().catch((error: unknown) => {
    send({ type: 'error', error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
