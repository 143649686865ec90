/**
 * The main flow read in Spanish: what core hands the platform (message ids with parameters) rendered in
 * `es`, as an adapter does for a Spanish reader — /listen's reply, the offer card, accepting, the session,
 * the card's update, the check-in — and a Spanish crisis message answered in Spanish with the community
 * country's line. The same flow through the real adapters: test/slack/slack-spanish.test.ts, test/discord/discord-spanish.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { acceptRequest } from '../../src/core/use-cases/accept-request.js';
import { handleMessage } from '../../src/core/use-cases/handle-message.js';
import { checkInView } from '../../src/core/views/scheduled.js';
import { listen, must } from '../support/core.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, member, VOLUNTEER_CHANNEL } from '../support/fixtures.js';
import { words } from '../support/words.js';

const fx = useCoreFixture({ community: true });

describe('the main flow in Spanish', () => {
  it('asks, offers, accepts and opens the session in Spanish words', async () => {
    const { view, requestId } = must(await listen(fx.core, member, { topic: 'grief', note: 'mi abuela murió' }));
    const reply = words(view, 'es');
    expect(reply.title).toBe('Tu solicitud está en la cola');
    expect(reply.text).toContain('Eres el número 1 de la cola. Hay 2 voluntarios de guardia ahora.');
    // The line's hours are the resource catalogue's own words (still English: README, "Languages").
    expect(reply.fields?.[0]?.label).toBe('Habla con alguien, 24 horas');
    expect(reply.fields?.[0]?.value).toMatch(/^Samaritans: llama al 116 123 · 24\/7/);
    expect(reply.buttons?.map((b) => b.label)).toEqual(['Cancelar mi solicitud']);

    const offer = fx.core.platform.of('postToChannel').find((c) => c.channel === VOLUNTEER_CHANNEL);
    const card = words(offer!.source, 'es');
    expect(card.title).toBe('Alguien quiere hablar');
    expect(card.fields).toEqual([
      { label: 'Tema', value: 'grief' },
      { label: 'Urgencia', value: 'normal' },
      { label: 'Esperando', value: 'menos de un minuto' },
      { label: 'Nota', value: 'mi abuela murió' },
    ]);
    expect(card.buttons?.map((b) => b.label)).toEqual(['Aceptar']);

    fx.core.clock.advanceMinutes(3);
    const won = must(await acceptRequest(fx.core.deps, alice, requestId));
    expect(words(won.view, 'es').title).toBe('Has aceptado la solicitud');
    const toMember = fx.core.platform.of('sendPrivate').find((c) => c.user === member.user);
    expect(words(toMember!.source, 'es')).toMatchObject({ title: 'Un voluntario está aquí para ti', buttons: [{ label: 'Terminar la sesión' }] });
    const intro = words(fx.core.platform.of('postToSpace')[0]!.source, 'es');
    expect(intro.title).toBe('Tu sesión de escucha');
    expect(intro.text).toContain('Tema: grief.');
    const updated = words(fx.core.platform.of('updateMessage')[0]!.source, 'es');
    expect(updated.text).toBe('Aceptada tras 3 min. Gracias.');
    expect(words(checkInView({ sessionId: won.sessionId }), 'es').buttons?.map((b) => b.label)).toEqual(['Estoy bien', 'Quiero volver a hablar', 'Ver recursos']);
  });

  it('answers a Spanish crisis message in Spanish, with the community country\'s line, at once', async () => {
    const outcome = await handleMessage(fx.core.deps, { community: member.community, author: member.user, place: { kind: 'dm' }, text: 'quiero suicidarme esta noche, ya tengo todo preparado' });
    expect(['high', 'imminent']).toContain(outcome.crisis.tier);
    const [reply] = fx.core.platform.privateTo(member.user);
    expect(reply?.text).toContain('¿Estás a salvo ahora mismo?');
    expect(reply?.text).toContain('Samaritans, 24 horas: llama al 116 123.');
    expect(reply?.text).toContain('Soy Peerline, un bot');
    expect(reply?.buttons?.map((b) => b.label)).toEqual(['Estoy a salvo', 'No estoy a salvo', 'No lo sé']);
  });
});
