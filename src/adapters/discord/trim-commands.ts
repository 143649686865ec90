/**
 * `/trim …`: the TRiM slash command's definition and the parse of an invocation into a tagged union
 * with an `unsupported` case. It has no default_member_permissions, so practitioners without Manage
 * Server can use it: core checks the TRiM role on every use (invariant 5).
 */
import type { ChatCommand } from '../command-table.js';
import { TITLE_MAX, TRIM_TIMING_KEYS, type TrimTimingKey, type UserRef } from '../../core/index.js';
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { MessageId } from '../../i18n/index.js';
import { choice, described } from './command-locales.js';
import { type Locale, lines, localise, type Msg, resolveLocale, t, type Text } from '../../i18n/index.js';

const S = ApplicationCommandOptionType;

/** People per incident the command takes (core allows more; a second incident can carry the rest). */
export const INCIDENT_PEOPLE = 5;

const incidentOption = { type: S.Integer, name: 'incident', ...described('cmd.trim.incident-number'), min_value: 1, max_value: 1_000_000, required: true } as const;

/** Each timing option's description: a new timing in core does not compile until it has one. */
const TIMING_DESCRIPTIONS = {
  planning: 'cmd.trim.timings.planning',
  initial: 'cmd.trim.timings.initial',
  'follow-up': 'cmd.trim.timings.follow-up',
  overdue: 'cmd.trim.timings.overdue',
} as const satisfies Record<TrimTimingKey, MessageId>;

const people = Array.from({ length: INCIDENT_PEOPLE }, (_, n) => n + 1).flatMap((k) => [
  { type: ApplicationCommandOptionType.User as const, name: `person-${k}`, ...(k === 1 ? described('cmd.trim.incident.person-1') : described('cmd.trim.incident.person', { k })), required: k === 1 },
  { type: ApplicationCommandOptionType.User as const, name: `practitioner-${k}`, ...described('cmd.trim.incident.practitioner', { k }), required: k === 1 },
]);

export const TRIM_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'trim',
  ...described('cmd.trim'),
  dm_permission: false,
  options: [
    {
      type: S.Subcommand,
      name: 'incident',
      ...described('cmd.trim.incident'),
      options: [
        { type: S.String, name: 'title', ...described('cmd.trim.incident.title'), max_length: TITLE_MAX, required: true },
        { type: S.String, name: 'when', ...described('cmd.trim.incident.when'), min_length: 16, max_length: 16, required: true },
        // Discord wants every required option first.
        ...people.filter((p) => p.required),
        ...people.filter((p) => !p.required),
      ],
    },
    { type: S.Subcommand, name: 'due', ...described('cmd.trim.due') },
    { type: S.Subcommand, name: 'page', ...described('cmd.trim.page') },
    {
      type: S.Subcommand,
      name: 'assess',
      ...described('cmd.trim.assess'),
      options: [incidentOption, { type: S.User, name: 'person', ...described('cmd.trim.assess.person'), required: true }],
    },
    { type: S.Subcommand, name: 'case', ...described('cmd.trim.case'), options: [incidentOption] },
    { type: S.Subcommand, name: 'planned', ...described('cmd.trim.planned'), options: [incidentOption] },
    {
      type: S.Subcommand,
      name: 'assign',
      ...described('cmd.trim.assign'),
      options: [
        incidentOption,
        { type: S.User, name: 'person', ...described('cmd.trim.assign.person'), required: true },
        { type: S.User, name: 'practitioner', ...described('cmd.trim.assign.practitioner'), required: true },
      ],
    },
    {
      type: S.Subcommand,
      name: 'close',
      ...described('cmd.trim.close'),
      options: [incidentOption, { type: S.User, name: 'person', ...described('cmd.trim.close.person'), required: false }],
    },
    { type: S.Subcommand, name: 'tool', ...described('cmd.trim.tool') },
    { type: S.Subcommand, name: 'tool-edit', ...described('cmd.trim.tool-edit') },
    {
      type: S.Subcommand,
      name: 'timings',
      ...described('cmd.trim.timings'),
      // Ranges are checked in core, so a value out of range is answered with the rule, not refused unseen.
      options: TRIM_TIMING_KEYS.map((key) => ({ type: S.Integer, name: key, ...described(TIMING_DESCRIPTIONS[key]), required: false })),
    },
    {
      type: S.SubcommandGroup,
      name: 'role',
      ...described('cmd.trim.role'),
      options: [
        {
          type: S.Subcommand,
          name: 'add',
          ...described('cmd.trim.role.add'),
          options: [
            { type: S.User, name: 'user', ...described('cmd.trim.role.add.user'), required: true },
            {
              type: S.String,
              name: 'role',
              ...described('cmd.trim.role.add.role'),
              required: true,
              choices: [
                choice('cmd.trim.role.add.role.practitioner', 'practitioner'),
                choice('cmd.trim.role.add.role.manager', 'manager'),
              ],
            },
          ],
        },
        { type: S.Subcommand, name: 'remove', ...described('cmd.trim.role.remove'), options: [{ type: S.User, name: 'user', ...described('cmd.trim.role.remove.user'), required: true }] },
      ],
    },
    { type: S.Subcommand, name: 'roles', ...described('cmd.trim.roles') },
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
