/**
 * Checks: what a schema of ours says about input it refuses (rota slots and sign-ups, mentoring pairs,
 * programme tools, profiles, volunteers, notes) and a few notices to coordinators: the English source (see
 * ../en.ts for how the catalogue is put together). A `{max}` is the bound the input was held to.
 */
import { def, type Messages, type PartText as Text } from '../def.js';

export const checksEn = {
  // The rota (core/rota/slots.ts, signups.ts).
  'checks.rota.start': 'write the start time as HH:MM, 24-hour (e.g. 18:00)',
  'checks.rota.end': 'write the end time as HH:MM, 24-hour (e.g. 18:00)',
  'checks.rota.wanted': 'write the listeners wanted as a whole number',
  'checks.rota.wanted.min': 'at least 1 listener',
  'checks.rota.wanted.max': def<{ max: number }>('at most {max, plural, one {# listener} other {# listeners}}'),
  'checks.rota.days': 'write the days as mon-fri, or mon,wed,fri (three-letter names)',
  'checks.rota.date': 'write the date as YYYY-MM-DD',
  'checks.rota.short': 'a shift runs at least 15 minutes (an end before the start runs past midnight)',
  'checks.rota.slot': 'write the slot as its number (the rota lists them)',
  'checks.rota.cap.min': 'at least 1 shift a week',
  'checks.rota.cap.max': def<{ max: number }>('at most {max, plural, one {# shift} other {# shifts}} a week'),
  'checks.weeks.max': def<{ max: number }>('at most {max, plural, one {# week} other {# weeks}}'),
  // A private message a job could not deliver, told to the coordinators (core/rota/shift-jobs.ts, core/mentoring/rhythm.ts).
  'checks.undelivered.rotaReminder': 'A rota reminder could not be sent to a volunteer.',
  'checks.undelivered.rotaOnDuty': 'A volunteer was put on duty for their rota shift but could not be told.',
  'checks.undelivered.mentorPrompt': def<{ role: 'mentee' | 'mentor' }>('A mentoring reminder could not be sent to a {role, select, mentee {mentee} other {mentor}}.'),

  // Mentoring (core/mentoring/pairs.ts, mentors.ts).
  'checks.mentoring.rhythm': 'the rhythm is weekly, fortnightly or four-weekly',
  'checks.mentoring.weeks.min': 'at least 1 week',
  'checks.mentoring.capacity.min': 'at least 1 mentee',
  'checks.mentoring.capacity.max': def<{ max: number }>('at most {max, plural, one {# mentee} other {# mentees}}'),

  // A programme's tool (model/programme-tool.ts); the checks it shares with TRiM's risk tool are trim.tool.invalid.*.
  'checks.tool.itemIds': 'item ids must be different',
  'checks.tool.bands': def<{ steps: string }>('thresholds needs bands for: {steps}'),
  // Notes, profiles and volunteers (core/programmes/notes.ts, core/use-cases/my-profile.ts, manage-volunteers.ts).
  'checks.notes.max': def<{ max: string }>('notes: up to {max} characters'),
  'checks.profile.name.max': def<{ max: number }>('Your display name can be up to {max, plural, one {# character} other {# characters}}.'),
  'checks.profile.tags.max': def<{ max: number }>('Up to {max, plural, one {# tag} other {# tags}}.'),
  'checks.date.format': 'use a date like 2027-03-31',
  'checks.date.real': 'not a real date',
  'checks.tags': 'tags are words, numbers, spaces, - and _',

  // Where a schema gives no words of its own, these replace the schema library's (core/guards.ts); `{min}` is a lower bound.
  'checks.schema.text.min': def<{ min: number }>('at least {min, plural, one {# character} other {# characters}}'),
  'checks.schema.text.max': def<{ max: number }>('at most {max, plural, one {# character} other {# characters}}'),
  'checks.schema.list.min': def<{ min: number }>('at least {min, plural, one {# item} other {# items}}'),
  'checks.schema.list.max': def<{ max: number }>('at most {max, plural, one {# item} other {# items}}'),
  'checks.schema.number.min': def<{ min: number }>('at least {min}'),
  'checks.schema.number.max': def<{ max: number }>('at most {max}'),
  'checks.schema.whole': 'write a whole number',
  'checks.schema.required': 'this is needed',
  'checks.schema.choice': 'not one of the choices',
  'checks.schema.format': 'not written the way it should be',

  // The coordinators' figures in chat (core/use-cases/stats.ts); outcomes and the wait method are replies.outcome.*.
  'checks.stats.title': def<{ days: number }>('Last {days, plural, one {# day} other {# days}}'),
  'checks.stats.text': def<{ method: Text }>('Counts only: no names, no notes. {method}'),
  'checks.stats.requests': 'Requests',
  'checks.stats.waiting': 'Waiting now',
  'checks.stats.median': 'Wait, median',
  'checks.stats.p90': 'Wait, 90th percentile',
  'checks.stats.crisis': 'Crisis events',
  'checks.stats.unread': 'Messages the bot could not read',
  'checks.stats.byTopic': 'By topic',
  'checks.stats.none': 'none',
} satisfies Messages;
