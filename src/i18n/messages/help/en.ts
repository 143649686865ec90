/** The mentoring and StRaW help on Slack and Discord: the English source (see ../en.ts for how the catalogue is put together). */
import { def, type Messages } from '../def.js';

// Shown without Slack's markup, as the other help is. Command words (`/peer mentor pair`, `weekly`, `yes`,
// `outcome`, Discord's option names) are what the parsers read, so they stay English in every language.
// A line both platforms share names each one's command with `platform` (slack or discord).
type On = { platform: 'slack' | 'discord' };

export const helpEn = {
  'help.mentor.intro': 'Mentoring — a mentee and a trained mentor (a volunteer, not a clinician) meet regularly for a chosen period. Peerline is a bot: it reminds you both privately and keeps no messages.',
  'help.mentor.status': def<On>('{platform, select, slack {/peer mentor} other {/mentor status}} — your mentoring: your mentor, or your mentees'),
  'help.mentor.signup': def<On>('{platform, select, slack {/peer mentor signup} other {/mentor signup}} — ask for a mentor; a coordinator pairs you'),
  'help.mentor.talk': def<On>('{platform, select, slack {/peer mentor talk} other {/mentor talk}} — open a private conversation with your mentor'),
  'help.mentor.change': def<On>('{platform, select, slack {/peer mentor change} other {/mentor change}} — ask for a different mentor; no reason needed'),
  'help.mentor.slack.state': '/peer mentor pause · resume · end — for your own pair (mentors with several mentees add @mentee); ending asks the mentee before any feedback is shared',
  'help.mentor.slack.coordinators': 'Coordinators (and mentoring coordinators)',
  'help.mentor.slack.switch': '/peer mentor on · /peer mentor off — switch mentoring on or off here (coordinators; off by default)',
  'help.mentor.slack.roles': '/peer mentor role add @name mentor (or coordinator) · /peer mentor role remove @name · /peer mentor roles — mentors must be enrolled volunteers',
  'help.mentor.slack.capacity': "/peer mentor capacity @name <n> · /peer mentor list — mentees a mentor may have at once (2 by default), and each mentor's load",
  'help.mentor.slack.pair': '/peer mentor pair @mentee @mentor [weekly|fortnightly|four-weekly] [12 weeks] — start a pair (also answers a sign-up)',
  'help.mentor.slack.pairs': '/peer mentor pairs — pairs and sign-ups waiting, privately with names',
  'help.mentor.slack.any': '/peer mentor pause|resume|end @mentee — change any pair',
  'help.mentor.discord.state': '/mentor pause | resume | end [mentee:] — your own pair (mentors with several mentees name one); ending asks the mentee before any feedback is shared',
  'help.mentor.discord.coordinators':
    'Coordinators (and mentoring coordinators): /mentor enable | disable (off by default) · /mentor role-add user: role: · /mentor role-remove user: · /mentor roles · /mentor capacity user: mentees: · /mentor list · /mentor pair mentee: mentor: [rhythm:] [weeks:] · /mentor pairs · /mentor pause|resume|end mentee:',

  'help.straw.slack.intro': 'StRaW (Sustaining Resilience at Work) — peer support for work stress, from trained StRaW practitioners (peers, not counsellors). Off until a coordinator switches it on.',
  'help.straw.slack.referSelf': '/peer straw refer — ask for StRaW support for yourself (private to StRaW staff)',
  'help.straw.slack.referColleague': '/peer straw refer @colleague — suggest it for a colleague: they are asked first, by DM, and you hear only whether they go ahead',
  'help.straw.slack.practitioners': 'StRaW practitioners and managers',
  'help.straw.slack.due': '/peer straw due — open cases and their next step (yours; a manager sees all)',
  'help.straw.slack.case': '/peer straw case 3 — the record of case 3',
  'help.straw.slack.record':
    "/peer straw record 3 yes sleep,mood — the score and the tool's suggestion; add outcome peer-support|signpost|close to record it, and notes … (stored encrypted). A meeting needs no answers: /peer straw record 3",
  'help.straw.slack.tool': '/peer straw tool — the conversation tool in use (a default to check against your StRaW training)',
  'help.straw.slack.managers': 'StRaW managers',
  'help.straw.slack.manage': "/peer straw assign 3 @practitioner · /peer straw close 3 · /peer straw tool save '{json}'",
  'help.straw.slack.coordinators': 'Coordinators and StRaW managers',
  'help.straw.slack.roles': '/peer straw enable · /peer straw disable (coordinators) · /peer straw role add @name practitioner|manager · /peer straw role remove @name · /peer straw roles',
  'help.straw.discord.intro': 'StRaW (Sustaining Resilience at Work), when a coordinator has switched it on: peer support for work stress from trained StRaW practitioners (peers, not counsellors).',
  'help.straw.discord.refer': '/straw refer — for yourself (private to StRaW staff), or name a colleague: they are asked first by DM, and you hear only whether they go ahead',
  'help.straw.discord.practitioners': 'Practitioners: /straw due | case | record (yes: items talked about; outcome: peer support | signpost | close; notes: stored encrypted) | tool',
  'help.straw.discord.roles': 'Managers: /straw assign | close | tool-save · Coordinators: /straw enable | disable · Coordinators and managers: /straw role add | role remove | roles',
} satisfies Messages;
