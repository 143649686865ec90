/** The chat adapters' own words (help, unknown commands, forms Slack or Discord could not open or read): the English source (see ../en.ts for how the catalogue is put together). */
import { def, type Messages } from '../def.js';

export const adaptersEn = {
  // Titles of help and of what did not parse.
  'adapter.unknownCommand': 'Unknown command',
  'adapter.notUnderstood': 'I did not understand that',
  'adapter.discord.title.main': 'Peerline',
  'adapter.discord.title.settings': 'Peerline settings',
  'adapter.discord.title.trim': 'Peerline TRiM',
  'adapter.discord.title.rota': 'Peerline rota',
  'adapter.discord.title.straw': 'Peerline StRaW',
  'adapter.discord.title.mentor': 'Peerline mentoring',
  'adapter.slack.title.main': 'Peerline help',
  'adapter.slack.title.trim': 'Peerline TRiM help',
  'adapter.slack.title.settings': 'Peerline settings help',
  'adapter.slack.title.rota': 'Peerline rota help',
  'adapter.slack.title.straw': 'Peerline StRaW help',
  'adapter.slack.title.mentor': 'Peerline mentoring help',

  // Discord: /peer-help (member commands by their localised names, the rest by their English ones).
  'adapter.discord.unknown': def<{ command: string }>('I do not know /{command}.'),
  'adapter.discord.help.intro': 'Peerline connects you with a trained peer listener — a volunteer, not a clinician or a crisis service.',
  'adapter.discord.help.listen': '/listen — ask for a listener (topic, optional note, stay anonymous, check-in later)',
  'adapter.discord.help.resources': '/resources [country] — crisis lines you can call or text now',
  'adapter.discord.help.forgetMe': '/forget-me — delete what Peerline holds about you',
  'adapter.discord.help.volunteers': 'Volunteers: /duty on | off | status, /end (in the session thread, or its End button), /profile name: tags:, /rota (planned shifts: /rota help)',
  'adapter.discord.help.mentoring': 'Mentoring: /mentor signup | talk | pause | resume | end | change (/mentor help)',
  'adapter.discord.help.coordinators': 'Coordinators: /peer-admin setup | settings | volunteer add | volunteer remove | volunteers | stats | dashboard (/peer-admin settings help lists every setting)',

  // Slack: /peer help (shown without Slack markup).
  'adapter.slack.help.intro': 'Peerline — peer listening. Listeners are trained volunteers, not clinicians or a crisis service.',
  'adapter.slack.help.everyone': 'Everyone',
  'adapter.slack.help.listen': '/listen or /peer listen — ask for a listener (add a short note after the command to skip the form)',
  'adapter.slack.help.cancel': '/peer cancel — withdraw your waiting request',
  'adapter.slack.help.resources': '/peer resources [country] — crisis lines you can call or text now',
  'adapter.slack.help.forgetMe': '/peer forget-me — delete what Peerline holds about you',
  'adapter.slack.help.volunteers': 'Volunteers',
  'adapter.slack.help.duty': '/peer duty on|off|status — go on or off duty, or see where you stand',
  'adapter.slack.help.end': '/peer end — end the session (in the session, or use its End button)',
  'adapter.slack.help.profile': '/peer profile name <display name> · /peer profile tags grief, loss — your name on the dashboard and your experience tags',
  'adapter.slack.help.rota': '/peer rota — planned shifts: sign up, withdraw, swap, your weekly cap (/peer rota help; coordinators add slots there too)',
  'adapter.slack.help.mentoring': 'Mentoring',
  'adapter.slack.help.mentor': '/peer mentor help — mentoring pairs: ask for a mentor, talk to your mentor, pause or end; coordinators pair people',
  'adapter.slack.help.coordinators': 'Coordinators',
  'adapter.slack.help.setup': '/peer setup — volunteer channel, coordinators, country, time zone, retention',
  'adapter.slack.help.settings': '/peer settings — every other setting (a form); /peer settings help lists them with /peer watch, /peer resource',
  'adapter.slack.help.volunteer': '/peer volunteer add @name [tags…] [trained-until YYYY-MM-DD] · /peer volunteer remove @name · /peer volunteers',
  'adapter.slack.help.stats': '/peer stats [days] — counts and waiting times, no personal data',
  'adapter.slack.help.dashboard': '/peer dashboard — a private sign-in link to the coordinator dashboard',
  'adapter.slack.help.trimStaff': 'TRiM practitioners and managers',
  'adapter.slack.help.trim': '/peer trim help — incidents, risk assessments and what is due (private to TRiM staff)',
  'adapter.slack.help.strawTitle': 'StRaW (work stress peer support, when switched on)',
  'adapter.slack.help.straw': "/peer straw help — refer yourself or a colleague; practitioners' commands",

  // Slack: /peer words that did not parse.
  'adapter.slack.unknown': def<{ word: string }>('I do not know `{word}`.'),
  'adapter.slack.usage.duty': 'Use `/peer duty on`, `off` or `status`.',
  'adapter.slack.usage.stats': 'Use `/peer stats [days]`, e.g. `/peer stats 30`.',
  'adapter.slack.usage.mention': def<{ action: string }>('Mention the person: `/peer volunteer {action} @name`.'),
  'adapter.slack.usage.volunteer': 'Use `/peer volunteer add @name [tags…] [trained-until YYYY-MM-DD]` or `/peer volunteer remove @name`.',

  // Slack: forms and payloads.
  'adapter.slack.form.unopened': 'Could not open the form',
  'adapter.slack.form.listenFallback': 'Type your request after the command instead, e.g. `/listen I had a rough day`.',
  'adapter.slack.form.settingsFallback': 'Use `/peer settings show` and `/peer settings set <setting> <value>` instead.',
  'adapter.slack.unreadableCommand': 'That command could not be read. Please try again.',
  'adapter.slack.unreadableForm': 'That form could not be read. Please try again.',
  'adapter.alreadyDone': 'Already done.',
  'adapter.slack.noteTooLong': def<{ max: string; length: string }>('Please keep it to {max} characters (you wrote {length}).'),
} satisfies Messages;
