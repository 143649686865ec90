/**
 * Issue 21, Slack in Socket Mode: two `peerline start` replicas on one PostgreSQL database, each with its
 * own WebSocket connection of the same app to the fake Socket Mode server (Slack spreads an app's
 * envelopes across up to 10 connections). Every envelope of the whole flow is delivered twice, once on
 * each connection: commands and events re-delivered as Slack's retries (`retry_attempt: 1`) after the
 * first was acknowledged, clicks replayed on both connections at once. Each effect must happen once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery, FakeSocketMode } from '../fakes/slack/index.js';
import { errorsIn, replicasCanRun, replicaWorld, runFlows, SKIP_REASON, type ReplicaWorld } from './replicas.js';

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
});
