/**
 * Issue 21, Slack in HTTP mode: two `peerline start` replicas on one PostgreSQL database behind a
 * round-robin proxy, as behind a load balancer. Every request of the whole flow is sent twice — commands
 * and events again with `X-Slack-Retry-Num: 1`, clicks replayed verbatim at the same moment — and the
 * proxy hands the second to the other replica. Each effect must happen once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendToBolt } from '../fakes/slack/index.js';
import { roundRobin, type RoundRobin } from '../support/round-robin.js';
import { errorsIn, replicasCanRun, replicaWorld, runFlows, SKIP_REASON, type ReplicaWorld } from './replicas.js';

const SECRET = 'replica-signing-secret';
const FLOWS = 3;

if (!replicasCanRun) console.warn(SKIP_REASON);

describe.skipIf(!replicasCanRun)('Slack HTTP mode: 2 replicas behind a round-robin proxy', () => {
  let w: ReplicaWorld;
  let proxy: RoundRobin;

  beforeAll(async () => {
    w = await replicaWorld(FLOWS);
    const replicas = await Promise.all(['a', 'b'].map((name) => w.spawn(name, { SLACK_SIGNING_SECRET: SECRET })));
    proxy = await roundRobin(replicas.map((r) => r.port!));
  }, 180_000);

  afterAll(async () => {
    await proxy?.close();
    await w?.dispose();
  }, 60_000);

  it('runs the whole flow with every request delivered twice, to both replicas, with one effect each', async () => {
    const pairs: [number, number][] = [];
    const ackMs: number[] = [];
    await runFlows(
      w,
      async (body) => {
        const at = proxy.log.length;
        if (body.kind === 'interactive') {
          // A replayed click: the same payload twice at once.
          const answers = await Promise.all([sendToBolt(proxy.url, SECRET, body), sendToBolt(proxy.url, SECRET, body)]);
          expect(answers.map((a) => a.status)).toEqual([200, 200]);
          ackMs.push(...answers.map((a) => a.ms));
        } else {
          // Slack's retry: the same request again, marked as a retry, once the first was answered.
          for (const retryNum of [undefined, 1]) {
            const answer = await sendToBolt(proxy.url, SECRET, body, retryNum === undefined ? {} : { retryNum });
            expect(answer.status).toBe(200);
            ackMs.push(answer.ms);
          }
        }
        pairs.push([proxy.log[at]!, proxy.log[at + 1]!]);
      },
      FLOWS,
    );
    // 5 steps per flow, each delivered once to each replica.
    expect(pairs).toHaveLength(5 * FLOWS);
    expect(pairs.every(([first, second]) => first !== second)).toBe(true);
    for (const r of w.replicas) expect(errorsIn(r)).toEqual([]);
    ackMs.sort((x, y) => x - y);
    console.info(`HTTP mode, 2 replicas behind the proxy: ${ackMs.length} requests answered, median ${ackMs[Math.floor(ackMs.length / 2)]} ms, max ${ackMs.at(-1)} ms`);
  }, 240_000);
});
