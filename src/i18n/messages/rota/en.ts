/** The rota: shifts, swaps, coverage, the rota commands and views: the English source (see ../en.ts for how the catalogue is put together). */
import { def, type Messages } from '../def.js';
import { monthNames, type MonthKey, weekdayNames, type WeekdayKey } from './names.js';

type Mine = 'mine' | 'mineOffered' | 'offered';

/**
 * A text inside a message: any `Text` (../en.js) fits. Written out here because importing `Text` from
 * ../en.js, which spreads this file in, makes an import cycle.
 */
type Text = string | { readonly msg: string } | { readonly join: readonly unknown[]; readonly sep: string };

export const rotaEn = {
  // Dates and times of shifts: local to the community's time zone, names in the reader's language (./names.ts).
  'rota.weekday': def<{ day: WeekdayKey }>(weekdayNames('en-GB')),
  'rota.month': def<{ month: MonthKey }>(monthNames('en-GB')),
  'rota.date': def<{ weekday: Text; day: number; month: Text }>('{weekday} {day} {month}'),
  'rota.dateTime': def<{ weekday: Text; day: number; month: Text; year: string; time: string }>('{weekday}, {day} {month} {year}, {time}'),
  'rota.shift': def<{ date: Text; start: string; end: string }>('{date}, {start}–{end}'),
  'rota.days.run': def<{ from: Text; to: Text }>('{from}–{to}'),
  'rota.days.once': def<{ date: string }>('once on {date}'),
  'rota.comma': def<{ first: Text; rest: Text }>('{first}, {rest}'),
  'rota.dot': def<{ first: Text; rest: Text }>('{first} · {rest}'),
  'rota.slot': def<{ days: Text; start: string; end: string; wanted: number }>('{days} {start}–{end}, {wanted, plural, one {# listener} other {# listeners}}'),
  'rota.slot.numbered': def<{ slot: string; describe: Text }>('#{slot} {describe}'),

  // The rota list.
  'rota.list.empty.title': 'The rota is empty',
  'rota.list.empty.text': 'No shifts are planned yet. Coordinators add slots with the rota add command (see the rota help).',
  'rota.list.title': def<{ weeks: number }>('Rota: the next {weeks, plural, one {# week} other {# weeks}}'),
  'rota.list.zone': def<{ zone: string }>('Times are in {zone}.'),
  'rota.list.line': def<{ slot: string; when: Text; date: string; signedUp: number; wanted: number; state: Text; demand: Text; mine: Text }>(
    '#{slot} {when} ({date}) — {signedUp} of {wanted}, {state}{demand}{mine}',
  ),
  'rota.list.covered': 'covered',
  'rota.list.wanted': def<{ n: number }>('{n, plural, other {# wanted}}'),
  'rota.list.demand': def<{ needed: number }>(' · expected demand {needed}: not covered'),
  'rota.list.mine': def<{ who: Mine }>('{who, select, mine { · you} mineOffered { · you (offered for a swap)} other { · offered for a swap}}'),
  'rota.list.more': def<{ more: number }>('… and {more} more: ask for fewer weeks to see them.'),
  'rota.list.none': 'No shifts fall in these weeks.',
  'rota.list.slots': def<{ slots: Text }>('Slots: {slots}'),

  // Slots, sign-ups and the weekly cap.
  'rota.slot.saved.title': def<{ slot: string }>('Rota slot {slot} saved'),
  'rota.slot.saved.text': def<{ describe: Text }>('{describe}. Volunteers can sign up with its number and a date.'),
  'rota.slot.removed.title': def<{ slot: string }>('Rota slot {slot} removed'),
  'rota.slot.removed.text': 'Its shifts are off the rota; nobody signed up for them will be reminded or put on duty.',
  'rota.signedUp.title': 'You are on the rota',
  'rota.signedUp.text': def<{ when: Text }>('{when}. I will remind you the evening before and 30 minutes before, and put you on duty when it starts (you can say "not now" then).'),
  'rota.withdrawn.title': 'You are off that shift',
  'rota.withdrawn.text': def<{ when: Text }>('{when}: you are no longer signed up. Thank you for letting us know in time.'),
  'rota.cap.none.title': 'No weekly cap',
  'rota.cap.none.text': 'You have no cap on rota shifts a week.',
  'rota.cap.saved.title': 'Weekly cap saved',
  'rota.cap.saved.text': def<{ perWeek: number }>('You will not be signed up for more than {perWeek, plural, one {# shift} other {# shifts}} a week (Monday to Sunday).'),

  // Reminders, and the start and end of a shift.
  'rota.reminder.evening.title': 'Your shift tomorrow',
  'rota.reminder.evening.text': def<{ shift: Text }>('A reminder: you are on the rota for {shift}. If you cannot make it, withdraw or offer it for a swap with the rota command.'),
  'rota.reminder.soon.title': 'Your shift starts in 30 minutes',
  'rota.reminder.soon.text': def<{ shift: Text }>('{shift}. I will put you on duty when it starts.'),
  'rota.onDuty.title': 'Your shift has started: you are on duty',
  'rota.onDuty.text': def<{ shift: Text }>('{shift}. Requests will reach you in the volunteer channel. If now is not a good time, press "Not now" and you are off duty again.'),
  'rota.button.notNow': 'Not now',
  'rota.ended.title': 'Your shift has ended: you are off duty',
  'rota.ended.text': def<{ shift: Text }>('{shift}. Thank you for your time. If you would like to stay a while, you can go back on duty.'),
  'rota.button.stayOnDuty': 'Stay on duty',
  'rota.notNow.title': 'Not now: you are off duty',
  'rota.notNow.text': 'That is fine. Go on duty whenever you are ready.',

  // Swaps.
  'rota.swap.offered.title': 'Your shift is offered for a swap',
  'rota.swap.offered.text': def<{ shift: Text; asked: number }>(
    '{shift}. {asked, plural, =0 {Nobody else can take it right now (training, caps or already on it); the coordinators will be told 24 hours before if it is still yours.} one {I am asking # volunteer; the first to take it gets it and you will be told.} other {I am asking # volunteers; the first to take it gets it and you will be told.}} Until then it is still yours.',
  ),
  'rota.swap.ask.title': 'Can you take a shift?',
  'rota.swap.ask.text': def<{ shift: Text }>('A volunteer has offered their shift: {shift}. The first to take it gets it.'),
  'rota.button.take': 'Take this shift',
  'rota.swap.taken.title': 'The shift is yours',
  'rota.swap.taken.text': def<{ shift: Text }>('{shift}. I will remind you the evening before and 30 minutes before. Thank you.'),
  'rota.swap.done.title': 'Your shift was taken',
  'rota.swap.done.text': def<{ shift: Text }>('Another volunteer has taken {shift}. You are off it.'),
  'rota.swap.unfilled.title': 'Coordinators: an offered shift has no taker',
  'rota.swap.unfilled.text': def<{ shift: Text }>('A shift offered for a swap 24 hours ahead is still untaken: {shift}. The volunteer who offered it is still on it.'),
  'rota.swap.unfilled.by': 'Offered by',
  'rota.swap.unfilled.volunteer': 'volunteer',

  // The next listener on the rota (added to a member's reply when nobody is on duty), and coverage.
  'rota.next.none': 'No listener is on the rota for the next two weeks either.',
  'rota.next.at': def<{ at: Text; zone: string }>('The next listener is expected at {at} ({zone}), from the rota.'),
  'rota.gap.title': 'Coordinators: a busy shift is not covered',
  'rota.gap.text': def<{ slot: string; shift: Text; needed: number; signedUp: number }>(
    'Slot {slot}, {shift}: the last 8 weeks of requests suggest {needed, plural, one {# listener} other {# listeners}} at its busiest hour, and {signedUp, plural, one {# is} other {# are}} signed up. It starts in about 48 hours.',
  ),

  // Calendar feeds.
  'rota.feed.off.title': 'Calendar feeds are not available',
  'rota.feed.off.text': 'This bot has no public web address (PEERLINE_WEB_URL with the web adapter running), so it cannot serve a calendar. Ask whoever runs it; the rota command still lists your shifts.',
  'rota.feed.issued.title': 'Your private shift calendar',
  'rota.feed.issued.text': def<{ url: string }>(
    'Add this address to your calendar app as a subscription: {url}\nIt is private: anyone with it can see your shift times (no names). Asking again gives a new address and the old one stops working; the rota calendar revoke command ends it.',
  ),
  'rota.feed.link': 'Calendar feed',
  'rota.feed.revoked.title': 'Calendar feed ended',
  'rota.feed.revoked.text': 'Your calendar feed address no longer works.',
  'rota.feed.revoked.none': 'You had no calendar feed.',
  'rota.feed.name': def<{ community: string }>('Peerline shifts · {community}'),
  'rota.feed.summary': 'Peerline listening shift',
  'rota.feed.description': def<{ slot: string }>('Rota slot {slot}. You are put on duty at the start.'),
  // Help and usage, on Slack (`/peer rota …`) and Discord (`/rota …`). Command names and options stay as typed.
  'rota.help.title': 'The rota — planned shifts, in the community’s time zone',
  'rota.help.reminders': 'You are reminded the evening before and 30 minutes before, put on duty at the start (with "Not now") and off at the end (with "Stay on duty").',
  'rota.help.slack.show': '/peer rota [weeks] — the next weeks’ shifts (2 by default, up to 6) with their slot numbers and dates',
  'rota.help.slack.signup': '/peer rota signup <slot> <YYYY-MM-DD> · /peer rota withdraw <slot> <YYYY-MM-DD> — take a shift, or give it back before it starts',
  'rota.help.slack.swap': '/peer rota swap <slot> <YYYY-MM-DD> — offer your shift: volunteers who can take it are asked, the first to accept gets it',
  'rota.help.slack.cap': '/peer rota cap <n> · /peer rota cap none — the most shifts a week you want (Monday to Sunday)',
  'rota.help.slack.calendar': '/peer rota calendar · /peer rota calendar revoke — a private calendar address with your shifts (a new one replaces the old), or end it',
  'rota.help.slack.coordinators': 'Coordinators',
  'rota.help.slack.addWeekly': '/peer rota add mon-fri 18:00-22:00 2 — a weekly slot (days, local times, listeners wanted); an end before the start runs past midnight',
  'rota.help.slack.addOnce': '/peer rota add 2026-12-24 18:00-23:00 3 — a one-off slot',
  'rota.help.slack.remove': '/peer rota remove <slot> — take a slot off the rota',
  'rota.help.discord.title': 'The rota — planned shifts, in the community’s time zone.',
  'rota.help.discord.show': '/rota show [weeks] — the next weeks’ shifts (2 by default, up to 6) with their slot numbers and dates',
  'rota.help.discord.signup': '/rota signup slot: date: · /rota withdraw slot: date: — take a shift, or give it back before it starts',
  'rota.help.discord.swap': '/rota swap slot: date: — offer your shift: volunteers who can take it are asked, the first to accept gets it',
  'rota.help.discord.cap': '/rota cap shifts: — the most shifts a week you want (0 = no cap)',
  'rota.help.discord.calendar': '/rota calendar [revoke:] — a private calendar address with your shifts (a new one replaces the old), or end it',
  'rota.help.discord.coordinators': 'Coordinators: /rota add-weekly days:mon-fri start:18:00 end:22:00 listeners:2 · /rota add-once date:2026-12-24 start:18:00 end:23:00 · /rota remove slot:',
  'rota.usage.shift': def<{ sub: string }>('Use `/peer rota {sub} <slot number> <YYYY-MM-DD>`, e.g. `/peer rota {sub} 3 2026-12-07`.'),
  'rota.usage.add': 'Use `/peer rota add mon-fri 18:00-22:00 2` (weekly: days, times, listeners wanted) or `/peer rota add 2026-12-24 18:00-23:00 3` (once).',
  'rota.usage.remove': 'Use `/peer rota remove <slot number>`, e.g. `/peer rota remove 3`.',
  'rota.usage.calendar': 'Use `/peer rota calendar` (a private calendar address) or `/peer rota calendar revoke`.',
  'rota.usage.cap': 'Use `/peer rota cap 2` (shifts a week at most), `/peer rota cap none`, or `/peer rota cap` to see yours.',
  'rota.usage.unknown.slack': def<{ sub: string }>('I do not know `/peer rota {sub}`.'),
  'rota.usage.unknown.discord': def<{ sub: string }>('I do not know /rota {sub}.'),

  // The dashboard's rota tab (coordinators). `{slack}` and `{discord}` are commands, shown as code.
  'rota.page.title': 'Rota',
  'rota.page.weeks': 'Weeks of the rota',
  'rota.page.thisWeek': 'This week',
  'rota.page.nextWeek': 'Next week',
  'rota.page.weekOf': def<{ date: Text }>('Week of {date}'),
  'rota.page.intro': def<{ slack: string; discord: string }>(
    'Each shift shows how many listeners are wanted, how many have signed up, and the expected demand: the listeners the busiest hour’s average requests over the last 8 weeks call for. A shift with places open or fewer signed up than expected demand is marked “⚠ gap”. Volunteers sign up from the chat platform ({slack} on Slack, {discord} on Discord).',
  ),
  'rota.page.noSlotsAdd': def<{ slack: string; discord: string }>('No slots yet: add one below, or with {slack} on Slack, {discord} on Discord.'),
  'rota.page.noShifts': 'No shifts fall in this week.',
  'rota.page.caption': def<{ from: Text; to: Text; zone: string; count: number; gaps: number }>(
    'Shifts, {from} to {to} ({zone}): {count, plural, one {# shift} other {# shifts}}, {gaps} with a gap',
  ),
  'rota.page.slot': 'Slot',
  'rota.page.noShift': 'no shift',
  'rota.page.signedUp': def<{ signedUp: number; wanted: number }>('{signedUp} of {wanted} signed up'),
  'rota.page.demand': def<{ needed: number }>('expected demand {needed}'),
  'rota.page.ended': 'ended',
  'rota.page.covered': '✓ covered',
  'rota.page.gap': def<{ parts: Text }>('⚠ gap: {parts}'),
  'rota.page.open': def<{ open: number }>('{open, plural, one {# place} other {# places}} open'),
  'rota.page.short': def<{ short: number }>('{short} below expected demand'),
  'rota.page.slots': 'Slots',
  'rota.page.noSlots': 'No slots yet.',
  'rota.page.removing': 'Removing a slot takes its shifts off the rota: nobody signed up for them is reminded or put on duty.',
  'rota.page.remove': 'Remove',
  'rota.page.removeSlot': def<{ slot: string }>('Remove slot {slot}'),
  'rota.page.nothingChanged': 'Nothing was changed',
  'rota.page.addWeekly': 'Add a weekly slot',
  'rota.page.addOnce': 'Add a one-off slot',
  'rota.page.days': 'Days',
  'rota.page.days.hint': 'mon-fri, or mon,wed,fri',
  'rota.page.starts': 'Starts',
  'rota.page.ends': 'Ends',
  'rota.page.localTime': 'local time',
  'rota.page.pastMidnight': 'an end before the start runs past midnight',
  'rota.page.wanted': 'Listeners wanted',
  'rota.page.wanted.hint': '1 to 50',
  'rota.page.date': 'Date',
  'rota.page.date.hint': 'the day it starts',
} satisfies Messages;
