/**
 * `/straw …`: StRaW's slash command and the parse of an invocation. It has no default permissions, so
 * anyone can refer themselves or a colleague; core checks the StRaW role (or the coordinator role, to
 * switch StRaW on) on every use (invariant 5). Every answer is ephemeral; nothing is posted to a channel.
 */
import { ApplicationCommandOptionType, type ChatInputCommandInteraction, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { ChatCommand } from '../command-table.js';
import { choice, described } from './command-locales.js';
import { PROGRAMME_NOTES_MAX, PROGRAMME_TOOL_JSON_MAX, type UserRef } from '../../core/index.js';
import { lines, t, type Text } from '../../i18n/index.js';

const S = ApplicationCommandOptionType;

const caseOption = { type: S.Integer, name: 'case', ...described('cmd.straw.case-number'), min_value: 1, max_value: 1_000_000, required: true } as const;

export const STRAW_COMMAND: RESTPostAPIChatInputApplicationCommandsJSONBody = {
  name: 'straw',
  ...described('cmd.straw'),
  dm_permission: false,
  options: [
    {
      type: S.Subcommand,
      name: 'refer',
      ...described('cmd.straw.refer'),
      options: [{ type: S.User, name: 'colleague', ...described('cmd.straw.refer.colleague'), required: false }],
    },
    { type: S.Subcommand, name: 'due', ...described('cmd.straw.due') },
    { type: S.Subcommand, name: 'case', ...described('cmd.straw.case'), options: [caseOption] },
    {
      type: S.Subcommand,
      name: 'record',
      ...described('cmd.straw.record'),
      options: [
        caseOption,
        { type: S.String, name: 'yes', ...described('cmd.straw.record.yes'), max_length: 900, required: false },
        { type: S.String, name: 'outcome', ...described('cmd.straw.record.outcome'), required: false, choices: [
          choice('cmd.straw.record.outcome.peer-support', 'peer-support'),
          choice('cmd.straw.record.outcome.signpost', 'signpost'),
          choice('cmd.straw.record.outcome.close', 'close'),
        ] },
        { type: S.String, name: 'notes', ...described('cmd.straw.record.notes'), max_length: PROGRAMME_NOTES_MAX, required: false },
      ],
    },
    {
      type: S.Subcommand,
      name: 'assign',
      ...described('cmd.straw.assign'),
      options: [caseOption, { type: S.User, name: 'practitioner', ...described('cmd.straw.assign.practitioner'), required: true }],
    },
    { type: S.Subcommand, name: 'close', ...described('cmd.straw.close'), options: [caseOption] },
    { type: S.Subcommand, name: 'tool', ...described('cmd.straw.tool') },
    {
      type: S.Subcommand,
      name: 'tool-save',
      ...described('cmd.straw.tool-save'),
      options: [{ type: S.String, name: 'json', ...described('cmd.straw.tool-save.json'), max_length: PROGRAMME_TOOL_JSON_MAX, required: true }],
    },
    { type: S.Subcommand, name: 'enable', ...described('cmd.straw.enable') },
    { type: S.Subcommand, name: 'disable', ...described('cmd.straw.disable') },
    {
      type: S.SubcommandGroup,
      name: 'role',
      ...described('cmd.straw.role'),
      options: [
        {
          type: S.Subcommand,
          name: 'add',
          ...described('cmd.straw.role.add'),
          options: [
            { type: S.User, name: 'user', ...described('cmd.straw.role.add.user'), required: true },
            { type: S.String, name: 'role', ...described('cmd.straw.role.add.role'), required: true, choices: [
              choice('cmd.straw.role.add.role.practitioner', 'practitioner'),
              choice('cmd.straw.role.add.role.manager', 'manager'),
            ] },
          ],
        },
        { type: S.Subcommand, name: 'remove', ...described('cmd.straw.role.remove'), options: [{ type: S.User, name: 'user', ...described('cmd.straw.role.remove.user'), required: true }] },
      ],
    },
    { type: S.Subcommand, name: 'roles', ...described('cmd.straw.roles') },
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

/** StRaW's help, and its lines in `/peer-help`, in the catalogue's words. */
export const STRAW_HELP_TEXT: Text = lines(t('help.straw.discord.intro'), t('help.straw.discord.refer'), t('help.straw.discord.practitioners'), t('help.straw.discord.roles'));
