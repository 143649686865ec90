/**
 * `/peer mentor …` on Slack, read into the shared command union with refs built. Rhythm and period are
 * passed on as typed words and numbers: core checks them (core/programmes/mentoring/pairs.ts), so both
 * platforms refuse the same things with the same words.
 */
import type { Rhythm, UserRef } from '../../core/index.js';
import { type ChatCommand, mentorWord } from '../command-table.js';
import { mentioned } from './trim-commands.js';
import { lines, t, type Text } from '../../i18n/index.js';

const unsupported = (reason: Text): ChatCommand => ({ kind: 'unsupported', topic: 'mentor', reason });

const RHYTHM_WORDS: Record<string, Rhythm> = { weekly: 'weekly', fortnightly: 'fortnightly', 'four-weekly': 'four-weekly' };

/** A positive whole number as typed, or null. */
function count(word: string | undefined): number | null {
  const n = Number(word);
  return word !== undefined && /^\d+$/.test(word) && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** `pair @mentee @mentor [weekly|fortnightly|four-weekly] [<n> weeks]`. */
function pair(words: readonly string[], person: (w: string | undefined) => UserRef | null): ChatCommand {
  const usage = unsupported(t('mentor.usage.pair'));
  const [a, b, ...rest] = words;
  const mentee = person(a);
  const mentor = person(b);
  if (mentee === null || mentor === null) return usage;
  let rhythm: Rhythm | null = null;
  let weeks: number | null = null;
  for (const word of rest) {
    const w = word.toLowerCase();
    if (RHYTHM_WORDS[w] !== undefined && rhythm === null) rhythm = RHYTHM_WORDS[w];
    else if (count(w) !== null && weeks === null) weeks = count(w);
    else if (w !== 'weeks' && w !== 'week') return usage;
  }
  return { kind: 'mentor-pair', mentee, mentor, rhythm, weeks };
}

/** `words` are those after `/peer mentor`; `ref` builds the user ref of a mentioned Slack user id. */
export function parseMentorCommand(words: readonly string[], ref: (user: string) => UserRef): ChatCommand {
  const [sub = '', ...rest] = words;
  const person = (word: string | undefined) => {
    const id = mentioned(word);
    return id === null ? null : ref(id);
  };
  const bare = mentorWord(sub === '' ? 'status' : sub);
  if (bare !== null) return rest.length > 0 ? unsupported(t('mentor.usage.bare', { command: sub.toLowerCase() })) : bare;
  switch (sub.toLowerCase()) {
    case 'help':
      return { kind: 'help', topic: 'mentor' };
    case 'pause':
    case 'resume':
    case 'end': {
      const change = sub.toLowerCase() as 'pause' | 'resume' | 'end';
      if (rest.length === 0) return { kind: 'mentor-state', change, mentee: null };
      const mentee = person(rest[0]);
      return mentee === null || rest.length > 1 ? unsupported(t('mentor.usage.state', { change })) : { kind: 'mentor-state', change, mentee };
    }
    case 'on':
    case 'off':
      return rest.length > 0 ? unsupported(t('mentor.usage.switch')) : { kind: 'programme-switch', programme: 'mentoring', enabled: sub.toLowerCase() === 'on' };
    case 'role': {
      const [action, who, role, ...more] = rest;
      const user = person(who);
      const usage = unsupported(t('mentor.usage.role'));
      if (user === null || more.length > 0) return usage;
      if (action === 'remove' && role === undefined) return { kind: 'programme-role-remove', programme: 'mentoring', user };
      if (action !== 'add') return usage;
      const r = role?.toLowerCase();
      return r === 'mentor' || r === 'coordinator' || r === 'manager' ? { kind: 'programme-role-add', programme: 'mentoring', user, role: r === 'mentor' ? 'mentor' : 'manager' } : usage;
    }
    case 'capacity': {
      const user = person(rest[0]);
      const capacity = count(rest[1]);
      return user === null || capacity === null || rest.length > 2 ? unsupported(t('mentor.usage.capacity')) : { kind: 'mentor-capacity', user, capacity };
    }
    case 'pair':
      return pair(rest, person);
    default:
      return unsupported(t('mentor.usage.unknown', { command: sub.slice(0, 30) }));
  }
}

/** `/peer mentor help`, shown without Slack's markup like the other help. */
export const MENTOR_HELP: Text = lines(
  t('help.mentor.intro'),
  t('help.mentor.status', { platform: 'slack' }),
  t('help.mentor.signup', { platform: 'slack' }),
  t('help.mentor.talk', { platform: 'slack' }),
  t('help.mentor.slack.state'),
  t('help.mentor.change', { platform: 'slack' }),
  '',
  t('help.mentor.slack.coordinators'),
  t('help.mentor.slack.switch'),
  t('help.mentor.slack.roles'),
  t('help.mentor.slack.capacity'),
  t('help.mentor.slack.pair'),
  t('help.mentor.slack.pairs'),
  t('help.mentor.slack.any'),
);
