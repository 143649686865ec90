/**
 * Issue 21, Slack in Socket Mode: two `peerline start` replicas on one PostgreSQL database, each with its
 * own WebSocket connection of the same app to the fake Socket Mode server (Slack spreads an app's
 * envelopes across up to 10 connections). Every envelope of the whole flow is delivered twice, once on
 * each connection: commands and events re-delivered as Slack's retries (`retry_attempt: 1`) after the
 * first was acknowledged, clicks replayed on both connections at once. Each effect must happen once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, type Delivery, type FakeSocketMode } from '../fakes/slack/index.js';
import { errorsIn, offerCards, replicasCanRun, replicaWorld, runFlows, SKIP_REASON, TEAM, type ReplicaWorld } from './replicas.js';

const APP_TOKEN = 'xapp-1-A0FAKEAPP-replicas';
const FLOWS = 3;

if (!replicasCanRun) console.warn(SKIP_REASON);

describe.skipIf(!replicasCanRun)('Slack Socket Mode: 2 replicas, one connection each', () => {
  let w: ReplicaWorld;
  let socket: FakeSocketMode;

  beforeAll(async () => {
    w = await replicaWorld(FLOWS);
    socket = w.fake.enableSocketMode(APP_TOKEN);
    // Slack's start-up log line comes once the server's hello arrived on the replica's connection.
    await Promise.all(['a', 'b'].map((name) => w.spawn(name, { SLACK_APP_TOKEN: APP_TOKEN })));
  }, 180_000);

  afterAll(async () => {
    await w?.dispose();
  }, 60_000);

  it('runs the whole flow with every envelope delivered on both connections, with one effect each', async () => {
    expect(socket.connections).toHaveLength(2);
    expect(socket.connections.every((c) => c.open())).toBe(true);
    const pairs: [Delivery, Delivery][] = [];
    await runFlows(
      w,
      async (body) => {
        if (body.kind === 'interactive') {
          // A replayed click: the same payload on both connections at once.
          const [a, b] = await Promise.all([socket.deliver(body, { connection: 0 }), socket.deliver(body, { connection: 1 })]);
          pairs.push([a, b]);
        } else {
          // Slack's retry: the same payload again, on the other connection, once the first was acknowledged.
          const first = await socket.deliver(body);
          pairs.push([first, await socket.retry(first)]);
        }
      },
      FLOWS,
    );
    expect(pairs).toHaveLength(5 * FLOWS);
    expect(pairs.every(([a, b]) => a.connection !== b.connection && a.ack !== undefined && b.ack !== undefined)).toBe(true);
    expect(pairs.filter(([, b]) => b.envelope.retry_attempt === 1)).toHaveLength(3 * FLOWS);
    expect(socket.connections.map((c) => c.deliveries.length)).toEqual([5 * FLOWS, 5 * FLOWS]);
    for (const r of w.replicas) expect(errorsIn(r)).toEqual([]);
    const ackMs = pairs.flat().map((d) => d.ackMs ?? Infinity).sort((x, y) => x - y);
    console.info(`Socket Mode, 2 replicas: ${ackMs.length} envelopes acknowledged, median ${ackMs[Math.floor(ackMs.length / 2)]} ms, max ${ackMs.at(-1)} ms`);
  }, 240_000);

  it('keeps serving while Slack recycles one replica\'s connection, and the replica comes back on a new one', async () => {
    const { fake } = w;
    const listen = (user: string) => command(TEAM, user, 'C0GENERAL', 'could someone listen', fake.responseUrl(`refresh:${user}`), '/listen');
    const ops = await fake.waitFor(() => (w.replicas.every((r) => r.opsUrl !== null) ? w.replicas.map((r) => r.opsUrl!) : null), 10_000);
    const readiness = async () => Promise.all(ops.map(async (url) => ((await fetch(`${url}/readyz`)).status === 200 ? 'ready' : 'not ready')));
    expect(await readiness()).toEqual(['ready', 'ready']);
    socket.disconnect(0);
    await fake.waitFor(() => !socket.connections[0]!.open(), 5_000);
    // The replica that lost its connection says so on /readyz until it has a new one; the other stays ready.
    expect((await readiness()).sort()).toEqual(['not ready', 'ready']);
    // Meanwhile Slack sends everything to the connection left, and the other replica serves it.
    const meanwhile = await socket.deliver(listen('U0MEMBERX'));
    expect(meanwhile.connection).toBe(1);
    await fake.waitFor(() => offerCards(fake).length === FLOWS + 1, 10_000);
    // @slack/socket-mode reconnects after its client ping timeout (5 s): a new apps.connections.open, a new connection.
    await socket.waitForConnections(3, 20_000);
    const back = await socket.deliver(listen('U0MEMBERY'), { connection: 2 });
    expect(back.ack).toEqual({});
    await fake.waitFor(() => offerCards(fake).length === FLOWS + 2, 10_000);
    expect(socket.connections.map((c) => c.open())).toEqual([false, true, true]);
    expect(await readiness()).toEqual(['ready', 'ready']);
    for (const r of w.replicas) expect(errorsIn(r)).toEqual([]);
  }, 60_000);
});
