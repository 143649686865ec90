/** Conversation context: signals of a person's recent messages in a place combine; text is never kept. */
import { describe, expect, it } from 'vitest';
import { compileDetector, ConversationContext, english, type Detection } from '../../src/crisis/index.js';

const MIN = 60_000;

/** Feeds [person, text, minutes] in order to one context (one place unless given) and returns the tiers. */
function run(lines: readonly (readonly [string, string, number?])[], context = new ConversationContext(), place = 'channel-1'): string[] {
  return lines.map(([person, text, minutes]) => context.observe(person, place, english.signals(text), (minutes ?? 0) * MIN).tier);
}

describe('conversation context', () => {
  it('reads a plan spread over messages as one', () => {
    expect(run([['ann', 'i have the pills'], ['ann', 'tonight']])).toEqual(['high', 'imminent']);
    expect(run([['ann', "i can't do this anymore"], ['ann', "i'm at the bridge now"]])).toEqual(['elevated', 'imminent']);
    expect(run([['ann', 'there are pills in the cabinet'], ['ann', "i'm done"]])).toEqual(['none', 'high']);
  });

  it('names the rules of every message that made the tier', () => {
    const c = new ConversationContext();
    c.observe('ann', 'dm', english.signals('i want to die'), 0);
    const d: Detection = c.observe('ann', 'dm', english.signals('tonight'), MIN);
    expect(d).toEqual({ tier: 'imminent', rules: ['intent.want-die', 'time.soon'] });
  });

  it('keeps people and places apart', () => {
    expect(run([['ann', 'i have the pills'], ['bob', 'tonight'], ['ann', 'ok'], ['bob', 'see you']])).toEqual(['high', 'none', 'none', 'none']);
    const c = new ConversationContext();
    c.observe('ann', 'place-a', english.signals('i want to die'), 0);
    expect(c.observe('ann', 'place-b', english.signals('tonight'), 0).tier).toBe('none');
    expect(c.observe('ann', 'place-a', english.signals('tonight'), 0).tier).toBe('imminent');
  });

  it('never raises a message that adds nothing', () => {
    expect(run([['ann', 'i want to die'], ['ann', 'ok thanks'], ['ann', 'i want to die'], ['ann', 'hello']])).toEqual(['high', 'none', 'high', 'none']);
  });

  it('keeps a disclosure after a retraction: a later signal still adds to it', () => {
    expect(run([['ann', 'i want to die'], ['ann', 'jk'], ['ann', 'tonight']])).toEqual(['high', 'none', 'imminent']);
  });

  it('lets laughter after a disclosure keep a later time from imminent', () => {
    expect(run([['ann', 'i want to kill myself lol'], ['ann', 'today']])).toEqual(['high', 'none']);
  });

  it('forgets after five messages or fifteen minutes', () => {
    const quiet = ['a', 'b', 'c'].map((t) => ['ann', t] as const);
    expect(run([['ann', 'i want to die'], ...quiet, ['ann', 'tonight']]).at(-1)).toBe('imminent'); // fifth message
    expect(run([['ann', 'i want to die'], ...quiet, ['ann', 'd'], ['ann', 'tonight']]).at(-1)).toBe('none'); // sixth
    expect(run([['ann', 'i want to die', 0], ['ann', 'tonight', 15]]).at(-1)).toBe('imminent');
    expect(run([['ann', 'i want to die', 0], ['ann', 'tonight', 16]]).at(-1)).toBe('none');
  });

  it('forgets a person in every place on request', () => {
    const c = new ConversationContext();
    c.observe('ann', 'a', english.signals('i want to die'), 0);
    c.observe('ann', 'b', english.signals('i want to die'), 0);
    c.observe('bob', 'a', english.signals('i want to die'), 0);
    expect(c.forget('ann')).toBe(2);
    expect(c.size).toBe(1);
    expect(c.observe('ann', 'a', english.signals('tonight'), 0).tier).toBe('none');
    expect(c.observe('bob', 'a', english.signals('tonight'), 0).tier).toBe('imminent');
    // A person whose id is a prefix of another's is another person.
    c.observe('an', 'a', english.signals('i want to die'), 0);
    c.forget('a');
    expect(c.observe('an', 'a', english.signals('tonight'), 0).tier).toBe('imminent');
  });

  it('holds no key for messages without signals, and at most maxKeys keys', () => {
    const c = new ConversationContext({ maxKeys: 2 });
    c.observe('ann', 'a', english.signals('the build is green'), 0);
    expect(c.size).toBe(0);
    for (const p of ['p1', 'p2', 'p3']) c.observe(p, 'a', english.signals('i want to die'), 0);
    expect(c.size).toBe(2);
    expect(c.observe('p1', 'a', english.signals('tonight'), 0).tier).toBe('none'); // the least recently seen went first
    expect(c.observe('p3', 'a', english.signals('tonight'), 0).tier).toBe('imminent');
  });

  it('holds at most maxKeys keys, messages entries a key and MAX_SIGNALS signals an entry, each rule once', () => {
    const c = new ConversationContext({ maxKeys: 50, messages: 5 });
    // A phrase repeated hundreds of times is one signal; a message of every English rule's first phrase is many.
    const repeated = english.signals('i want to die. '.repeat(400));
    expect(repeated.hits.length).toBeGreaterThan(100);
    const many = english.signals(english.rules.map((r) => r.phrases[0]!.replace(/[[\]()|]/g, ' ')).join('. '));
    expect(new Set(many.hits.map((h) => h.rule)).size).toBeGreaterThan(ConversationContext.MAX_SIGNALS);
    for (let m = 0; m < 8; m += 1) {
      for (let k = 0; k < 50; k += 1) c.observe(`person-${k}`, `place-${k % 7}`, m === 0 ? repeated : many, m * MIN);
    }
    const held = c.held;
    expect(held.keys).toBe(50);
    expect(held.entries).toBe(50 * 5);
    expect(held.signals).toBeLessThanOrEqual(held.entries * ConversationContext.MAX_SIGNALS);
    expect(held.signals).toBeGreaterThan((held.entries - 1) * (ConversationContext.MAX_SIGNALS - 1)); // the many-rule messages filled their lists
    expect(held.signals).toBeGreaterThan(held.entries); // the many-rule messages kept several each
    // Seventy more people: still fifty keys, the least recently seen gone.
    for (let k = 50; k < 120; k += 1) c.observe(`person-${k}`, 'place-0', many, 8 * MIN);
    expect(c.held.keys).toBe(50);
    expect(c.held.entries).toBe(50);
  });

  it('reads a window the same with each rule once as with every occurrence', () => {
    const once = new ConversationContext();
    const thrice = new ConversationContext();
    once.observe('ann', 'a', english.signals('i have the pills'), 0);
    thrice.observe('ann', 'a', english.signals('i have the pills. i have the pills. i have the pills'), 0);
    // Each rule once per `afterRisk`: the repeats add nothing held.
    expect(once.held.signals).toBe(2);
    expect(thrice.held.signals).toBeLessThanOrEqual(4);
    const later = thrice.observe('ann', 'a', english.signals('tonight'), MIN);
    expect(later).toEqual(once.observe('ann', 'a', english.signals('tonight'), MIN));
    expect(later.tier).toBe('imminent');
  });

  it('lets a key whose window has run out go', () => {
    const c = new ConversationContext();
    c.observe('ann', 'a', english.signals('i want to die'), 0);
    c.observe('bob', 'a', english.signals('i want to die'), 20 * MIN);
    expect(c.size).toBe(1);
  });

  it('combines the signals of any rule pack', () => {
    const tiny = compileDetector({
      lang: 'xx',
      rules: [{ id: 'intent.tiny', kind: 'intent', phrases: ['quiero morir'], firstPerson: true }],
      self: ['yo'],
      others: ['ella'],
      negations: ['no'],
      reporting: [],
      common: [],
    });
    const c = new ConversationContext();
    expect(c.observe('ana', 'a', tiny.signals('quiero morir'), 0).tier).toBe('high');
    expect(c.observe('ana', 'a', english.signals('tonight'), 0)).toEqual({ tier: 'imminent', rules: ['intent.tiny', 'time.soon'] });
  });

  it('refuses a window of no messages', () => {
    expect(() => new ConversationContext({ messages: 0 })).toThrow();
  });
});
