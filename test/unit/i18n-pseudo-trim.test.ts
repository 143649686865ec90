/**
 * TRiM's views rendered in the pseudo-locale (every catalogue message wrapped in ⟦…⟧): a word outside the
 * brackets was written inline instead of coming from the catalogue. Data (an incident's title, ids) may
 * stand outside them. And one view read in Portuguese, dates included.
 */
import { describe, expect, it } from 'vitest';
import { assessmentField, assessmentReminderView, dueListView, planningReminderView } from '../../src/core/trim/views.js';
import { localiseView } from '../../src/core/views/localise.js';
import type { TextView } from '../../src/core/views/types.js';
import { DEFAULT_RISK_TOOL, itemText, outcomeText } from '../../src/model/risk-tool.js';
import { localise } from '../../src/i18n/index.js';
import type { CaseWithIncident, TrimAssessmentRow } from '../../src/db/queries/trim.js';
import { inlineWords } from '../support/pseudo.js';

const ID = '6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e';
const TITLE = 'Depot 3 collision';
const due = new Date('2026-11-19T09:00:00Z');
const incident = { id: ID, number: 3, title: TITLE };
const DATA = [TITLE, 'threat-to-life, acute-stress', 'Nightmares since'];

const item = { case: { id: ID, personRef: 'slack:T1:U1' }, incident } as unknown as CaseWithIncident;
const assessment = (consented: boolean, notes: boolean): TrimAssessmentRow =>
  ({
    id: ID,
    stage: consented ? 'initial' : 'follow-up',
    consented,
    score: 3,
    toolVersion: 1,
    recommendation: 'monitor',
    outcome: 'refer',
    answers: { 'threat-to-life': true, 'acute-stress': true },
    notesCiphertext: notes ? 'x' : null,
    assessedAt: due,
  }) as unknown as TrimAssessmentRow;

const views: Record<string, TextView> = {};
for (const overdue of [false, true]) {
  views[`planning ${overdue}`] = planningReminderView({ ...incident, dueAt: due, overdue, timeZone: 'Europe/London' });
  for (const forManager of [false, true]) {
    for (const stage of ['initial', 'follow-up'] as const) {
      views[`assessment ${overdue} ${forManager} ${stage}`] = assessmentReminderView({ caseId: ID, incident, person: 'slack:T1:U1', stage, dueAt: due, overdue, timeZone: 'Europe/London', forManager });
    }
  }
}
for (const manager of [false, true]) {
  views[`due list ${manager}`] = dueListView({ lines: [{ item, stage: 'initial', dueAt: due, overdue: true }, { item, stage: 'follow-up', dueAt: due, overdue: false }], upcoming: 2, manager, timeZone: 'UTC' });
  views[`empty due list ${manager}`] = dueListView({ lines: [], upcoming: 0, manager, timeZone: 'UTC' });
}
views['assessments'] = {
  text: '',
  fields: [
    assessmentField(assessment(true, true), DEFAULT_RISK_TOOL, 'Nightmares since', 'UTC'),
    assessmentField(assessment(true, true), DEFAULT_RISK_TOOL, null, 'UTC'),
    assessmentField(assessment(false, false), DEFAULT_RISK_TOOL, null, 'UTC'),
  ],
};
views['default tool'] = { text: '', fields: DEFAULT_RISK_TOOL.items.map((i) => ({ label: outcomeText(DEFAULT_RISK_TOOL, 'monitor'), value: itemText(i) })) };

describe('TRiM in the pseudo-locale', () => {
  it.each(Object.entries(views))('%s has no words outside the catalogue', (_name, view) => {
    expect(inlineWords(view, DATA)).toEqual([]);
  });

  it('keeps a community’s own tool wording as written', () => {
    expect(itemText({ id: 'threat-to-life', text: 'Our own question?' })).toBe('Our own question?');
  });

  it('reads a reminder in Portuguese, its date in the community’s zone', () => {
    const view = localiseView(assessmentReminderView({ caseId: ID, incident, person: 'slack:T1:U1', stage: 'initial', dueAt: due, overdue: true, timeZone: 'America/Sao_Paulo', forManager: true }), 'pt');
    expect(view.title).toBe('TRiM: avaliação inicial de risco atrasada');
    expect(view.text).toBe('Esta avaliação inicial de risco era para qui, 19 nov 2026, 06:00 e ainda não foi registrada. Você está sendo avisado como gestor de TRiM.');
    expect(view.fields?.[0]?.label).toBe('Incidente 3 · Depot 3 collision');
    expect(localise(itemText(DEFAULT_RISK_TOOL.items[0]!), 'pt')).toBe('Sentiu que a vida estava ameaçada durante o evento?');
  });
});
