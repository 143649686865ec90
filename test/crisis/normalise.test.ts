/** The normalisation that rules and messages share. */
import { describe, expect, it } from 'vitest';
import { Normaliser } from '../../src/crisis/normalise.js';

const n = new Normaliser();
const norm = (text: string) => n.normalise(text).trim();

describe('normalise', () => {
  it.each([
    ['KILL MYSELF!!!', 'kil myself |'],
    ['k\u200bill my\u200dself', 'kil myself'],
    ['kіll myѕelf', 'kil myself'], // Cyrillic і and ѕ
    ['κill', 'kil'], // Greek kappa
    ['𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟', 'kil myself'], // mathematical bold
    ['ｋｉｌｌ　ｍｙｓｅｌｆ', 'kil myself'], // full-width
    ['ᴋɪʟʟ 🅼🆈🆂🅴🅻🅵', 'kil myself'], // small capitals, squared letters
    ['kíll mysélf', 'kil myself'],
    ['ki\u0301ll', 'kil'], // a combining accent
    ['k1ll mys3lf', 'kil myself'],
    ['k!ll $elf', 'kil self'],
    ['i want t0 d1e', 'i want to die'],
    ['i want 2 die', 'i want to die'],
    ['s u i c i d e', 'suicide'],
    ['k.i.l.l myself', 'kil myself'],
    ['k i l l   m y s e l f', 'kil myself'],
    ['diieeee', 'die'],
    ['i wanna diiiie', 'i want to die'],
    ['ima kms rn', 'im going to kms right now'],
    ['i really just want to die', 'i want to die'],
    ["don't", 'dont'],
    ['i’m dead 💀', 'im dead lol'],
    ['💊💊', 'pil pil'],
    ['🔪', 'knife'],
    ['i want to... die', 'i want to die'],
    ['done. bye', 'done | bye'],
  ])('%s → %s', (text, expected) => {
    expect(norm(text)).toBe(expected);
  });

  it('decodes leetspeak only next to letters', () => {
    expect(norm('kill -9 4821')).toBe('kil many');
    expect(norm('800mg at 3pm')).toBe('many mg at pm');
    expect(norm('took 30 pills')).toBe('tok many pils');
  });

  it('keeps words apart', () => {
    expect(norm('skilled')).toBe('skiled');
    expect(n.normalise('a b')).toBe(' a b ');
  });

  it('treats other scripts and plain emoji as separators', () => {
    expect(norm('ありがとう 👍 ok')).toBe('ok');
    expect(norm('')).toBe('');
  });

  it('notes whether a key word was seen', () => {
    const keyed = new Normaliser(['kil']);
    keyed.run('the build is green');
    expect(keyed.sawKey).toBe(false);
    keyed.run('KILL the build');
    expect(keyed.sawKey).toBe(true);
    keyed.run('k i l l');
    expect(keyed.sawKey).toBe(true);
  });
});

describe('normalise, second generation', () => {
  it('joins an apostrophe typed or cleaned away as a space', () => {
    expect(norm('i don t want to')).toBe('i dont want to');
    expect(norm('i m done, i ll go')).toBe('im done il go');
    expect(norm('you re right, i ve seen it')).toBe('youre right ive sen it');
    // Not across a break, nor a word that is more than an apostrophe's tail.
    expect(norm('plan. t')).toBe('plan | t');
    expect(norm('vitamin tea')).toBe('vitamin tea');
  });

  it('mends one-letter typos of the rare words it is given, and no real word', () => {
    const t = new Normaliser([], { typos: ['suicidal', 'myself', 'overdose'], notTypos: ['overdoes'] });
    const mend = (text: string) => t.normalise(text).trim();
    expect(mend('suicdal sucidal suiicidal suicidial')).toBe('suicidal suicidal suicidal suicidal');
    expect(mend('mysefl mysel mmyself')).toBe('myself myself myself');
    expect(mend('overdsoe')).toBe('overdose');
    expect(mend('she overdoes it')).toBe('she overdoes it');
    expect(mend('sociable myshelfs')).toBe('sociable myshelfs');
  });

  it('marks clause breaks that are not sentence breaks', () => {
    const m = new Normaliser();
    const text = m.normalise('the song, i mean: the one - whatever');
    expect(m.marks.map((p) => text.slice(p).split(' ')[0])).toEqual(['i', 'the', 'whatever']);
  });
});
