/**
 * `/straw …`: StRaW's slash command and the parse of an invocation. It has no default permissions, so
 * anyone can refer themselves or a colleague; core checks the StRaW role (or the coordinator role, to
 * switch StRaW on) on every use (invariant 5). Every answer is ephemeral; nothing is posted to a channel.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { ChatCommand } from '../command-table.js';
import { PROGRAMME_NOTES_MAX, PROGRAMME_TOOL_JSON_MAX, type UserRef } from '../../core/index.js';
import { t, type Text } from '../../i18n/index.js';

const S = ApplicationCommandOptionType;

const caseOption = { type: S.Integer, name: 'case', description: 'The StRaW case number', min_value: 1, max_value: 1_000_000, required: true } as const;

export const STRAW_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'straw',
  description: 'StRaW peer support for work stress: refer yourself or a colleague; practitioners’ commands',
  dm_permission: false,
  options: [
    {
      type: S.Subcommand,
      name: 'refer',
      description: 'Ask for StRaW support for yourself (private), or name a colleague (they are asked first)',
      options: [{ type: S.User, name: 'colleague', description: 'Leave out to refer yourself', required: false }],
    },
    { type: S.Subcommand, name: 'due', description: 'Practitioners: open cases and their next step (a manager sees all)' },
    { type: S.Subcommand, name: 'case', description: 'Practitioners: the record of a case', options: [caseOption] },
    {
      type: S.Subcommand,
      name: 'record',
      description: 'Practitioners: record the case’s next step (no outcome: see the score first)',
      options: [
        caseOption,
        { type: S.String, name: 'yes', description: 'Tool items talked about, answered yes, comma-separated (see /straw tool)', max_length: 900, required: false },
        { type: S.String, name: 'outcome', description: 'The outcome you choose', required: false, choices: [
          { name: 'peer support (follow-up meetings)', value: 'peer-support' },
          { name: 'signpost to professional help (EAP, resources)', value: 'signpost' },
          { name: 'close: no further StRaW support', value: 'close' },
        ] },
        { type: S.String, name: 'notes', description: 'Optional; stored only encrypted', max_length: PROGRAMME_NOTES_MAX, required: false },
      ],
    },
    {
      type: S.Subcommand,
      name: 'assign',
      description: 'Managers: give a case its StRaW practitioner',
      options: [caseOption, { type: S.User, name: 'practitioner', description: 'A StRaW practitioner', required: true }],
    },
    { type: S.Subcommand, name: 'close', description: 'Managers: close a case', options: [caseOption] },
    { type: S.Subcommand, name: 'tool', description: 'The StRaW conversation tool in use' },
    {
      type: S.Subcommand,
      name: 'tool-save',
      description: 'Managers: save a new version of the tool (JSON)',
      options: [{ type: S.String, name: 'json', description: 'The tool as JSON', max_length: PROGRAMME_TOOL_JSON_MAX, required: true }],
    },
    { type: S.Subcommand, name: 'enable', description: 'Coordinators: switch StRaW on here' },
    { type: S.Subcommand, name: 'disable', description: 'Coordinators: switch StRaW off here' },
    {
      type: S.SubcommandGroup,
      name: 'role',
      description: 'Coordinators and StRaW managers: give or take a StRaW role',
      options: [
        {
          type: S.Subcommand,
          name: 'add',
          description: 'Give (or change) a StRaW role',
          options: [
            { type: S.User, name: 'user', description: 'Who gets the role', required: true },
            { type: S.String, name: 'role', description: 'Practitioners hold cases; managers assign them and see all', required: true, choices: [
              { name: 'practitioner', value: 'practitioner' },
              { name: 'manager', value: 'manager' },
            ] },
          ],
        },
        { type: S.Subcommand, name: 'remove', description: 'Take a StRaW role away', options: [{ type: S.User, name: 'user', description: 'Whose role ends', required: true }] },
      ],
    },
    { type: S.Subcommand, name: 'roles', description: 'Who holds StRaW roles here' },
  ],
};

const unsupported = (reason: Text): ChatCommand => ({ kind: 'unsupported', topic: 'straw', reason });

/** Reads `/straw …`, with `ref` building a user ref from a Discord user id. */
export function parseStraw(i: ChatInputCommandInteraction, ref: (user: string) => UserRef): ChatCommand {
  const o = i.options;
  const group = o.getSubcommandGroup(false);
  const sub = o.getSubcommand(false);
  const user = (name: string) => {
    const id = o.getUser(name)?.id;
    return id === undefined ? null : ref(id);
  };
  const n = o.getInteger('case');
  if (group === 'role') {
    const target = user('user');
    const role = o.getString('role');
    if (sub === 'add' && target !== null && (role === 'practitioner' || role === 'manager')) return { kind: 'programme-role-add', programme: 'straw', user: target, role };
    if (sub === 'remove' && target !== null) return { kind: 'programme-role-remove', programme: 'straw', user: target };
    return unsupported(t('straw.discord.role'));
  }
  const needsCase = unsupported(t('straw.discord.case'));
  switch (sub) {
    case 'refer':
      return { kind: 'straw-refer', person: user('colleague') };
    case 'due':
      return { kind: 'straw-due' };
    case 'case':
      return n === null ? needsCase : { kind: 'straw-case', number: n };
    case 'close':
      return n === null ? needsCase : { kind: 'straw-close', number: n };
    case 'assign': {
      const practitioner = user('practitioner');
      return n === null || practitioner === null ? unsupported(t('straw.discord.assign')) : { kind: 'straw-assign', number: n, practitioner };
    }
    case 'record': {
      if (n === null) return needsCase;
      const yes = (o.getString('yes') ?? '').split(',').map((t) => t.trim()).filter((t) => t.length > 0);
      return { kind: 'straw-record', number: n, yes, outcome: o.getString('outcome'), notes: o.getString('notes') };
    }
    case 'tool':
      return { kind: 'programme-tool', programme: 'straw' };
    case 'tool-save':
      return { kind: 'programme-tool-save', programme: 'straw', json: o.getString('json') ?? '' };
    case 'enable':
    case 'disable':
      return { kind: 'programme-switch', programme: 'straw', enabled: sub === 'enable' };
    case 'roles':
      return { kind: 'programme-roles', programme: 'straw' };
    default:
      return unsupported(t('straw.discord.unknown', { command: (sub ?? group ?? '').slice(0, 30) }));
  }
}

/** StRaW's help, and its lines in `/peer-help`. */
export const STRAW_HELP_LINES = [
  'StRaW (Sustaining Resilience at Work), when a coordinator has switched it on: peer support for work stress from trained StRaW practitioners (peers, not counsellors).',
  '/straw refer — for yourself (private to StRaW staff), or name a colleague: they are asked first by DM, and you hear only whether they go ahead',
  'Practitioners: /straw due | case | record (yes: items talked about; outcome: peer support | signpost | close; notes: stored encrypted) | tool',
  'Managers: /straw assign | close | tool-save · Coordinators: /straw enable | disable · Coordinators and managers: /straw role add | role remove | roles',
];
