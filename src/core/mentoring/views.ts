/** What mentoring shows people: confirmations, the prompts to meet, the end and its feedback question. Plain, short, and honest that Peerline is a bot. */
import { encodeAction } from '../actions.js';
import type { UserRef } from '../refs.js';
import type { Button, View } from '../views/types.js';

export const RHYTHM_NAME: Record<number, string> = { 7: 'weekly', 14: 'fortnightly', 28: 'every four weeks' };

const rhythm = (days: number) => RHYTHM_NAME[days] ?? `every ${days} days`;

export function capacitySavedView(input: { mentor: UserRef; capacity: number }): View {
  return {
    title: 'Capacity saved',
    text: `They can mentor up to ${input.capacity} ${input.capacity === 1 ? 'person' : 'people'} at once.`,
    fields: [{ label: 'Mentor', value: `capacity ${input.capacity}`, about: input.mentor }],
    tone: 'success',
  };
}

export function mentorsListView(mentors: readonly { userRef: string; capacity: number; open: number }[]): View {
  if (mentors.length === 0) return { title: 'No mentors yet', text: 'Give an enrolled volunteer the mentor role with the mentor role add command.', tone: 'neutral' };
  return {
    title: `Mentors (${mentors.length})`,
    text: 'Each with their mentees now and their capacity.',
    fields: mentors.map((m) => ({ label: 'Mentor', value: `${m.open} of ${m.capacity}${m.open >= m.capacity ? ' · full' : ''}`, about: m.userRef })),
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

export function pairsListView(lines: readonly PairLine[]): View {
  if (lines.length === 0) return { title: 'No mentoring pairs', text: 'Pair a mentee with a mentor with the mentor pair command.', tone: 'neutral' };
  return {
    title: `Mentoring pairs and requests (${lines.length})`,
    text: 'Names are shown only to coordinators, privately.',
    fields: lines.flatMap((l) => {
      const head =
        l.status === 'requested'
          ? `#${l.number} asks for a mentor${l.differentMentor ? ' (a different one from before)' : ''} — pair them with the mentor pair command`
          : `#${l.number} ${l.status}, ${rhythm(l.rhythmDays)}${l.endsOn === null ? '' : ` until ${l.endsOn}`}, ${l.prompts} prompt${l.prompts === 1 ? '' : 's'} so far`;
      return [{ label: 'Mentee', value: head, about: l.mentee }, ...(l.mentor === null ? [] : [{ label: 'Mentor', value: `of #${l.number}`, about: l.mentor }])];
    }),
    tone: 'neutral',
  };
}

export function pairedView(input: { number: number; mentee: UserRef; mentor: UserRef; rhythmDays: number; endsOn: string; firstPrompt: string }): View {
  return {
    title: `Pair #${input.number} started`,
    text: `I will prompt both of them privately to meet, ${rhythm(input.rhythmDays)}, from ${input.firstPrompt}, until ${input.endsOn}.`,
    fields: [
      { label: 'Mentee', value: 'mentee', about: input.mentee },
      { label: 'Mentor', value: 'mentor', about: input.mentor },
    ],
    tone: 'success',
  };
}

/** The private message each of the two gets when they are paired. */
export function pairedNoticeView(input: { role: 'mentee' | 'mentor'; other: UserRef; pairId: string; rhythmDays: number; endsOn: string }): View {
  const common = `I am Peerline, a bot. I will remind you both ${rhythm(input.rhythmDays)} to meet, until ${input.endsOn}. Either of you can pause or end it at any time.`;
  return input.role === 'mentee'
    ? {
        title: 'You have a mentor',
        text: `${common} You can also ask for a different mentor at any time, without giving a reason.`,
        fields: [{ label: 'Your mentor', value: 'a trained volunteer, not a clinician', about: input.other }],
        buttons: [{ action: encodeAction({ kind: 'mentor-talk', pairId: input.pairId }), label: 'Talk to my mentor', style: 'primary' }],
        tone: 'success',
      }
    : { title: 'You have a new mentee', text: common, fields: [{ label: 'Your mentee', value: 'mentee', about: input.other }], tone: 'success' };
}

export function promptView(input: { role: 'mentee' | 'mentor'; other: UserRef; pairId: string; rhythmDays: number; count: number }): View {
  const text = `This is your ${rhythm(input.rhythmDays)} reminder from Peerline (a bot) to meet${input.count > 1 ? ` (number ${input.count})` : ''}. Arrange a time that suits you both.`;
  return input.role === 'mentee'
    ? {
        title: 'Time to meet your mentor',
        text,
        fields: [{ label: 'Your mentor', value: 'mentor', about: input.other }],
        buttons: [{ action: encodeAction({ kind: 'mentor-talk', pairId: input.pairId }), label: 'Talk to my mentor', style: 'primary' }],
        tone: 'neutral',
      }
    : { title: 'Time to meet your mentee', text, fields: [{ label: 'Your mentee', value: 'mentee', about: input.other }], tone: 'neutral' };
}

export function requestedView(): View {
  return {
    title: 'Your request for a mentor is in',
    text: 'A coordinator will pair you with a trained mentor and I will tell you privately. Peerline is a bot; mentors are trained volunteers, not clinicians. If you need support now, use the listen command.',
    tone: 'success',
  };
}

export function requestNoticeView(number: number, different: boolean): View {
  return {
    title: 'Coordinators: someone would like a mentor',
    text: `Request #${number}${different ? ' (a change of mentor)' : ''} is waiting. The mentor pairs command shows who, privately; pair them with the mentor pair command.`,
    tone: 'neutral',
  };
}

export function changedView(): View {
  return {
    title: 'You will get a different mentor',
    text: 'Your current pairing has ended, and a coordinator will pair you with someone else. You do not need to give a reason. I will tell you privately when it is done.',
    tone: 'success',
  };
}

export function pausedView(by: 'you' | 'other'): View {
  return by === 'you'
    ? { title: 'Mentoring paused', text: 'No reminders will come while it is paused. Resume it whenever you are ready.', tone: 'neutral' }
    : { title: 'Your mentoring is paused', text: 'No reminders will come while it is paused. Either of you can resume it.', tone: 'neutral' };
}

export function resumedView(nextPrompt: string): View {
  return { title: 'Mentoring resumed', text: `The next reminder to meet comes ${nextPrompt}.`, tone: 'success' };
}

export function endedView(role: 'mentee' | 'mentor' | 'coordinator'): View {
  return role === 'mentee'
    ? { title: 'Mentoring ended', text: 'Thank you. I have sent you one question privately about feedback; nothing is shared unless you say so.', tone: 'success' }
    : { title: 'Mentoring ended', text: 'The pair has ended. The mentee is asked privately whether to share any feedback; nothing is shared unless they agree.', tone: 'success' };
}

/** To the mentee when a pair ends: consent first (the engine's consent buttons), nothing shared without it. */
export function feedbackQuestionView(input: { periodOver: boolean; buttons: readonly Button[] }): View {
  return {
    title: 'Your mentoring has ended',
    text: `${input.periodOver ? 'The period you were paired for is over. ' : ''}May I share your feedback — whether it helped — with your mentor and the coordinators? Nothing is shared unless you say yes, and you choose the answer next.`,
    buttons: input.buttons,
    tone: 'neutral',
  };
}

/** After the mentee agreed: the answer to share. */
export function feedbackChoiceView(pairId: string): View {
  const answer = (a: 'yes' | 'somewhat' | 'no', label: string) => ({ action: encodeAction({ kind: 'mentor-feedback', pairId, answer: a }), label });
  return {
    title: 'Thank you — how did it go?',
    text: 'Choose the answer to share with your mentor and the coordinators.',
    buttons: [answer('yes', 'It helped'), answer('somewhat', 'A little'), answer('no', 'Not really')],
    tone: 'neutral',
  };
}

/** To the mentor when their pair ends: never why, if the mentee asked for a change. */
export function endedForMentorView(mentee: UserRef): View {
  return { title: 'A mentoring pair has ended', text: 'Thank you for mentoring. If the mentee agrees to share feedback, I will pass it on.', fields: [{ label: 'Mentee', value: 'ended', about: mentee }], tone: 'neutral' };
}

const HELPED: Record<'yes' | 'somewhat' | 'no', string> = { yes: 'it helped', somewhat: 'it helped a little', no: 'it did not really help' };

export function feedbackSharedView(helped: 'yes' | 'somewhat' | 'no'): View {
  return { title: 'Feedback from your mentee', text: `Your mentee chose to share that ${HELPED[helped]}. Thank you for mentoring.`, tone: 'neutral' };
}

export function feedbackThanksView(shared: boolean): View {
  return shared
    ? { title: 'Thank you', text: 'Your answer is shared with your mentor and the coordinators.', tone: 'success' }
    : { title: 'Nothing shared', text: 'Thank you. Nothing about your mentoring was shared.', tone: 'success' };
}

export function myMentoringView(input: { role: 'mentee'; status: 'requested' | 'active' | 'paused'; mentor: UserRef | null; rhythmDays: number; endsOn: string | null } | { role: 'mentor'; mentees: readonly { mentee: UserRef; status: 'active' | 'paused' }[]; capacity: number }): View {
  if (input.role === 'mentor') {
    return {
      title: 'Your mentees',
      text: `${input.mentees.length} of your capacity of ${input.capacity}.`,
      fields: input.mentees.map((m) => ({ label: 'Mentee', value: m.status, about: m.mentee })),
      tone: 'neutral',
    };
  }
  if (input.status === 'requested' || input.mentor === null) return { title: 'Waiting for a mentor', text: 'A coordinator will pair you with a mentor and I will tell you privately.', tone: 'neutral' };
  return {
    title: input.status === 'paused' ? 'Your mentoring is paused' : 'Your mentoring',
    text: `Reminders ${rhythm(input.rhythmDays)}${input.endsOn === null ? '' : ` until ${input.endsOn}`}${input.status === 'paused' ? ', none while paused' : ''}.`,
    fields: [{ label: 'Your mentor', value: input.status, about: input.mentor }],
    tone: 'neutral',
  };
}

export function notMentoringView(): View {
  return { title: 'No mentoring here yet', text: 'You are not in a mentoring pair. Use the mentor signup command to ask for a mentor.', tone: 'neutral' };
}

export function talkOpenedView(): View {
  return { title: 'A private space is open with your mentor', text: 'Your mentor has been told. Peerline is a bot: it does not keep what you write.', tone: 'success' };
}
