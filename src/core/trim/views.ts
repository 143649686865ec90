/** What TRiM staff see. These views go only to them: privately, or by DM — never to a shared channel. */
import type { CaseWithIncident, TrimAssessmentRow } from '../../db/queries/trim.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../ports.js';
import { formatLocal } from '../time.js';
import type { Field, View } from '../views/types.js';
import { outcomeLabel, type RiskTool, type TrimStage } from './tool.js';

export const STAGE_NAME: Record<TrimStage, string> = { initial: 'initial risk assessment', 'follow-up': 'one-month follow-up assessment' };

export const incidentLabel = (incident: { number: number; title: string }): string => `Incident ${incident.number} · ${incident.title}`;

export function planningReminderView(input: { id: string; number: number; title: string; dueAt: Date; overdue: boolean; timeZone: string }): View {
  return {
    title: input.overdue ? 'TRiM planning meeting overdue' : 'TRiM planning meeting to arrange',
    text: input.overdue
      ? `The planning meeting for ${incidentLabel(input)} was due by ${formatLocal(input.dueAt, input.timeZone)} and is not recorded yet. Press the button once it has been held.`
      : `${incidentLabel(input)} was logged. Please hold the managers' planning meeting by ${formatLocal(input.dueAt, input.timeZone)}, then press the button to record it.`,
    buttons: [{ action: encodeAction({ kind: 'trim-planned', incidentId: input.id }), label: 'Planning meeting held', style: 'primary' }],
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
}): View {
  const what = STAGE_NAME[input.stage];
  return {
    title: input.overdue ? `TRiM ${what} overdue` : `TRiM ${what} due`,
    text: input.overdue
      ? `This ${what} was due on ${formatLocal(input.dueAt, input.timeZone)} and is not recorded yet.${input.forManager ? ' You are told as a TRiM manager.' : ''}`
      : `This ${what} is due from ${formatLocal(input.dueAt, input.timeZone)}. Taking part is voluntary: record their consent or decline.`,
    fields: [{ label: incidentLabel(input.incident), about: input.person, value: what }],
    buttons: input.forManager ? [] : [{ action: encodeAction({ kind: 'trim-assess', caseId: input.caseId }), label: 'Record the assessment', style: 'primary' }],
    tone: input.overdue ? 'warning' : 'neutral',
  };
}

/** One line per assessment as the practitioner recorded it, read against the tool version it used. */
export function assessmentField(a: TrimAssessmentRow, tool: RiskTool | null, notes: string | null, timeZone: string): Field {
  const when = formatLocal(a.assessedAt, timeZone);
  const parts = a.consented
    ? [
        `score ${a.score ?? '?'} (tool version ${a.toolVersion ?? '?'})`,
        `recommended: ${tool === null || a.recommendation === null ? (a.recommendation ?? '?') : outcomeLabel(tool, a.recommendation)}`,
        `outcome: ${tool === null ? a.outcome : outcomeLabel(tool, a.outcome)}`,
        ...(tool === null ? [] : [`yes to: ${tool.items.filter((i) => a.answers[i.id] === true).map((i) => i.id).join(', ') || 'none'}`]),
      ]
    : ['declined to take part'];
  const note = a.notesCiphertext === null ? '' : notes === null ? '\nNotes: stored, but cannot be read with the current key.' : `\nNotes: ${notes}`;
  return { label: `${a.stage === 'initial' ? 'Initial assessment' : 'Follow-up assessment'}, ${when}`, value: `${parts.join(' · ')}${note}` };
}

export interface DueLine {
  readonly item: CaseWithIncident;
  readonly stage: TrimStage;
  readonly dueAt: Date;
  readonly overdue: boolean;
}

export function dueListView(input: { lines: readonly DueLine[]; upcoming: number; manager: boolean; timeZone: string }): View {
  const { lines } = input;
  const whose = input.manager ? 'in this community' : 'assigned to you';
  return {
    title: `TRiM assessments due (${lines.length})`,
    text: [
      lines.length === 0 ? `No assessments are due ${whose}.` : `Due and overdue assessments ${whose}, oldest first:`,
      input.upcoming > 0 ? `${input.upcoming} more fall due in the next 7 days.` : '',
    ]
      .filter((t) => t !== '')
      .join('\n'),
    fields: lines.slice(0, 20).map((l, i) => ({
      label: `${i + 1}. ${incidentLabel(l.item.incident)} · ${l.stage === 'initial' ? 'initial' : 'follow-up'}`,
      about: l.item.case.personRef,
      value: `${l.overdue ? 'OVERDUE — ' : ''}due ${formatLocal(l.dueAt, input.timeZone)}`,
    })),
    // Buttons cannot show names, so each is numbered like the line it belongs to.
    buttons: lines.slice(0, 20).map((l, i) => ({
      action: encodeAction({ kind: 'trim-assess', caseId: l.item.case.id }),
      label: `Assess ${i + 1}`,
      style: 'secondary' as const,
    })),
    tone: lines.some((l) => l.overdue) ? 'warning' : 'neutral',
  };
}
