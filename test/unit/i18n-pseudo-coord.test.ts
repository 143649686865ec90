/**
 * The volunteers' and coordinators' views (catalogue part `coordination`, keys `coord.`) in the
 * pseudo-locale: nothing outside the brackets but data (a link, a job's kind, a resource's name). Also
 * that the English words are the ones Peerline said before they moved into the catalogue, and that an
 * alert reads in the community's language.
 */
import { describe, expect, it } from 'vitest';
import { inlineWords } from '../support/pseudo.js';
import { words } from '../support/words.js';
import { crisisAlertTakenView, crisisAlertView, listenerPromptView } from '../../src/core/views/crisis.js';
import { DASHBOARD_OFF, DASHBOARD_OFF_VIEW } from '../../src/core/views/dashboard-off.js';
import {
  coordinatorPageView,
  crisisRoundView,
  deadJobView,
  debriefView,
  dutyDroppedView,
  shiftCheckView,
  stillNeededView,
  stillWaitingView,
  takenOffDutyView,
  trainingReminderView,
} from '../../src/core/views/scheduled.js';
import { WHERE } from '../../src/core/use-cases/crisis-response.js';
import { createCatalogue } from '../../src/crisis/index.js';
import type { TextView } from '../../src/core/views/types.js';

const catalogue = createCatalogue();
const resources = [...catalogue.countries(), null].map((c) => catalogue.forCountry(c));
const REQUEST = '6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e';
const LINK = 'https://chat.example/archives/C1/p1';
const FIX = 'Ask them to allow direct messages.';
const DATA = [LINK, FIX, 'check-in', '2027-03-31', ...resources.flatMap((r) => [r.primary, r.emergency].flatMap((x) => (x === null ? [] : [x.name, x.hours, x.phone ?? '', x.sms ?? '', x.url ?? ''])))];
const person = 'slack:T1:U2';

const views: Record<string, TextView> = { 'dashboard off': DASHBOARD_OFF_VIEW, debrief: debriefView(), 'off duty': takenOffDutyView('shift'), 'training expired': takenOffDutyView('training') };
for (const urgency of ['routine', 'urgent', 'crisis']) {
  for (const onDuty of [0, 1, 3]) {
    views[`waiting ${urgency}`] = stillWaitingView({ requestId: REQUEST, waitedMs: 900_000, urgency, mentions: [] });
    views[`page ${urgency} ${onDuty}`] = coordinatorPageView({ waitedMs: 3_700_000, urgency, onDuty, mentions: [] });
  }
}
for (const audience of ['on-duty', 'everyone'] as const) for (const onDuty of [0, 2]) views[`round ${audience} ${onDuty}`] = crisisRoundView({ requestId: REQUEST, waitedMs: 1_200_000, onDuty, audience, mentions: [] });
for (const [waiting, crisis] of [[1, 0], [1, 1], [3, 3], [3, 1]] as const) views[`dropped ${waiting} ${crisis}`] = dutyDroppedView({ waiting, crisis, mentions: [] });
views['still needed'] = stillNeededView({ crisisWaiting: 2, askAgainMinutes: 10 });
views['shift check'] = shiftCheckView({ hours: 8, confirmMinutes: 15 });
views['training soon'] = trainingReminderView('2027-03-31');
views['dead job'] = deadJobView({ kind: 'check-in', jobId: 1234, attempts: 5, mentions: [] });
for (const [i, r] of resources.entries()) {
  const tier = (['imminent', 'high', 'elevated'] as const)[i % 3]!;
  views[`prompt ${i}`] = listenerPromptView({ tier, resources: r, raised: i % 2 === 0 });
}
for (const [source, where] of Object.entries(WHERE)) {
  for (const raised of [undefined, 'not-safe', 'plan', 'no-answer'] as const) {
    views[`alert ${source} ${raised ?? ''}`] = crisisAlertView({
      tier: 'high',
      where,
      link: raised === undefined ? LINK : null,
      mentions: [],
      person,
      anonymous: raised === 'plan',
      eventId: raised === 'no-answer' ? null : REQUEST,
      ...(raised === undefined ? {} : { raised }),
      listener: raised === 'plan' ? 'queued' : raised === 'not-safe' ? 'in-session' : raised === 'no-answer' ? 'with-listener' : 'none',
      undelivered: source === 'dm' ? FIX : null,
    });
  }
  views[`taken ${source}`] = crisisAlertTakenView({ tier: 'imminent', where, person, anonymous: source === 'session', coordinator: 'slack:T1:U3' });
}

describe('the coordination views in the pseudo-locale', () => {
  it.each(Object.entries(views))('%s has no words outside the catalogue', (_name, view) => {
    expect(inlineWords(view, DATA)).toEqual([]);
  });

  it('finds a word written inline (the test can fail)', () => {
    expect(inlineWords({ ...debriefView(), title: 'Inline words' }, DATA)).toEqual(['Inline', 'words']);
  });
});

describe('the coordination views in words', () => {
  it('say in English what they said before the catalogue', () => {
    expect(words(coordinatorPageView({ waitedMs: 3_900_000, urgency: 'urgent', onDuty: 1, mentions: [] })).text).toBe(
      'A urgent request has waited 1 h 5 min with nobody accepting. 1 listener is on duty but none has accepted.',
    );
    expect(words(dutyDroppedView({ waiting: 3, crisis: 1, mentions: [] })).text).toBe(
      'The last listener has gone off duty and 3 requests are waiting, 1 of them crisis. Please find someone who can go on duty.',
    );
    expect(words(crisisRoundView({ requestId: REQUEST, waitedMs: 1_200_000, onDuty: 0, audience: 'everyone', mentions: [] })).text).toBe(
      [
        'Someone asked for a listener in a crisis 20 min ago. Nobody is on duty right now.',
        'Every volunteer is asked: if you can, go on duty and accept.',
        'Coordinators: please find a listener who can go on duty now.',
        'I will ask again every 10 minutes until someone accepts.',
      ].join('\n'),
    );
    expect(words(deadJobView({ kind: 'check-in', jobId: 1234, attempts: 5, mentions: [] })).text).toBe(
      'Peerline tried "check-in" 5 times and has stopped (job 1234). Someone may not have received a message they were due. Check the bot\'s logs for job 1234.',
    );
    const alert = words(crisisAlertView({ tier: 'imminent', where: WHERE.session, link: null, mentions: [], person, eventId: REQUEST, listener: 'in-session', undelivered: null }));
    expect(alert.title).toBe('Crisis alert: act now');
    expect(alert.text).toBe(
      [
        'Crisis language (imminent) was detected in a listening session. They have been sent the crisis line privately.',
        'They are in a session; their listener has been prompted privately.',
        'There is no link to the place it happened.',
        'Press "Reach them" to open a private conversation with them; one of you takes it.',
        'The message itself is not stored or repeated here.',
      ].join('\n'),
    );
    expect(DASHBOARD_OFF).toEqual(words(DASHBOARD_OFF_VIEW));
  });

  it('reads a crisis alert in German and a duty alert in French (the community language)', () => {
    const alert = words(crisisAlertView({ tier: 'high', where: WHERE.dm, link: LINK, mentions: [], person, eventId: REQUEST, listener: 'queued', undelivered: null }), 'de');
    expect(alert.title).toBe('Krisenalarm');
    expect(alert.text.split('\n')[0]).toBe('Krisensprache (Risiko hoch) wurde in einer Direktnachricht an den Bot erkannt. Die Person hat die Krisenhotline privat bekommen.');
    expect(alert.buttons?.[0]?.label).toBe('Kontakt aufnehmen');
    expect(alert.fields?.[0]).toMatchObject({ label: 'Wer', value: 'die Person', about: person });
    const dropped = words(dutyDroppedView({ waiting: 1, crisis: 1, mentions: [] }), 'fr');
    expect(dropped.title).toBe("Personne n'est de permanence");
    expect(dropped.text).toBe("Le dernier écoutant a quitté sa permanence et 1 demande attend, une demande de crise. Trouvez quelqu'un qui peut prendre sa permanence.");
  });
});
