import { words } from '../support/words.js';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { configureCommunity } from '../../src/core/use-cases/configure-community.js';
import { handleMessage } from '../../src/core/use-cases/handle-message.js';
import { requestListener } from '../../src/core/use-cases/request-listener.js';
import { showResources } from '../../src/core/use-cases/show-resources.js';
import { openDatabase } from '../../src/db/client.js';
import { crisisEvents, sessions } from '../../src/db/schema.js';
import { createTestCore, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { reachPerson } from '../../src/core/use-cases/reach-person.js';
import type { ChatPlatform } from '../../src/core/ports.js';
import { alice, coordinator, member, VOLUNTEER_CHANNEL } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });

const dm = (text: string, author = member.user) => handleMessage(fx.core.deps, { community: member.community, author, place: { kind: 'dm' }, text });

describe('crisis language in a direct message', () => {
  it('answers privately with the country line, a direct question and a human route, and alerts coordinators without the text', async () => {
    const text = 'i really want to kill myself tonight';
    const outcome = await dm(text);
    expect(['high', 'imminent']).toContain(outcome.crisis.tier);
    expect(outcome.crisis.replied).toBe(true);
    const [reply] = fx.core.platform.privateTo(member.user);
    expect(reply?.tone).toBe('crisis');
    expect(reply?.text).toContain('Are you safe right now?');
    expect(reply?.text).toContain("I'm Peerline, a bot");
    expect(reply?.text).toContain('Samaritans, 24/7: call 116 123.');
    expect(reply?.buttons?.map((b) => b.label)).toEqual(["I'm safe", "I'm not safe", 'Not sure']);

    const alert = fx.core.platform.of('postToChannel').find((c) => c.view.title?.startsWith('Crisis alert') === true);
    expect(alert?.channel).toBe(VOLUNTEER_CHANNEL);
    expect(alert?.view.mentions).toEqual([coordinator.user]);
    // Named by mention (a field about them), with a button to reach them — never the words.
    expect(alert?.view.fields?.[0]?.about).toBe(member.user);
    expect(alert?.view.buttons?.[0]?.action).toMatch(/^pl:crisis-reach:/);
    expect(JSON.stringify(alert)).not.toContain('kill');

    const events = await fx.database.db.select().from(crisisEvents);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ source: 'dm', subjectRef: member.user });
    expect(events[0]?.ruleIds.length).toBeGreaterThan(0);
    const dump = await fx.database.db.execute(sql`select row_to_json(c)::text as j from crisis_events c`);
    expect(JSON.stringify(dump)).not.toContain('kill myself');
  });

  it('marks the alert taken when "Reach them" is pressed before the alert\'s place was recorded', async () => {
    // A coordinator's click lands between the platform posting the alert and the bot recording where it
    // is: "Reach them" then finds no alert to update, so recording the place must update it instead.
    const platform = fx.core.platform;
    const reaches: unknown[] = [];
    const post: ChatPlatform['postToChannel'] = async (...args) => {
      const ref = await (platform as ChatPlatform).postToChannel(...args);
      const reach = /^pl:crisis-reach:(.+)$/.exec(args[1].buttons?.[0]?.action ?? '');
      if (reach !== null) reaches.push(await reachPerson(fx.core.deps, coordinator, reach[1]!));
      return ref;
    };
    const clickingFast = new Proxy(platform, {
      get: (target, key) => {
        if (key === 'postToChannel') return post;
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
    await handleMessage({ ...fx.core.deps, platform: clickingFast }, { community: member.community, author: member.user, place: { kind: 'dm' }, text: 'i really want to kill myself tonight' });
    expect(reaches).toEqual([expect.objectContaining({ ok: true })]);
    const alert = platform.of('postToChannel').find((c) => c.view.title?.startsWith('Crisis alert') === true)!;
    const updates = platform.of('updateMessage').filter((u) => u.message === alert.ref);
    expect(updates.map((u) => u.view.title)).toEqual(['Crisis alert: taken']);
    expect(updates[0]?.view.fields?.map((f) => f.about)).toEqual([member.user, coordinator.user]);
  });

  it('says nothing to idioms and ordinary talk', async () => {
    for (const text of ['this deadline is killing me', 'kill the process and restart it', "i'm dying to see that film"]) {
      expect((await dm(text)).crisis.tier).toBe('none');
    }
    expect(fx.core.platform.calls).toHaveLength(0);
    expect(await fx.database.db.select().from(crisisEvents)).toHaveLength(0);
  });

  it('answers every repeat, with a short "I\'m still here" within the cooldown, and gives a full reply again when the tier rises', async () => {
    await dm('i wish i could just disappear');
    expect(fx.core.platform.privateTo(member.user).map((v) => v.title)).toEqual(['Checking in']);
    await dm('i see no reason to keep going');
    expect(fx.core.platform.privateTo(member.user).map((v) => v.title)).toEqual(['Checking in', "I'm still here"]);
    await dm('i want to end my life');
    const titles = fx.core.platform.privateTo(member.user).map((v) => v.title);
    expect(titles.slice(0, 3)).toEqual(['Checking in', "I'm still here", "You don't have to face this alone"]);
    fx.core.clock.advanceMinutes(31);
    await dm('i wish i could just disappear');
    expect(fx.core.platform.privateTo(member.user).at(-1)?.title).not.toBe("I'm still here");
    expect(await fx.database.db.select().from(crisisEvents)).toHaveLength(4);
  });

  it('gives elevated risk a gentle check-in and no coordinator alert', async () => {
    await dm("they'd all be better off without me");
    const [reply] = fx.core.platform.privateTo(member.user);
    expect(reply?.title).toBe('Checking in');
    expect(reply?.text).toContain('116 123');
    expect(reply?.buttons?.[0]?.action).toBe('pl:crisis-listener');
    expect(fx.core.platform.of('postToChannel')).toHaveLength(0);
  });

  it('still answers when the alert cannot be posted', async () => {
    // The crisis request's card, then the alert.
    fx.core.platform.failNext('postToChannel');
    fx.core.platform.failNext('postToChannel');
    const outcome = await dm('i am going to kill myself');
    expect(outcome.crisis.replied).toBe(true);
    expect(fx.core.log.entries.some((e) => e.code === 'crisis.record_failed')).toBe(true);
  });
});

describe('crisis language elsewhere', () => {
  it('scans watched channels only, answering in the channel privately', async () => {
    const place = { kind: 'channel' as const, channel: 'test:chan:general' };
    const text = 'i want to end my life';
    expect((await handleMessage(fx.core.deps, { community: member.community, author: member.user, place, text })).crisis.tier).toBe('none');
    expect(fx.core.platform.calls).toHaveLength(0);
    must(await configureCommunity(fx.core.deps, coordinator, { settings: { watchedChannels: ['test:chan:general'] } }));
    const outcome = await handleMessage(fx.core.deps, { community: member.community, author: member.user, place, text, message: 'test:msg:42' });
    expect(outcome.crisis.tier).toBe('high');
    expect(fx.core.platform.of('sendPrivate')[0]).toMatchObject({ user: member.user, channel: 'test:chan:general' });
    const alert = fx.core.platform.of('postToChannel').find((c) => c.view.title?.startsWith('Crisis alert') === true);
    expect(alert?.view.text).toContain('https://chat.test/test:msg:42');
  });

  it('raises a request with a crisis note to the front and links the alert to its card', async () => {
    const { view } = must(await requestListener(fx.core.deps, member, { note: "i took a handful of my mom's pills and i feel dizzy" }));
    expect(words(view).text).toContain('at the front of the queue');
    expect(fx.core.platform.privateTo(member.user)[0]?.title).toBe('Your safety comes first');
    const [card, alert] = fx.core.platform.of('postToChannel');
    expect(card?.view.title).toContain('Crisis request');
    expect(alert?.view.text).toContain(`https://chat.test/${card?.ref}`);
    expect((await fx.database.db.select().from(crisisEvents))[0]?.source).toBe('note');
  });

  it('marks a session that met crisis language, from the member but not from the listener', async () => {
    const { requestId } = must(await requestListener(fx.core.deps, member, {}));
    const { spaceRef, sessionId } = must(await acceptRequest(fx.core.deps, alice, requestId));
    await handleMessage(fx.core.deps, { community: member.community, author: alice.user, place: { kind: 'space', space: spaceRef }, text: 'are you thinking about killing yourself?' });
    expect((await fx.database.db.select().from(sessions).where(eq(sessions.id, sessionId)))[0]?.hadCrisis).toBe(false);
    await handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'space', space: spaceRef }, text: 'honestly i want to die' });
    expect((await fx.database.db.select().from(sessions).where(eq(sessions.id, sessionId)))[0]?.hadCrisis).toBe(true);
    expect((await fx.database.db.select().from(crisisEvents))[0]).toMatchObject({ source: 'session', sessionId });
  });
});

describe('when the database is down', () => {
  it('still shows resources and still answers crisis language from memory', async () => {
    const broken = await openDatabase({ kind: 'pglite', dataDir: null });
    await broken.close();
    const offline = createTestCore(broken);
    offline.deps.communities.remember(fx.core.deps.communities.peek(member.community)!);
    const resources = must(showResources(offline.deps, member));
    expect(JSON.stringify(resources.fields)).toContain('Samaritans');
    const outcome = await handleMessage(offline.deps, { community: member.community, author: member.user, place: { kind: 'dm' }, text: 'i want to kill myself' });
    expect(outcome.crisis.replied).toBe(true);
    expect(offline.platform.privateTo(member.user)[0]?.text).toContain('116 123');
    expect(offline.log.entries.map((e) => e.code)).toContain('message.lookup_failed');
    // A fresh PGlite runs initdb and the migrations: on a busy shared machine that alone can take 20 s.
  }, 90_000);

  it('falls back to the international list when the country is unknown', async () => {
    const view = must(showResources(fx.core.deps, null));
    expect(words(view).text).toContain('wherever you are');
    expect(errorCodeOf(showResources(fx.core.deps, null, 'Narnia'))).toBe('bad-input');
    expect(JSON.stringify(must(showResources(fx.core.deps, null, 'us')).fields)).toContain('988');
  });
});

function errorCodeOf(result: ReturnType<typeof showResources>): string | null {
  return result.ok ? null : result.error.code;
}
