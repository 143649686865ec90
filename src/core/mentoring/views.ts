/** What mentoring shows people: confirmations, the prompts to meet, the end and its feedback question. Plain, short, and honest that Peerline is a bot. Words come from the catalogue (src/i18n, `mentor.*`). */
import { sentences, t, type Text } from '../../i18n/index.js';
import { encodeAction } from '../actions.js';
import type { UserRef } from '../refs.js';
import type { Button, TextView as View } from '../views/types.js';

/** How often a pair is prompted, in words ("weekly", "every 10 days"). */
export const rhythmText = (days: number): Text => t('mentor.rhythm', { days });

const yesNo = (b: boolean): 'yes' | 'no' => (b ? 'yes' : 'no');

export function capacitySavedView(input: { mentor: UserRef; capacity: number }): View {
  return {
    title: t('mentor.capacity.title'),
    text: t('mentor.capacity.text', { capacity: input.capacity }),
    fields: [{ label: t('mentor.field.mentor'), value: t('mentor.capacity.value', { capacity: input.capacity }), about: input.mentor }],
    tone: 'success',
  };
}

export function mentorsListView(mentors: readonly { userRef: string; capacity: number; open: number }[]): View {
  if (mentors.length === 0) return { title: t('mentor.mentors.none.title'), text: t('mentor.mentors.none.text'), tone: 'neutral' };
  return {
    title: t('mentor.mentors.title', { count: mentors.length }),
    text: t('mentor.mentors.text'),
    fields: mentors.map((m) => ({ label: t('mentor.field.mentor'), value: t('mentor.mentors.load', { open: m.open, capacity: m.capacity, full: yesNo(m.open >= m.capacity) }), about: m.userRef })),
    tone: 'neutral',
  };
}

export interface PairLine {
  readonly number: number;
  readonly status: 'requested' | 'active' | 'paused';
  readonly mentee: UserRef;
  readonly mentor: UserRef | null;
  readonly rhythmDays: number;
  readonly endsOn: string | null;
  readonly prompts: number;
  readonly differentMentor: boolean;
}

export function pairsListView(pairs: readonly PairLine[]): View {
  if (pairs.length === 0) return { title: t('mentor.pairs.none.title'), text: t('mentor.pairs.none.text'), tone: 'neutral' };
  return {
    title: t('mentor.pairs.title', { count: pairs.length }),
    text: t('mentor.pairs.text'),
    fields: pairs.flatMap((l) => {
      const number = String(l.number);
      const head =
        l.status === 'requested'
          ? t('mentor.pairs.requested', { number, different: yesNo(l.differentMentor) })
          : t('mentor.pairs.line', { number, status: l.status, rhythm: rhythmText(l.rhythmDays), bounded: yesNo(l.endsOn !== null), endsOn: l.endsOn ?? '', prompts: l.prompts });
      return [{ label: t('mentor.field.mentee'), value: head, about: l.mentee }, ...(l.mentor === null ? [] : [{ label: t('mentor.field.mentor'), value: t('mentor.pairs.of', { number }), about: l.mentor }])];
    }),
    tone: 'neutral',
  };
}

/** `firstPrompt`: a date and time in the community's zone, or words saying there is none. */
export function pairedView(input: { number: number; mentee: UserRef; mentor: UserRef; rhythmDays: number; endsOn: string; firstPrompt: Text }): View {
  return {
    title: t('mentor.paired.title', { number: String(input.number) }),
    text: t('mentor.paired.text', { rhythm: rhythmText(input.rhythmDays), first: input.firstPrompt, endsOn: input.endsOn }),
    fields: [
      { label: t('mentor.field.mentee'), value: t('mentor.value.mentee'), about: input.mentee },
      { label: t('mentor.field.mentor'), value: t('mentor.value.mentor'), about: input.mentor },
    ],
    tone: 'success',
  };
}

/** The private message each of the two gets when they are paired. */
export function pairedNoticeView(input: { role: 'mentee' | 'mentor'; other: UserRef; pairId: string; rhythmDays: number; endsOn: string }): View {
  const common = t('mentor.notice.common', { rhythm: rhythmText(input.rhythmDays), endsOn: input.endsOn });
  return input.role === 'mentee'
    ? {
        title: t('mentor.notice.mentee.title'),
        text: sentences(common, t('mentor.notice.different')),
        fields: [{ label: t('mentor.field.yourMentor'), value: t('mentor.notice.mentorValue'), about: input.other }],
        buttons: [{ action: encodeAction({ kind: 'mentor-talk', pairId: input.pairId }), label: t('mentor.button.talk'), style: 'primary' }],
        tone: 'success',
      }
    : { title: t('mentor.notice.mentor.title'), text: common, fields: [{ label: t('mentor.field.yourMentee'), value: t('mentor.value.mentee'), about: input.other }], tone: 'success' };
}

export function promptView(input: { role: 'mentee' | 'mentor'; other: UserRef; pairId: string; rhythmDays: number; count: number }): View {
  const text = t('mentor.prompt.text', { rhythm: rhythmText(input.rhythmDays), count: input.count });
  return input.role === 'mentee'
    ? {
        title: t('mentor.prompt.mentee.title'),
        text,
        fields: [{ label: t('mentor.field.yourMentor'), value: t('mentor.value.mentor'), about: input.other }],
        buttons: [{ action: encodeAction({ kind: 'mentor-talk', pairId: input.pairId }), label: t('mentor.button.talk'), style: 'primary' }],
        tone: 'neutral',
      }
    : { title: t('mentor.prompt.mentor.title'), text, fields: [{ label: t('mentor.field.yourMentee'), value: t('mentor.value.mentee'), about: input.other }], tone: 'neutral' };
}

export function requestedView(): View {
  return { title: t('mentor.requested.title'), text: t('mentor.requested.text'), tone: 'success' };
}

export function requestNoticeView(number: number, different: boolean): View {
  return { title: t('mentor.requestNotice.title'), text: t('mentor.requestNotice.text', { number: String(number), different: yesNo(different) }), tone: 'neutral' };
}

export function changedView(): View {
  return { title: t('mentor.changed.title'), text: t('mentor.changed.text'), tone: 'success' };
}

export function pausedView(by: 'you' | 'other'): View {
  return by === 'you'
    ? { title: t('mentor.paused.you.title'), text: t('mentor.paused.you.text'), tone: 'neutral' }
    : { title: t('mentor.paused.other.title'), text: t('mentor.paused.other.text'), tone: 'neutral' };
}

/** `nextPrompt`: a date and time in the community's zone, or words saying there is none. */
export function resumedView(nextPrompt: Text): View {
  return { title: t('mentor.resumed.title'), text: t('mentor.resumed.text', { next: nextPrompt }), tone: 'success' };
}

export function endedView(role: 'mentee' | 'mentor' | 'coordinator'): View {
  return role === 'mentee'
    ? { title: t('mentor.ended.title'), text: t('mentor.ended.mentee.text'), tone: 'success' }
    : { title: t('mentor.ended.title'), text: t('mentor.ended.other.text'), tone: 'success' };
}

export function withdrawnView(): View {
  return { title: t('mentor.withdrawn.title'), text: t('mentor.withdrawn.text'), tone: 'neutral' };
}

/** To the mentee when a pair ends: consent first (the engine's consent buttons), nothing shared without it. */
export function feedbackQuestionView(input: { periodOver: boolean; buttons: readonly Button<Text>[] }): View {
  return { title: t('mentor.feedback.question.title'), text: t('mentor.feedback.question.text', { periodOver: yesNo(input.periodOver) }), buttons: input.buttons, tone: 'neutral' };
}

/** After the mentee agreed: the answer to share. */
export function feedbackChoiceView(pairId: string): View {
  const answer = (a: 'yes' | 'somewhat' | 'no', label: Text) => ({ action: encodeAction({ kind: 'mentor-feedback', pairId, answer: a }), label });
  return {
    title: t('mentor.feedback.choice.title'),
    text: t('mentor.feedback.choice.text'),
    buttons: [answer('yes', t('mentor.feedback.answer.yes')), answer('somewhat', t('mentor.feedback.answer.somewhat')), answer('no', t('mentor.feedback.answer.no'))],
    tone: 'neutral',
  };
}

/** To the mentor when their pair ends: never why, if the mentee asked for a change. */
export function endedForMentorView(mentee: UserRef): View {
  return { title: t('mentor.endedForMentor.title'), text: t('mentor.endedForMentor.text'), fields: [{ label: t('mentor.field.mentee'), value: t('mentor.value.ended'), about: mentee }], tone: 'neutral' };
}

export function feedbackSharedView(helped: 'yes' | 'somewhat' | 'no'): View {
  return { title: t('mentor.feedback.shared.title'), text: t('mentor.feedback.shared.text', { helped }), tone: 'neutral' };
}

export function feedbackThanksView(shared: boolean): View {
  return shared
    ? { title: t('mentor.feedback.thanks.title'), text: t('mentor.feedback.thanks.text'), tone: 'success' }
    : { title: t('mentor.feedback.nothing.title'), text: t('mentor.feedback.nothing.text'), tone: 'success' };
}

export function myMentoringView(input: { role: 'mentee'; status: 'requested' | 'active' | 'paused'; mentor: UserRef | null; rhythmDays: number; endsOn: string | null } | { role: 'mentor'; mentees: readonly { mentee: UserRef; status: 'active' | 'paused' }[]; capacity: number }): View {
  if (input.role === 'mentor') {
    return {
      title: t('mentor.my.mentees.title'),
      text: t('mentor.my.mentees.text', { count: input.mentees.length, capacity: input.capacity }),
      fields: input.mentees.map((m) => ({ label: t('mentor.field.mentee'), value: t('mentor.status', { status: m.status }), about: m.mentee })),
      tone: 'neutral',
    };
  }
  if (input.status === 'requested' || input.mentor === null) return { title: t('mentor.my.waiting.title'), text: t('mentor.my.waiting.text'), tone: 'neutral' };
  return {
    title: input.status === 'paused' ? t('mentor.paused.other.title') : t('mentor.my.title'),
    text: t('mentor.my.text', { rhythm: rhythmText(input.rhythmDays), bounded: yesNo(input.endsOn !== null), endsOn: input.endsOn ?? '', paused: yesNo(input.status === 'paused') }),
    fields: [{ label: t('mentor.field.yourMentor'), value: t('mentor.status', { status: input.status }), about: input.mentor }],
    tone: 'neutral',
  };
}

export function notMentoringView(): View {
  return { title: t('mentor.none.title'), text: t('mentor.none.text'), tone: 'neutral' };
}

export function talkOpenedView(): View {
  return { title: t('mentor.talk.title'), text: t('mentor.talk.text'), tone: 'success' };
}
