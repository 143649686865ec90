/** What the detector reports, and each rule with a positive and a negative example. Tables: dev-set and own-set tests. */
import { describe, expect, it } from 'vitest';
import { detect, tierRank } from '../../src/crisis/index.js';
import { RULES } from '../../src/crisis/rules.js';

describe('what the detector reports', () => {
  it('names the rules that decided, and nothing for ordinary talk', () => {
    expect(detect('i want to kill myself')).toEqual({ tier: 'high', rules: ['intent.kill-self'] });
    expect(detect('this deadline is killing me')).toEqual({ tier: 'none', rules: [] });
  });

  it('keeps a disclosure followed by a retraction, and says so', () => {
    const d = detect('i want to die... jk i am fine');
    expect(d.tier).toBe('high');
    expect(d.rules).toContain('retraction.joke');
    expect(detect('lol i am fine').rules).toEqual([]);
  });

  it('tells harassment apart from self-risk', () => {
    expect(detect('kys loser')).toEqual({ tier: 'none', rules: ['harassment.kys'] });
    expect(detect('kys myself honestly').tier).toBe('high');
  });

  it('lowers a negated statement', () => {
    expect(detect('i would never kill myself').tier).toBe('none');
    expect(detect('i am not suicidal').tier).toBe('none');
    expect(detect('i am not sure if i want to die').tier).toBe('high');
    // A negation before the speaker belongs to something else.
    for (const text of ['nobody cares, i want to die', 'no, i want to die', 'i dont know, i want to die', 'without you i want to die']) expect(detect(text).tier, text).toBe('high');
  });

  it('reads wanting to die as intent, and predicting it as talk', () => {
    expect(detect('i keep wanting to die').tier).toBe('high');
    expect(detect("i'm going to die alone lol").tier).toBe('none');
    expect(detect("i'm gonna die tonight").tier).toBe('imminent');
  });

  it('reads a feeling at a time as high, and intent at a set time as imminent', () => {
    expect(detect('i feel suicidal today').tier).toBe('high');
    expect(detect('i want to die today').tier).toBe('imminent');
  });

  it('reads "wrote my note" as a possible farewell: a check-in alone, imminent beside intent', () => {
    expect(detect('i wrote my note').tier).toBe('elevated');
    expect(detect('i wrote my note. i am going to kill myself').tier).toBe('imminent');
    expect(detect('i wrote my notes for the exam').tier).toBe('none');
    expect(detect('i wrote my note to the landlord').tier).toBe('none');
  });

  it('counts means only beside distress or intent', () => {
    expect(detect('800mg ibuprofen for my knee').tier).toBe('none');
    expect(detect('i have 800mg ibuprofen and i want to die').rules).toContain('means.named');
    expect(detect('💊💊💊 i give up').tier).toBe('high');
    expect(detect('💊 reminder at 9').tier).toBe('none');
  });

  it('sees through obfuscation', () => {
    for (const text of ['k1ll mys3lf', 'k.i.l.l myself', 'kiiiiill myseeeelf', '𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟', 'k\u200bill my\u200bself', 'kіll myself' /* Cyrillic і */, 'KILL MYSELF!!!', 'k i l l   m y s e l f']) {
      expect(detect(text).tier, text).toBe('high');
    }
  });

  it('matches whole words only', () => {
    expect(detect('she is skilled at chess').tier).toBe('none');
    expect(detect('the unkillable boss').tier).toBe('none');
  });

  it('is quick on a long message and handles empty input', () => {
    expect(detect('')).toEqual({ tier: 'none', rules: [] });
    const long = 'the build is green and the deploy went fine. '.repeat(20_000);
    // CPU time, not wall time: on a shared machine the wall clock also counts waiting for a core.
    const started = process.cpuUsage();
    expect(detect(`${long} i want to end my life`).tier).toBe('high');
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1000);
  });
});

describe('rules', () => {
  it('have unique ids and at least one phrase each', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) expect(r.phrases.length, r.id).toBeGreaterThan(0);
  });

  const positive: Record<string, string> = {
    'attempt.overdose-taken': 'i took all my pills',
    'attempt.overdosed': 'i overdosed and i feel sleepy',
    'act.took-means': 'already took the pills, goodbye',
    'attempt.cut': 'i slit my wrist',
    'attempt.in-progress': 'the pills are kicking in, its too late now',
    'intent.kill-self': 'i will kill myself',
    'intent.end-life': 'i want to end my life',
    'intent.want-die': 'i want to die',
    'intent.suicidal': 'i feel suicidal',
    'method.lethal-dose': 'what is a lethal dose',
    'method.lethal-means': 'how much insulin is lethal',
    'method.how-to': 'painless way to die',
    'self-harm.recent': 'i cut myself today',
    'command.voices': 'the voices tell me to hurt myself',
    'passive.wish-gone': 'i wish i was dead',
    'passive.burden': 'everyone is better off without me',
    'passive.hopeless-trapped': 'i feel trapped',
    'act.do-it': 'i am at the bridge and i am going to do it',
    'means.ready': 'i loaded the gun and i am done',
    'place.edge': 'i am on the bridge and i am going to jump',
    'time.soon': 'i will kill myself tonight',
    'plan.decided': 'i want to die, i have made up my mind',
    'farewell.final': 'this is my goodbye',
    'farewell.goodbye': 'goodbye everyone. i am going to kill myself',
    'distress.done': 'i have pills and i am done',
    'means.named': 'i want to die, i have pills',
    'retraction.joke': 'i want to die jk',
    'harassment.kys': 'kys',
    'intent.end-it': 'i am going to end it all',
    'plan.date': 'i want to die and i have picked the date',
    'prep.final': 'i have written my will and i am so done',
    'prep.give-away': 'i gave away all my things',
    'retraction.laugh': 'i want to kill myself lol',
    'passive.sleep-forever': 'i just want to sleep forever',
    'attempt.recent': 'i tried to kill myself last night',
    'means.have': 'i have the pills',
    'passive.wish-dead': 'i wish it had killed me',
    'passive.why-live': 'why bother living',
    'passive.cant-hold-on': 'i am barely hanging on',
    'passive.death-thoughts': 'i think about death constantly',
    'passive.something-stupid': 'i might do something drastic',
    'ideation.considering': 'i contemplated suicide again',
    'intent.method-self': 'i want to put a bullet in my head',
    'method.ways': 'what is the minimum lethal amount',
    'prep.note': 'my goodbye note is ready',
    'distress.worthless': 'i am a waste of space and i have the rope ready',
  };
  const negative: Record<string, string> = {
    'attempt.overdose-taken': 'i took my vitamins',
    'attempt.overdosed': 'i overdosed on coffee again',
    'act.took-means': 'i took my pills this morning',
    'attempt.cut': 'i cut my hair',
    'attempt.in-progress': 'its too late to order pizza',
    'intent.kill-self': 'he wants to kill himself',
    'intent.end-life': 'she wants to end her life',
    'intent.want-die': 'i want to die of laughter',
    'intent.suicidal': 'my brother is suicidal',
    'method.lethal-dose': 'the dose is 2 tablets',
    'method.lethal-means': 'the snake is lethal',
    'method.how-to': 'best way to learn rust',
    'self-harm.recent': 'i cut myself shaving',
    'command.voices': 'the voices in the choir',
    'passive.wish-gone': 'i wish i was on holiday',
    'passive.burden': 'the burden of proof',
    'passive.hopeless-trapped': 'i am trapped in this meeting',
    'act.do-it': 'i am jumping on a call',
    'means.ready': 'the gun show',
    'place.edge': 'the bridge is closed',
    'time.soon': 'see you tonight',
    'plan.decided': 'we made up our minds about lunch',
    'farewell.final': 'goodbye team, see you monday',
    'farewell.goodbye': 'goodbye everyone, see you monday',
    'distress.done': 'i am done with the report',
    'means.named': 'pick up the pills',
    'retraction.joke': 'lol nice',
    'harassment.kys': 'keys are on the table',
    'intent.end-it': 'we should end it here for today',
    'plan.date': 'i want to die, we picked the date for the wedding',
    'prep.final': 'i wrote my will after the baby was born',
    'prep.give-away': 'giving away my old clothes before we move',
    'retraction.laugh': 'lol nice',
    'passive.sleep-forever': 'i want to sleep forever this weekend',
    'attempt.recent': 'i tried to kill myself years ago, i am well now',
    'means.have': 'i have the pills you asked for',
    'passive.wish-dead': 'i wish i had died my hair blue',
    'passive.why-live': 'why bother living in the city when rent is this high',
    'passive.cant-hold-on': 'she is barely hanging on to the lead',
    'passive.death-thoughts': 'my teacher thinks about death a lot in her poems',
    'passive.something-stupid': 'i might do something drastic with my hair',
    'ideation.considering': 'the villain contemplated suicide',
    'intent.method-self': 'i was beside myself with worry',
    'method.ways': 'the quickest way to kill yourself in the game is lava',
    'prep.note': 'my note is ready for the teacher',
    'distress.worthless': 'i am a waste of space lol',
  };

  for (const rule of RULES) {
    it(`${rule.id}: fires on its phrase and not on a look-alike`, () => {
      const yes = positive[rule.id];
      const no = negative[rule.id];
      expect(yes, `no positive example for ${rule.id}`).toBeDefined();
      expect(no, `no negative example for ${rule.id}`).toBeDefined();
      // Context kinds (time, means, …) only show beside a risk, so their examples carry one.
      const fired = (text: string) => detect(text).rules.includes(rule.id);
      expect(fired(yes!), yes).toBe(true);
      expect(fired(no!), no).toBe(false);
    });
  }

  it('orders tiers', () => {
    expect(tierRank('none') < tierRank('elevated') && tierRank('elevated') < tierRank('high') && tierRank('high') < tierRank('imminent')).toBe(true);
  });
});
