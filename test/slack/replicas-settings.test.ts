/**
 * Issue 21, caches in step, with real processes: two `peerline start` replicas (Slack HTTP mode) on one
 * PostgreSQL database. Replica B answers `/peer resources` from its in-memory copy of the community; a
 * coordinator changes the country through replica A; B's very next `/peer resources` names the new country's
 * line. Without the change notices B would keep its copy for 60 s and name the old one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { command, sendToBolt } from '../fakes/slack/index.js';
import { errorsIn, replicasCanRun, replicaWorld, SKIP_REASON, TEAM, type Replica, type ReplicaWorld } from './replicas.js';

const SECRET = 'replica-settings-secret';

if (!replicasCanRun) console.warn(SKIP_REASON);

describe.skipIf(!replicasCanRun)('Slack, 2 replicas: a settings change through one is used by the other at once', () => {
  let w: ReplicaWorld;
  let a: Replica;
  let b: Replica;

  beforeAll(async () => {
    w = await replicaWorld(0);
    [a, b] = await Promise.all(['a', 'b'].map((name) => w.spawn(name, { SLACK_SIGNING_SECRET: SECRET }))) as [Replica, Replica];
  }, 180_000);

  afterAll(async () => w?.dispose(), 60_000);

  /** What replica `r` answers a command with: the ack's body and any posts to its response_url. */
  async function ask(r: Replica, user: string, text: string, id: string): Promise<string> {
    const answer = await sendToBolt(`http://127.0.0.1:${r.port}/slack/events`, SECRET, command(TEAM, user, 'C0GENERAL', text, w.fake.responseUrl(id)));
    expect(answer.status, `/peer ${text} on ${r.name}`).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return answer.text + JSON.stringify(w.fake.responsesFor(id));
  }

  it('names the new country\'s line on B right after the change through A', async () => {
    // B has read the community (GB) and holds it in memory.
    const before = await ask(b, 'U0MEMBER0', 'resources', 'resources-before');
    expect(before).toContain('Samaritans');

    const changed = await ask(a, 'U0ADMIN', 'settings set country US', 'settings');
    expect(changed, changed.slice(0, 600)).toContain('Settings saved');

    const started = Date.now();
    let after = '';
    for (let i = 0; Date.now() - started < 5000; i += 1) {
      after = await ask(b, 'U0MEMBER0', 'resources', `resources-after-${i}`);
      if (after.includes('988 Suicide & Crisis Lifeline')) break;
    }
    expect(after).toContain('988 Suicide & Crisis Lifeline');
    expect(after).not.toContain('Samaritans');
    // Far inside B's 60 s expiry: the notice, not the clock, refreshed B's copy.
    expect(Date.now() - started).toBeLessThan(5000);
    for (const r of [a, b]) expect(errorsIn(r)).toEqual([]);
    expect(b.logs.some((line) => line.includes('"code":"db.listening"'))).toBe(true);
  }, 60_000);
});
