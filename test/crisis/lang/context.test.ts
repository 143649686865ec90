/**
 * The packs' signals combine across messages like English ones: a plan spread over two Spanish (or
 * French, German, Portuguese) messages is imminent, though neither message is alone. `signalsOf` gives
 * the kinds a message carries in its language (the weak ones too), and the conversation window
 * (`ConversationContext`) combines them.
 */
import { describe, expect, it } from 'vitest';
import { ConversationContext, detectMessage, detectionOf, kindsOf, signalsOf } from '../../../src/crisis/index.js';

/** The tier of the last message, read through det-en's conversation window one minute apart. */
function across(...messages: string[]) {
  const context = new ConversationContext();
  let tier = 'none';
  messages.forEach((m, i) => (tier = context.observe('ana', 'dm', signalsOf(m), i * 60_000).tier));
  return tier;
}

describe('pack signals across messages', () => {
  it('a Spanish plan over two messages is imminent', () => {
    expect(detectMessage('ya lo tengo todo planeado').tier).toBe('none');
    expect(detectMessage('me voy a suicidar').tier).toBe('high');
    expect(kindsOf(signalsOf('ya lo tengo todo planeado').mask)).toEqual(['plan']);
    expect(across('ya lo tengo todo planeado', 'me voy a suicidar')).toBe('imminent');
    expect(across('me quiero matar', 'esta noche')).toBe('imminent');
  });

  it('the other packs combine the same way, and weak signals alone stay none', () => {
    expect(across('eu quero morrer', 'hoje à noite')).toBe('imminent');
    expect(across("j'ai tout prévu", 'je vais me suicider')).toBe('imminent');
    expect(across('ich habe alles geplant', 'ich will sterben')).toBe('imminent');
    expect(across('esta noche', 'tengo las pastillas')).toBe('none');
  });

  it('laughter after a disclosure keeps a later time from making it imminent, as in English', () => {
    expect(across('me quiero matar', 'hoy')).toBe('imminent');
    expect(across('me quiero matar jajaja', 'hoy')).not.toBe('imminent');
  });

  it('names the language, and reads one message the same as detect', () => {
    const s = signalsOf('no quiero vivir más');
    expect(s.lang).toBe('es');
    expect(detectionOf(s)).toEqual({ tier: 'elevated', rules: ['es.passive.wish-gone'] });
  });
});
