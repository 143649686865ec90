/** The playground through HTTP: every pane, the full flow, crisis routing, roles, the demo clock, SSE. */
import { request } from 'node:http';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { DEMO_CHANNEL, demoActor } from '../../src/adapters/web/demo.js';
import { defineSlot } from '../../src/core/index.js';
import { crisisEvents, rotaSignups, supportRequests } from '../../src/db/schema.js';
import { type TestDatabase } from '../support/db.js';
import { lastAction, PEOPLE, freshWebPerTest, startTestWeb, textOf, type TestWeb } from './support.js';

const riley = PEOPLE.member.ref;
const alex = PEOPLE.alex.ref;
const jordan = PEOPLE.jordan.ref;
const sam = PEOPLE.sam.ref;

let database: TestDatabase;
let t: TestWeb;
/** A fresh demo per test: an emptied database, seeded again by a new server. */
freshWebPerTest((made, db) => {
  t = made;
  database = db;
});

async function listen(fields: Record<string, string> = {}) {
  const reply = await t.client.command(riley, 'listen', { topic: 'grief', check_in: 'ask', ...fields });
  expect(reply.status).toBe(200);
}

describe('the playground page', () => {
  it('redirects / to the playground and shows every pane, with local assets only', async () => {
    const home = await t.client.get('/');
    expect(home.status).toBe(303);
    expect(home.headers.get('location')).toBe('/playground');
    const page = await t.client.get('/playground');
    expect(page.status).toBe(200);
    for (const heading of ['Riley', '#volunteers', 'Session spaces', 'Alex', 'Jordan', 'Sam', 'Demo clock']) expect(textOf(page.text)).toContain(heading);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    // No CDN, no external font or script: every src/href to a resource is local.
    expect(page.text).not.toMatch(/(src|href)="https?:\/\/(?!127\.0\.0\.1)/);
    const css = await t.client.get('/assets/peerline.css');
    const js = await t.client.get('/assets/peerline.js');
    expect([css.status, js.status]).toEqual([200, 200]);
    expect(css.text).not.toMatch(/@import|url\(http/);
    expect(js.text).toContain('EventSource');
  });

  it('labels every form control', async () => {
    const page = (await t.client.get('/playground')).text;
    const ids = [...page.matchAll(/<(?:select|textarea|input)(?![^>]*type="hidden")[^>]*\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(page, `label for #${id}`).toContain(`for="${id}"`);
    const unlabelled = [...page.matchAll(/<(select|textarea)(?![^>]*\sid=)[^>]*>/g)];
    expect(unlabelled).toEqual([]);
  });
});

describe('the main flow, by the same posts the page makes', () => {
  it('listen → offer → accept → talk → end → feedback', async () => {
    await listen({ note: 'my grandmother died last month' });
    const member = textOf(await t.client.pane('member'));
    expect(member).toContain('Your request is in the queue');
    expect(member).toContain('2 listeners are on duty');

    const channel = await t.client.pane('channel');
    expect(textOf(channel)).toContain('Someone would like to talk');
    expect(textOf(channel)).toContain('my grandmother died last month');
    // The card never names the member.
    expect(channel).not.toContain('Riley');
    expect(channel).not.toContain(riley);
    // Alex has lived experience of grief, so is mentioned first.
    expect(textOf(channel)).toMatch(/@Alex @Jordan/);

    await t.client.press(alex, lastAction(channel, 'Accept'));
    expect(textOf(await t.client.pane('alex'))).toContain('You accepted the request');
    expect(textOf(await t.client.pane('channel'))).toContain('Accepted after');
    expect(await t.client.pane('channel')).not.toContain('>Accept<');
    const spaces = await t.client.pane('spaces');
    expect(textOf(spaces)).toContain('In this space: Riley and Alex');
    expect(textOf(spaces)).toContain('Your listening session');
    expect(textOf(await t.client.pane('member'))).toContain('A listener is here for you');

    // Both now write in the space, from their own panes.
    const memberPane = await t.client.get('/playground/panes/member');
    const places = (JSON.parse(memberPane.text) as { places: { value: string; label: string }[] }).places;
    const space = places.find((p) => p.value !== 'bot');
    expect(space?.label).toContain('Listening session · grief');
    await t.client.say(riley, space!.value, 'thank you for being here');
    await t.client.say(alex, space!.value, 'I am glad you asked');
    const talk = textOf(await t.client.pane('spaces'));
    expect(talk).toMatch(/Riley Mon 10:00 thank you for being here/);
    expect(talk).toMatch(/Alex Mon 10:00 I am glad you asked/);

    await t.client.press(riley, lastAction(await t.client.pane('member'), 'End session'));
    expect(textOf(await t.client.pane('spaces'))).toContain('(closed)');
    expect(textOf(await t.client.pane('alex'))).toContain('Session ended');
    const ended = await t.client.pane('member');
    expect(textOf(ended)).toContain('Did it help to talk?');
    await t.client.press(riley, lastAction(ended, 'It helped'));
    await t.client.press(riley, lastAction(ended, 'Check in after 24 h'));
    const after = textOf(await t.client.pane('member'));
    expect(after).toContain('Your answer helps the volunteers here');
    expect(after).toContain('Check-in booked');
    // The note went with the request.
    const [row] = await t.deps.db.select({ note: supportRequests.note, status: supportRequests.status }).from(supportRequests);
    expect(row).toEqual({ note: null, status: 'closed' });
  });

  it('relays an anonymous session through Peerline: the listener never sees who the member is', async () => {
    await listen({ anonymous: 'on' });
    await t.client.press(jordan, lastAction(await t.client.pane('channel'), 'Accept'));
    const spaces = await t.client.pane('spaces');
    expect(textOf(spaces)).toContain('In this space: Jordan —');
    expect(spaces).not.toContain('Riley');
    await t.client.say(riley, 'bot', 'hello from nowhere');
    expect(textOf(await t.client.pane('spaces'))).toContain('Member hello from nowhere');
    const relayPlace = (JSON.parse((await t.client.get('/playground/panes/jordan')).text) as { places: { value: string }[] }).places[1]!.value;
    await t.client.say(jordan, relayPlace, 'hello, I am listening');
    const member = textOf(await t.client.pane('member'));
    expect(member).toContain('Your listener hello, I am listening');
  });

  it('routes crisis language: private resources for the member, an alert without the words for coordinators', async () => {
    await t.client.say(riley, 'bot', "I don't want to be alive anymore");
    const member = await t.client.pane('member');
    expect(member).toContain('tone-crisis');
    expect(textOf(member)).toContain('⚠ Crisis support');
    expect(textOf(member)).toContain('Are you safe right now?');
    // The demo community's country is GB: a named line with a number, not the international directory.
    expect(textOf(member)).toContain('Samaritans');
    expect(textOf(member)).toContain('116 123');
    const channel = await t.client.pane('channel');
    expect(textOf(channel)).toContain('Crisis alert');
    expect(textOf(channel)).toContain('@Sam');
    expect(channel).not.toContain('alive anymore');
    // Sam is told in their own pane, with a link to the alert in the channel.
    const samPane = await t.client.pane('sam');
    expect(textOf(samPane)).toContain('@ You were mentioned in #volunteers');
    const target = /<a href="#(m-[0-9a-f-]+)">Crisis alert<\/a>/.exec(samPane)?.[1];
    expect(channel).toContain(`id="${target}"`);
    // A DM to the bot is nowhere a coordinator could open, so the alert carries no link.
    expect(textOf(channel)).toContain('There is no link to the place it happened');
    const [events] = await t.deps.db.select({ n: count() }).from(crisisEvents).where(eq(crisisEvents.tier, 'high'));
    expect(events?.n).toBe(1);
    // High risk queues a crisis request at once, at the front of the queue (issue 13): no button needed.
    expect(textOf(await t.client.pane('channel'))).toContain('Crisis request: someone needs a listener now');
  });

  it('links the coordinators\' alert to the message when crisis language comes up in a session', async () => {
    await listen();
    await t.client.press(alex, lastAction(await t.client.pane('channel'), 'Accept'));
    const space = t.web.store.spaces('web:demo')[0]!;
    await t.client.say(riley, space.ref, "I'm going to kill myself");
    const channel = textOf(await t.client.pane('channel'));
    expect(channel).toContain('Crisis language (high) was detected in a listening session');
    const link = /Open: (http:\/\/127\.0\.0\.1:\d+\/playground#(m-[0-9a-f-]+))/.exec(channel);
    expect(link).not.toBeNull();
    // The link points at Riley's message in the session space.
    expect(await t.client.pane('spaces')).toContain(`id="${link![2]}"`);
    expect(textOf(await t.client.pane('member'))).toContain('Are you safe right now?');
  });

  it('leaves role checks to core: a member cannot accept or see stats, a volunteer cannot issue dashboard links', async () => {
    await listen();
    await t.client.press(riley, lastAction(await t.client.pane('channel'), 'Accept'));
    expect(textOf(await t.client.pane('member'))).toContain('Not a volunteer here');
    await t.client.command(riley, 'stats', { days: '30' });
    expect(textOf(await t.client.pane('member'))).toContain('Only coordinators of this community can do that');
    await t.client.command(alex, 'dashboard');
    expect(textOf(await t.client.pane('alex'))).toContain('Only coordinators');
    await t.client.command(sam, 'stats', { days: '30' });
    expect(textOf(await t.client.pane('sam'))).toMatch(/Requests 1\b/);
  });

  it('answers bad input privately and changes nothing', async () => {
    await listen({ note: 'x'.repeat(501) });
    expect(textOf(await t.client.pane('member'))).toContain('Your note is too long');
    const [n] = await t.deps.db.select({ n: count() }).from(supportRequests);
    expect(n?.n).toBe(0);
    const forged = await t.client.press(riley, 'pl:accept:not-a-uuid');
    expect(forged.status).toBe(200);
    expect(textOf(await t.client.pane('member'))).toContain('This is out of date');
    expect((await t.client.post('/playground/command', { as: 'web:demo:mallory', command: 'duty-on' })).status).toBe(400);
    expect((await t.client.command(alex, 'format-disk')).status).toBe(400);
  });

  it('refuses cross-site posts', async () => {
    const reply = await t.client.post('/playground/command', { as: riley, command: 'listen', topic: 'grief' }, { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    const site = await t.client.post('/playground/command', { as: riley, command: 'listen', topic: 'grief' }, { 'sec-fetch-site': 'cross-site' });
    expect(site.status).toBe(403);
    const [n] = await t.deps.db.select({ n: count() }).from(supportRequests);
    expect(n?.n).toBe(0);
  });

  it('duty commands show where the volunteer stands', async () => {
    await t.client.command(jordan, 'duty-off');
    await t.client.command(jordan, 'duty-status');
    const jordanPane = textOf(await t.client.pane('jordan'));
    expect(jordanPane).toContain('You are off duty');
    expect(jordanPane).toMatch(/Duty off/);
    await listen();
    // Only Alex is on duty now.
    expect(textOf(await t.client.pane('member'))).toContain('1 listener is on duty');
  });
});

describe('the rota in a volunteer\'s pane', () => {
  /** What the pane's latest rota says of slot 1 on 2026-11-23 (the demo's first day: a Monday, 10:00 in London). */
  const line = (pane: string) => {
    const text = textOf(pane);
    return /\(2026-11-23\) — (.*?) (?=#|Slots:)/.exec(text.slice(text.lastIndexOf('Rota: the next')))?.[1] ?? '';
  };

  /** The coordinator adds a weekly evening slot (as the dashboard's rota tab does): the demo starts with none. */
  const addSlot = async () => {
    const saved = await defineSlot(t.deps, demoActor(PEOPLE.sam), { kind: 'weekly', days: 'mon-fri', start: '18:00', end: '22:00', wanted: 2 });
    expect(saved.ok).toBe(true);
  };

  it('says so when the rota has no slots yet', async () => {
    await t.client.command(alex, 'rota');
    expect(textOf(await t.client.pane('alex'))).toContain('The rota is empty');
  });

  it('shows the shifts, signs up for one, shows it as theirs, and withdraws', async () => {
    await addSlot();
    await t.client.command(alex, 'rota');
    const shown = await t.client.pane('alex');
    expect(textOf(shown)).toContain('Rota: the next 2 weeks');
    expect(textOf(shown)).toContain('Slots: #1 Mon–Fri 18:00–22:00, 2 listeners');
    expect(line(shown)).toBe('0 of 2, 2 wanted');

    await t.client.command(alex, 'rota-signup', { slot: '1', date: '2026-11-23' });
    expect(textOf(await t.client.pane('alex'))).toContain('You are on the rota');
    await t.client.command(alex, 'rota');
    expect(line(await t.client.pane('alex'))).toBe('1 of 2, 1 wanted · you');
    // Jordan's rota counts Alex's place, not as Jordan's own.
    await t.client.command(jordan, 'rota');
    expect(line(await t.client.pane('jordan'))).toBe('1 of 2, 1 wanted');

    await t.client.command(alex, 'rota-withdraw', { slot: '1', date: '2026-11-23' });
    expect(textOf(await t.client.pane('alex'))).toContain('You are off that shift');
    await t.client.command(alex, 'rota');
    expect(line(await t.client.pane('alex'))).toBe('0 of 2, 2 wanted');
  });

  it('answers a missing or wrong slot or date privately, and signs nobody up', async () => {
    await addSlot();
    const cases: [person: string, pane: string, command: string, fields: Record<string, string>, said: string][] = [
      [alex, 'alex', 'rota-signup', { slot: '', date: '2026-11-23' }, 'Write the slot as its number'],
      [alex, 'alex', 'rota-signup', { slot: '1.5', date: '2026-11-23' }, 'Write the slot as its number'],
      [alex, 'alex', 'rota-signup', { slot: '1', date: '' }, 'write the date as YYYY-MM-DD'],
      [alex, 'alex', 'rota-signup', { slot: '1', date: '23/11/2026' }, 'write the date as YYYY-MM-DD'],
      [alex, 'alex', 'rota-signup', { slot: '7', date: '2026-11-23' }, 'There is no rota slot 7'],
      // 2026-11-28 is a Saturday: the slot runs Monday to Friday.
      [alex, 'alex', 'rota-signup', { slot: '1', date: '2026-11-28' }, 'Slot 1 has no shift on 2026-11-28'],
      [alex, 'alex', 'rota-withdraw', { slot: '1', date: '2026-11-23' }, 'You are not signed up for that shift'],
      // Jordan's training runs out in three weeks (the demo's seed): core refuses a shift after that.
      [jordan, 'jordan', 'rota-signup', { slot: '1', date: '2026-12-18' }, 'so you cannot sign up for a shift on 2026-12-18'],
      // Only a volunteer has a rota: core says so to the member.
      [riley, 'member', 'rota', {}, 'Not a volunteer here'],
    ];
    for (const [person, pane, command, fields, said] of cases) {
      expect((await t.client.command(person, command, fields)).status).toBe(200);
      const text = textOf(await t.client.pane(pane));
      // The pane's newest entry is the private reply.
      expect(text.slice(text.lastIndexOf('only you can see this')), `${command} ${JSON.stringify(fields)}`).toContain(said);
    }
    expect(textOf(await t.client.pane('alex'))).not.toContain('You are on the rota');
    const [n] = await t.deps.db.select({ n: count() }).from(rotaSignups);
    expect(n?.n).toBe(0);
  });
});

describe('the demo clock', () => {
  it('moves time and runs the escalation ladder and check-ins', async () => {
    await listen();
    const moved = await t.client.post('/playground/clock', { minutes: '15' });
    expect(JSON.parse(moved.text)).toMatchObject({ ok: true, now: expect.stringContaining('15 min ahead') });
    const channel = textOf(await t.client.pane('channel'));
    expect(channel).toContain('A request is still waiting');
    expect(channel).toMatch(/@Sam/);
    // Accept, end with a 4-hour check-in, then move the clock past it.
    await t.client.press(alex, lastAction(await t.client.pane('channel'), 'Accept'));
    await t.client.press(alex, lastAction(await t.client.pane('spaces'), 'End session'));
    await t.client.press(riley, lastAction(await t.client.pane('member'), 'Check in after 4 h'));
    await t.client.post('/playground/clock', { minutes: '240' });
    expect(textOf(await t.client.pane('member'))).toMatch(/I'm OK|I’m OK/);
  });

  it('refuses steps other than the offered ones', async () => {
    expect((await t.client.post('/playground/clock', { minutes: '-60' })).status).toBe(400);
    expect(t.clock.offsetMs).toBe(0);
  });

  it('does not exist outside demo mode', async () => {
    await t.stop();
    // Started here, so stopped here: the file's fixture stops only the demos it started.
    const dashboard = await startTestWeb({ mode: 'dashboard', database });
    try {
      expect((await dashboard.client.get('/playground')).status).toBe(404);
      expect((await dashboard.client.post('/playground/clock', { minutes: '15' })).status).toBe(404);
      expect(dashboard.clock.offsetMs).toBe(0);
      expect(textOf((await dashboard.client.get('/')).text)).toContain('Sign in with a link from the bot');
    } finally {
      await dashboard.stop();
    }
  });
});

describe('live updates', () => {
  it('tells a connected page which panes changed, over server-sent events', async () => {
    const received: string[] = [];
    const url = new URL('/playground/events', t.web.url);
    const req = request(url, { headers: { accept: 'text/event-stream' } });
    const connected = new Promise<void>((resolve, reject) => {
      req.on('response', (res) => {
        expect(res.headers['content-type']).toContain('text/event-stream');
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => received.push(chunk));
        resolve();
      });
      req.on('error', reject);
    });
    req.end();
    await connected;
    await listen();
    const deadline = Date.now() + 3000;
    // The offer card (channel pane) and the member's reply (member pane) are published in either order.
    const both = () => ['data: channel', 'data: member'].every((d) => received.join('').includes(d));
    while (!both() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const stream = received.join('');
    expect(stream).toContain('event: pane\ndata: member');
    expect(stream).toContain('event: pane\ndata: channel');
    // Only which pane changed travels on the stream; the content is fetched separately.
    expect(stream).not.toContain('queue');
    req.destroy();
  });

  it('keeps what the web platform shows in memory, keyed by web: refs', () => {
    expect(t.web.store.entries(DEMO_CHANNEL)).toEqual([]);
  });
});
