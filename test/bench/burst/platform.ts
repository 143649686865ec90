/**
 * Child process of the Slack and Discord burst benchmarks: the fake platform and the load generator,
 * kept out of the bot's process so the bot's figures are its own. Driven over IPC by the parent
 * (test/bench/burst/run-burst.ts): `start` brings up the fake, `load` sends a paced burst at whatever
 * bot (or bare SDK app) is attached and reports every latency and how much work had finished when the
 * burst ended and 10 s later.
 */
import { performance } from 'node:perf_hooks';
import { PermissionFlagsBits, REST, Routes } from 'discord.js';
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
  await new REST({ api: discord.apiUrl }).setToken('bench-token').put(Routes.applicationGuildCommands(B.app, B.guild), { body: COMMANDS });
  send({ type: 'started', apiUrl: discord.apiUrl });
}

/** Whether the work after request `i` of burst `tag` has finished (its private reply arrived). */
function doneCounter(kind: 'slack' | 'discord', tag: string, total: number): () => number {
  if (kind === 'slack') {
    const fake = slack!;
    return () => {
      let n = 0;
      for (let i = 0; i < total; i += 1) if (fake.responsesFor(`${tag}${i}`).length > 0) n += 1;
      return n;
    };
  }
  const fake = discord!;
  const before = fake.callsTo('PATCH', '/webhooks/:app/:token/messages/@original').length;
  return () => fake.callsTo('PATCH', '/webhooks/:app/:token/messages/@original').length - before;
}

async function load(m: Extract<ParentMessage, { type: 'load' }>): Promise<void> {
  const total = Math.round(m.rate * m.seconds);
  const listen: number[] = [];
  const accept: number[] = [];
  let failures = 0;
  const done = doneCounter(m.kind, m.tag, total);
  const onSlack = m.kind === 'slack';
  const card = onSlack ? undefined : [...discord!.state.messagesIn(B.volunteers)].find((x) => JSON.stringify(x.components ?? []).includes('pl:accept:'));
  const members = B.discordMembers();
  const volunteers = onSlack ? B.slackVolunteers() : B.discordVolunteers();
  const elapsed = await paced(total, m.rate, async (i) => {
    const isListen = m.onlyListen || i % 2 === 0;
    const requestId = m.acceptIds.length === 0 ? '00000000-0000-4000-8000-000000000000' : m.acceptIds[(i >> 1) % m.acceptIds.length]!;
    const volunteer = volunteers[i % volunteers.length]!;
    const t0 = performance.now();
    if (onSlack) {
      const url = slack!.responseUrl(`${m.tag}${i}`);
      const body = isListen ? command(B.team, `U${m.tag}${i}`, 'C0GENERAL', 'listen load test', url) : click(B.team, volunteer, encodeAction({ kind: 'accept', requestId }), url);
      try {
        const r = await sendToBolt(m.target!, B.secret, body);
        if (r.status !== 200) failures += 1;
        else (isListen ? listen : accept).push(r.ms);
      } catch {
        failures += 1;
      }
      return;
    }
    const fake = discord!;
    const payload = isListen
      ? fake.build.slashCommand({ user: members[(m.memberOffset + (m.onlyListen ? i : i >> 1)) % members.length]!, name: 'listen', channel: B.general })
      : fake.build.button({ user: volunteer, customId: encodeAction({ kind: 'accept', requestId }), ...(card === undefined ? {} : { message: card.id }) });
    await fake.sendInteraction(payload, { timeoutMs: 10_000 }).then(
      () => void (isListen ? listen : accept).push(performance.now() - t0),
      () => void (failures += 1),
    );
  });
  const doneAtEnd = done();
  send({ type: 'sent', sentSeconds: elapsed });
  // Work that finished within 10 s of the end of the burst, then (for the parent's drain) everything.
  const ended = performance.now();
  let secondsToDone: number | null = null;
  const poll = async (until: number) => {
    while (performance.now() < until && done() < total - failures) await new Promise((r) => setTimeout(r, 50));
    if (secondsToDone === null && done() >= total - failures) secondsToDone = (performance.now() - ended) / 1000;
  };
  if (m.expectWork) {
    await poll(ended + 10_000);
  }
  const doneWithin10s = done();
  if (m.expectWork) await poll(ended + 10_000 + m.drainSeconds * 1000);
  const report: LoadReport = { total, listen, accept, failures, sentSeconds: elapsed, doneAtEnd, doneWithin10s, doneFinally: done(), secondsToDone };
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
