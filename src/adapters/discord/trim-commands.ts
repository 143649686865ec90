/**
 * `/trim …`: the TRiM slash command's definition and the parse of an invocation into a tagged union
 * with an `unsupported` case. It has no default_member_permissions, so practitioners without Manage
 * Server can use it: core checks the TRiM role on every use (invariant 5).
 */
import type { ChatCommand } from '../command-table.js';
import { TITLE_MAX, TRIM_TIMING_KEYS, TRIM_TIMINGS, type TrimTimingKey, type UserRef } from '../../core/index.js';
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type Locale, lines, localise, type Msg, resolveLocale, t, type Text } from '../../i18n/index.js';

const S = ApplicationCommandOptionType;

/** People per incident the command takes (core allows more; a second incident can carry the rest). */
export const INCIDENT_PEOPLE = 5;

const incidentOption = { type: S.Integer, name: 'incident', description: 'The incident number', min_value: 1, max_value: 1_000_000, required: true } as const;

const people = Array.from({ length: INCIDENT_PEOPLE }, (_, n) => n + 1).flatMap((k) => [
  { type: ApplicationCommandOptionType.User as const, name: `person-${k}`, description: k === 1 ? 'Someone involved' : `Person ${k} involved (needs practitioner-${k})`, required: k === 1 },
  { type: ApplicationCommandOptionType.User as const, name: `practitioner-${k}`, description: `The TRiM practitioner for person ${k}`, required: k === 1 },
]);

export const TRIM_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'trim',
  description: 'TRiM practitioners and managers: incidents, risk assessments, what is due (private)',
  dm_permission: false,
  options: [
    {
      type: S.Subcommand,
      name: 'incident',
      description: 'Log an incident: a short title, when, the people involved and a practitioner each',
      options: [
        { type: S.String, name: 'title', description: 'A short label such as "Depot 3 collision" (no account of what happened)', max_length: TITLE_MAX, required: true },
        { type: S.String, name: 'when', description: 'When it happened: YYYY-MM-DD HH:MM, in the community time zone', min_length: 16, max_length: 16, required: true },
        // Discord wants every required option first.
        ...people.filter((p) => p.required),
        ...people.filter((p) => !p.required),
      ],
    },
    { type: S.Subcommand, name: 'due', description: 'Assessments due and overdue (yours; a manager sees everyone’s)' },
    { type: S.Subcommand, name: 'page', description: 'A private sign-in link to the TRiM web page (what is due, in a browser)' },
    {
      type: S.Subcommand,
      name: 'assess',
      description: 'Record the next assessment for a person in an incident (from 72 hours after)',
      options: [incidentOption, { type: S.User, name: 'person', description: 'The person assessed', required: true }],
    },
    { type: S.Subcommand, name: 'case', description: 'The record of an incident (a practitioner sees their own cases)', options: [incidentOption] },
    { type: S.Subcommand, name: 'planned', description: 'Managers: the planning meeting for an incident was held', options: [incidentOption] },
    {
      type: S.Subcommand,
      name: 'assign',
      description: 'Managers: give a person’s case to another practitioner',
      options: [
        incidentOption,
        { type: S.User, name: 'person', description: 'The person whose case moves', required: true },
        { type: S.User, name: 'practitioner', description: 'Their new TRiM practitioner', required: true },
      ],
    },
    {
      type: S.Subcommand,
      name: 'close',
      description: 'Managers: close every open case of an incident, or one person’s',
      options: [incidentOption, { type: S.User, name: 'person', description: 'Only this person’s case', required: false }],
    },
    { type: S.Subcommand, name: 'tool', description: 'The risk tool in use' },
    { type: S.Subcommand, name: 'tool-edit', description: 'Managers: save a new version of the risk tool' },
    {
      type: S.Subcommand,
      name: 'timings',
      description: 'When each step falls due; managers: give a value to change it (for new incidents)',
      // Ranges are checked in core, so a value out of range is answered with the rule, not refused unseen.
      options: TRIM_TIMING_KEYS.map((key) => ({ type: S.Integer, name: key, description: `${TRIM_TIMINGS[key].label}, in ${TRIM_TIMINGS[key].unit} ${TRIM_TIMINGS[key].after}`, required: false })),
    },
    {
      type: S.SubcommandGroup,
      name: 'role',
      description: 'Coordinators and TRiM managers: give or take a TRiM role',
      options: [
        {
          type: S.Subcommand,
          name: 'add',
          description: 'Give (or change) a TRiM role',
          options: [
            { type: S.User, name: 'user', description: 'Who gets the role', required: true },
            {
              type: S.String,
              name: 'role',
              description: 'Practitioners assess their cases; managers see every case and change the tool',
              required: true,
              choices: [
                { name: 'practitioner', value: 'practitioner' },
                { name: 'manager', value: 'manager' },
              ],
            },
          ],
        },
        { type: S.Subcommand, name: 'remove', description: 'Take a TRiM role away', options: [{ type: S.User, name: 'user', description: 'Whose role ends', required: true }] },
      ],
    },
    { type: S.Subcommand, name: 'roles', description: 'Who holds TRiM roles here' },
  ],
};

/** A person involved and their practitioner. */
export interface IncidentPerson {
  readonly person: UserRef;
  readonly practitioner: UserRef;
}

/** `/trim …`: the shared commands, or one of Discord's own steps (a form or an assessment message). */
export type TrimCommand =
  | ChatCommand
  | { readonly kind: 'trim-incident'; readonly title: string; readonly when: string; readonly people: readonly IncidentPerson[] }
  | { readonly kind: 'trim-assess'; readonly number: number; readonly person: UserRef }
  | { readonly kind: 'trim-tool-form' };

/** `reason` in the reader's words: the command table carries it as a string. */
const refusal = (locale: Locale) => (reason: Msg): TrimCommand => ({ kind: 'unsupported', topic: 'trim', reason: localise(reason, locale) });

/**
 * Reads `/trim …`, with `ref` building a user ref from a Discord user id. Discord enforces required
 * options and types; what it cannot (pairs of people and practitioners) is checked here.
 */
export function parseTrimCommand(i: ChatInputCommandInteraction, ref: (user: string) => UserRef, locale: Locale = resolveLocale(i.locale, null)): TrimCommand {
  const unsupported = refusal(locale);
  const o = i.options;
  const group = o.getSubcommandGroup(false);
  const sub = o.getSubcommand(false);
  const number = () => o.getInteger('incident');
  const user = (name: string) => {
    const id = o.getUser(name)?.id;
    return id === undefined ? null : ref(id);
  };
  if (group === 'role') {
    const target = user('user');
    const role = o.getString('role');
    if (sub === 'add' && target !== null && (role === 'practitioner' || role === 'manager')) return { kind: 'trim-role-add', user: target, role };
    if (sub === 'remove' && target !== null) return { kind: 'trim-role-remove', user: target };
    return unsupported(t('trim.discord.usage.role'));
  }
  if (group !== null) return unsupported(t('trim.discord.unknown', { word: group.slice(0, 30) }));
  const n = number();
  const needsNumber = unsupported(t('trim.discord.needsNumber'));
  switch (sub) {
    case 'incident':
      return parseIncident(o.getString('title') ?? '', o.getString('when') ?? '', user, unsupported);
    case 'due':
      return { kind: 'trim-due' };
    case 'page':
      return { kind: 'trim-page' };
    case 'assess': {
      const person = user('person');
      return n === null || person === null ? unsupported(t('trim.discord.usage.assess')) : { kind: 'trim-assess', number: n, person };
    }
    case 'case':
      return n === null ? needsNumber : { kind: 'trim-case', number: n };
    case 'planned':
      return n === null ? needsNumber : { kind: 'trim-planned', number: n };
    case 'assign': {
      const person = user('person');
      const practitioner = user('practitioner');
      return n === null || person === null || practitioner === null ? unsupported(t('trim.discord.usage.assign')) : { kind: 'trim-assign', number: n, person, practitioner };
    }
    case 'close':
      return n === null ? needsNumber : { kind: 'trim-close', number: n, person: user('person') };
    case 'tool':
      return { kind: 'trim-tool' };
    case 'tool-edit':
      return { kind: 'trim-tool-form' };
    case 'roles':
      return { kind: 'trim-roles' };
    case 'timings': {
      const values: Partial<Record<TrimTimingKey, string>> = {};
      for (const key of TRIM_TIMING_KEYS) {
        const n = o.getInteger(key);
        if (n !== null) values[key] = String(n);
      }
      return { kind: 'trim-timings', values };
    }
    default:
      return unsupported(t('trim.discord.unknown', { word: (sub ?? '').slice(0, 30) }));
  }
}

function parseIncident(title: string, when: string, user: (name: string) => UserRef | null, unsupported: (reason: Msg) => TrimCommand): TrimCommand {
  const pairs: IncidentPerson[] = [];
  for (let k = 1; k <= INCIDENT_PEOPLE; k += 1) {
    const person = user(`person-${k}`);
    const practitioner = user(`practitioner-${k}`);
    if (person === null && practitioner === null) continue;
    if (person === null) return unsupported(t('trim.discord.incident.noPerson', { k: String(k) }));
    if (practitioner === null) return unsupported(t('trim.discord.incident.noPractitioner', { k: String(k) }));
    pairs.push({ person, practitioner });
  }
  return pairs.length === 0 ? unsupported(t('trim.discord.incident.nobody')) : { kind: 'trim-incident', title, when, people: pairs };
}

/** The /trim lines of `/peer-help`, in the catalogue's words. */
export const TRIM_HELP_TEXT: Text = lines(t('trim.discord.help.intro'), t('trim.discord.help.commands'), t('trim.discord.help.roles'));

/** The same lines in English, for the help table that takes strings (commands.ts); `TRIM_HELP_TEXT` renders in any language. */
export const TRIM_HELP_LINES: readonly string[] = localise(TRIM_HELP_TEXT, 'en').split('\n');
