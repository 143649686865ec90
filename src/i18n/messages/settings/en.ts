/** Community settings typed as text, and Slack's setup modal: the English source (see ../en.ts for how the catalogue is put together). */
import { def, type Messages, type PartText as Text } from '../def.js';

// Setting keys (`time-zone`), ladder actions (`remention`) and the words a resource line is read by (`call`, `text`)
// are what coordinators type: they stay English in every language. Each hint is at most 150 characters (Slack's limit).
export const settingsEn = {
  // Each setting: its label and how to write it.
  'settings.country.label': 'Country for crisis lines',
  'settings.country.hint': 'A two-letter code such as GB, US or IE, or "other" for the international directory of helplines.',
  'settings.time-zone.label': 'Time zone',
  'settings.time-zone.hint': 'An IANA name such as Europe/London or America/New_York.',
  'settings.language.label': 'Default language',
  'settings.language.hint': 'en, es, pt, fr or de: used in the volunteer channel and for people whose own language the platform does not tell Peerline.',
  'settings.working-hours.label': 'Working hours (TRiM reminders)',
  'settings.working-hours.hint':
    'When reminders to TRiM staff may be sent, in the community time zone, e.g. Mon-Fri 09:00-17:30 (others wait for the next start), or "any time".',
  'settings.escalation-routine.label': 'Escalation ladder (routine and urgent requests)',
  'settings.escalation-routine.hint':
    'Minutes after the request, then what happens: remention, page-coordinators or tell-member. E.g. 5 remention, 15 page-coordinators, 60 tell-member.',
  'settings.escalation-crisis.label': 'Escalation ladder (crisis requests)',
  'settings.escalation-crisis.hint': 'As for routine requests, e.g. 1 remention, 3 page-coordinators, 10 tell-member. Crisis requests are also re-posted every 10 minutes.',
  'settings.check-in-offsets.label': 'Check-in offsets (hours)',
  'settings.check-in-offsets.hint': 'The times a member may choose for a check-in after a session, in hours: up to 5, e.g. 4, 24, 72.',
  'settings.retention-days.label': 'Keep closed requests for (days)',
  'settings.retention-days.hint': 'Days before the names and ids of closed requests, sessions and crisis events are removed (1 to 3650); counts stay.',
  'settings.max-sessions.label': 'Sessions at once per volunteer (cap)',
  'settings.max-sessions.hint': 'The most sessions any volunteer holds at once, whatever their own capacity (1 to 10).',
  'settings.max-shift-hours.label': 'Longest shift (hours)',
  'settings.max-shift-hours.hint': 'Volunteers are asked to confirm, then taken off duty, after this many hours (1 to 24).',
  'settings.crisis-cooldown.label': 'Crisis alert cooldown (minutes)',
  'settings.crisis-cooldown.hint': 'Minutes before the coordinators are alerted again about the same person, unless it gets worse (0 to 1440). The person is always answered.',
  'settings.topics.label': 'Topics members choose from',
  'settings.topics.hint': 'Separated by commas, up to 25, each up to 40 characters. The last is used when a member picks none.',
  'settings.extra-resources.label': 'Extra resources (shown after the national line)',
  'settings.extra-resources.hint': 'Up to 5, one a line: name | how to reach | hours | link, e.g. Counselling | call 01234 567890 | Mon–Fri 9–17 | https://example.edu',

  // What is wrong with a typed value. Numbers are strings where the English has no digit grouping (1500).
  'settings.problem.tooLong': def<{ max: string }>('Too long: at most {max} characters.'),
  'settings.problem.notValid': 'not valid',
  'settings.problem.schema': def<{ message: Text }>('{message}.'),
  'settings.problem.schemaAt': def<{ message: Text; path: string }>('{message} ({path}).'),
  'settings.problem.wholeNumber': 'Write a whole number.',
  'settings.problem.wholeNumbers': 'Write whole numbers separated by commas.',
  'settings.problem.language': def<{ given: string }>('"{given}" is not a language Peerline speaks: use en, es, pt, fr or de.'),
  'settings.problem.step': def<{ step: string; actions: string }>('"{step}" is not a step: write minutes then one of {actions}.'),
  'settings.problem.stepOrder': 'Steps must come in order, each later than the one before.',
  'settings.problem.resources': def<{ count: number }>('At most 5 resources (you gave {count}).'),
  // One extra resource's line: `{name}` is the resource's name as typed.
  'settings.resource.parts': def<{ name: string }>('"{name}": too many parts. Write name | how to reach | hours | link.'),
  'settings.resource.notNumber': def<{ name: string; way: string }>('"{name}": "{way}" is not a number to call. Write "call 0800 123 456" or "text SHOUT to 85258".'),
  'settings.resource.noWay': def<{ name: string }>('"{name}": say how to reach it (a number to call or text) or give a link.'),
  'settings.resource.problem': def<{ name: Text; why: Text }>('"{name}": {why}.'),
  'settings.resource.unnamed': 'a resource',
  'settings.resource.url': 'the link must start with http:// or https:// (at most 200 characters)',
  'settings.resource.name': 'the name is needed (at most 80 characters)',
  'settings.resource.hours': 'say when it is open, e.g. "Mon–Fri 9:00–17:00" or "24/7" (at most 60 characters)',
  'settings.resource.number': def<{ way: 'call' | 'text'; max: number }>('the number to {way, select, call {call} other {text}} must be 3 to {max} characters'),
  'settings.resource.field': def<{ field: string; message: Text }>('{field}: {message}'),

  // Slack's setup modal (the title is at most 24 characters).
  'settings.setup.title': 'Set up Peerline',
  'settings.setup.save': 'Save',
  'settings.setup.volunteerChannel': 'Volunteer channel (private is best)',
  'settings.setup.volunteerChannel.hint': 'Offer cards and crisis alerts go here. Invite the app to it.',
  'settings.setup.coordinators': 'Coordinators',
  'settings.setup.coordinators.hint': 'You stay a coordinator.',
  'settings.setup.country.placeholder': 'Choose a country',
  'settings.setup.country.hint': 'A person in crisis is shown this country\'s 24/7 line. "Other / international" shows a directory of helplines instead.',
  'settings.setup.timeZone.hint': 'An IANA name such as Europe/London.',
  'settings.setup.country.missing': 'Choose the country for crisis lines, or "Other / international".',
  'settings.setup.country.unknown': 'Choose a country from the list, or "Other / international".',
  'settings.setup.retention': def<{ min: string; max: string }>('A whole number of days, from {min} to {max}.'),
  'settings.setup.timeZone.unknown': 'unknown time zone',
} satisfies Messages;
