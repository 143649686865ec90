/** What TRiM staff see. These views go only to them: privately, or by DM — never to a shared channel. */
import type { CaseWithIncident, TrimAssessmentRow } from '../../db/queries/trim.js';
import { lines, type Msg, sourceText, t, type Text } from '../../i18n/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import type { Field, TextView } from '../views/types.js';
import { outcomeText, type RiskTool, type TrimStage } from './tool.js';

/** Each stage's name as a message (`the initial risk assessment` …), for views. */
export const STAGE_TEXT: Record<TrimStage, Msg> = { initial: t('trim.stage.initial'), 'follow-up': t('trim.stage.followUp') };

/** The stage names in English, for copy not yet in the catalogue (core/views/errors.ts); new code uses STAGE_TEXT. */
export const STAGE_NAME: Record<TrimStage, string> = { initial: sourceText('trim.stage.initial'), 'follow-up': sourceText('trim.stage.followUp') };

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const WEEKDAY_IDS = ['trim.weekday.0', 'trim.weekday.1', 'trim.weekday.2', 'trim.weekday.3', 'trim.weekday.4', 'trim.weekday.5', 'trim.weekday.6'] as const;
const MONTH_IDS = ['trim.month.1', 'trim.month.2', 'trim.month.3', 'trim.month.4', 'trim.month.5', 'trim.month.6', 'trim.month.7', 'trim.month.8', 'trim.month.9', 'trim.month.10', 'trim.month.11', 'trim.month.12'] as const;

/** One formatter per time zone: the wall-clock parts of an instant there. */
const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', day: 'numeric', month: 'numeric', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/**
 * A date and time in the community's time zone, in the reader's words ("Tue, 1 Dec 2026, 09:00" in
 * English): the wall-clock parts are read here, the weekday, month and their order come from the catalogue.
 */
export function localWhen(at: Date, timeZone: string): Msg<'trim.date'> {
  const part = (type: Intl.DateTimeFormatPartTypes) => partsIn(timeZone).formatToParts(at).find((p) => p.type === type)?.value ?? '';
  const weekday = Math.max(0, WEEKDAYS.indexOf(part('weekday') as (typeof WEEKDAYS)[number]));
  const month = Math.min(12, Math.max(1, Number(part('month'))));
  return t('trim.date', { weekday: t(WEEKDAY_IDS[weekday]!), day: part('day'), month: t(MONTH_IDS[month - 1]!), year: part('year'), time: `${part('hour')}:${part('minute')}` });
}

export const incidentLabel = (incident: { number: number; title: string }): Msg<'trim.incident.label'> => t('trim.incident.label', { number: String(incident.number), title: incident.title });

export function planningReminderView(input: { id: string; number: number; title: string; dueAt: Date; overdue: boolean; timeZone: string }): TextView {
  const when = localWhen(input.dueAt, input.timeZone);
  return {
    title: input.overdue ? t('trim.planning.overdue.title') : t('trim.planning.due.title'),
    text: input.overdue ? t('trim.planning.overdue.text', { incident: incidentLabel(input), when }) : t('trim.planning.due.text', { incident: incidentLabel(input), when }),
    buttons: [{ action: encodeAction({ kind: 'trim-planned', incidentId: input.id }), label: t('trim.planning.held.button'), style: 'primary' }],
    tone: input.overdue ? 'warning' : 'neutral',
  };
}

export function assessmentReminderView(input: {
  readonly caseId: string;
  readonly incident: { number: number; title: string };
  readonly person: UserRef;
  readonly stage: TrimStage;
  readonly dueAt: Date;
  readonly overdue: boolean;
  readonly timeZone: string;
  /** The reminder goes to a manager about someone else's case. */
  readonly forManager: boolean;
}): TextView {
  const what = STAGE_TEXT[input.stage];
  const when = localWhen(input.dueAt, input.timeZone);
  return {
    title: input.overdue ? t('trim.assessment.overdue.title', { what }) : t('trim.assessment.due.title', { what }),
    text: input.overdue ? t('trim.assessment.overdue.text', { what, when, forManager: input.forManager ? 'yes' : 'no' }) : t('trim.assessment.due.text', { what, when }),
    fields: [{ label: incidentLabel(input.incident), about: input.person, value: what }],
    buttons: input.forManager ? [] : [{ action: encodeAction({ kind: 'trim-assess', caseId: input.caseId }), label: t('trim.assessment.record.button'), style: 'primary' }],
    tone: input.overdue ? 'warning' : 'neutral',
  };
}

/** One line per assessment as the practitioner recorded it, read against the tool version it used. */
export function assessmentField(a: TrimAssessmentRow, tool: RiskTool | null, notes: string | null, timeZone: string): Field<Text> {
  const when = localWhen(a.assessedAt, timeZone);
  const yes = tool === null ? [] : tool.items.filter((i) => a.answers[i.id] === true).map((i) => i.id);
  const main: Text = a.consented
    ? t('trim.assessment.field.scored', {
        score: a.score === null ? '?' : String(a.score),
        version: a.toolVersion === null ? '?' : String(a.toolVersion),
        recommended: tool === null || a.recommendation === null ? (a.recommendation ?? '?') : outcomeText(tool, a.recommendation),
        outcome: tool === null ? a.outcome : outcomeText(tool, a.outcome),
        withTool: tool === null ? 'no' : 'yes',
        yes: yes.length === 0 ? t('trim.assessment.field.none') : yes.join(', '),
      })
    : t('trim.assessment.field.declined');
  const note = a.notesCiphertext === null ? null : notes === null ? t('trim.assessment.field.notesUnreadable') : t('trim.assessment.field.notes', { notes });
  return {
    label: a.stage === 'initial' ? t('trim.assessment.field.initial', { when }) : t('trim.assessment.field.followUp', { when }),
    value: lines(main, note),
  };
}

export interface DueLine {
  readonly item: CaseWithIncident;
  readonly stage: TrimStage;
  readonly dueAt: Date;
  readonly overdue: boolean;
}

export function dueListView(input: { lines: readonly DueLine[]; upcoming: number; manager: boolean; timeZone: string }): TextView {
  const due = input.lines;
  const whose = input.manager ? 'community' : 'own';
  return {
    title: t('trim.due.title', { count: due.length }),
    text: lines(due.length === 0 ? t('trim.due.none', { whose }) : t('trim.due.intro', { whose }), input.upcoming > 0 ? t('trim.due.upcoming', { count: input.upcoming }) : null),
    fields: due.slice(0, 20).map((l, i) => ({
      label: t('trim.due.line', { n: String(i + 1), incident: incidentLabel(l.item.incident), stage: l.stage === 'initial' ? 'initial' : 'followUp' }),
      about: l.item.case.personRef,
      value: l.overdue ? t('trim.due.overdue', { when: localWhen(l.dueAt, input.timeZone) }) : t('trim.due.when', { when: localWhen(l.dueAt, input.timeZone) }),
    })),
    // Buttons cannot show names, so each is numbered like the line it belongs to.
    buttons: due.slice(0, 20).map((l, i) => ({
      action: encodeAction({ kind: 'trim-assess', caseId: l.item.case.id }),
      label: t('trim.due.assess', { n: String(i + 1) }),
      style: 'secondary' as const,
    })),
    tone: due.some((l) => l.overdue) ? 'warning' : 'neutral',
  };
}

