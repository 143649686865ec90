/** With the database unreachable, the Slack adapter still answers: resources from memory, a clear error otherwise. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { startSlackHarness, TEAM, type SlackHarness } from './harness.js';
import { command } from '../fakes/slack/index.js';

let database: TestDatabase;
let h: SlackHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  const broken = await openDatabase({ kind: 'pglite', dataDir: null });
  await broken.close();
  h = await startSlackHarness(database, { database: { db: broken.db } });
});
afterAll(async () => {
  await h.stop();
  await database.dispose();
});

async function reply(text: string, id: string): Promise<{ text: string; ms: number; body: string }> {
  const res = await h.send(command(TEAM, 'U0SOMEONE', 'C0GENERAL', text, h.fake.responseUrl(id)));
  expect(res.status).toBe(200);
  const [r] = await h.fake.waitFor(() => (h.fake.responsesFor(id).length > 0 ? h.fake.responsesFor(id) : null));
  return { text: String(r!['text']), ms: res.ms, body: JSON.stringify(r) };
}

describe('Slack with the database down', () => {
  it('still answers /peer resources from memory', async () => {
    const r = await reply('resources gb', 'res');
    expect(r.body).toContain('Samaritans');
    expect(r.body).toContain('116 123');
  });

  it('acknowledges /peer listen at once and explains privately that it could not be done', async () => {
    const r = await reply('listen i need to talk', 'listen');
    expect(r.ms).toBeLessThan(3000);
    expect(r.text).toContain('Peerline is having trouble');
    expect(r.text).toContain('/resources');
  });
});
