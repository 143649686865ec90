/**
 * Issue 13 in the playground, through the same HTTP posts the page makes: a crisis request nobody
 * accepts, with nobody on duty, escalates every 10 minutes for 2 hours of the demo clock (moved in its
 * 5-minute steps), the member hears honestly now and then, and it stops once a listener accepts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { lastAction, PEOPLE, startTestWeb, textOf, type TestWeb } from './support.js';

const riley = PEOPLE.member.ref;
const alex = PEOPLE.alex.ref;
const jordan = PEOPLE.jordan.ref;

let database: TestDatabase;
let t: TestWeb;
beforeAll(async () => {
  database = await createTestDatabase();
  t = await startTestWeb({ database });
});
afterAll(async () => {
  await t?.stop();
  await database?.dispose();
});

const occurrences = (text: string, phrase: string) => text.split(phrase).length - 1;
const ROUND = 'I will ask again every 10 minutes';
const UPDATE = 'Nobody has answered yet';

async function fiveMinutes(times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) expect((await t.client.post('/playground/clock', { minutes: '5' })).status).toBe(200);
}

describe('a crisis request in the playground with nobody on duty', () => {
  it('is asked about every 10 minutes for 2 hours, the member told honestly, until a listener accepts', async () => {
    expect((await t.client.command(alex, 'duty-off')).status).toBe(200);
    expect((await t.client.command(jordan, 'duty-off')).status).toBe(200);
    // A note with crisis language makes the request a crisis request.
    expect((await t.client.command(riley, 'listen', { topic: 'grief', check_in: 'ask', note: 'i want to kill myself' })).status).toBe(200);

    await fiveMinutes(24);
    const channel = textOf(await t.client.pane('channel'));
    expect(occurrences(channel, ROUND)).toBe(12);
    expect(channel).toContain('Nobody is on duty right now.');
    const member = textOf(await t.client.pane('member'));
    expect(occurrences(member, UPDATE)).toBe(5);
    expect(member).toContain('Samaritans');

    expect((await t.client.command(alex, 'duty-on')).status).toBe(200);
    await t.client.press(alex, lastAction(await t.client.pane('channel'), 'Accept'));
    await fiveMinutes(6);
    expect(occurrences(textOf(await t.client.pane('channel')), ROUND)).toBe(12);
    expect(occurrences(textOf(await t.client.pane('member')), UPDATE)).toBe(5);
    expect(textOf(await t.client.pane('member'))).toContain('A listener is here for you');
  });
});
