/**
 * Every slash command, subcommand, option and choice Peerline registers on Discord says its words in every
 * language Peerline speaks (issue 18: name_localizations / description_localizations from the catalogue),
 * within Discord's limits, and the English is what it was.
 */
import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DISCORD_LOCALES } from '../../src/adapters/discord/command-locales.js';
import { COMMANDS } from '../../src/adapters/discord/commands.js';

const CODES = Object.values(DISCORD_LOCALES).flat();
/** Discord's rule for command and option names (lower case where the script has case). */
const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** The member-facing commands: their names (and their options' names) are localised too. */
const MEMBER_COMMANDS = ['listen', 'resources', 'end', 'forget-me', 'peer-help'];

type Node = RESTPostAPIChatInputApplicationCommandsJSONBody | APIApplicationCommandOption;
/** Discord's map of a text by locale, read by any locale code. */
type Localizations = Readonly<Record<string, string | null | undefined>> | null | undefined;

const optionsOf = (node: Node): readonly APIApplicationCommandOption[] => ('options' in node && node.options !== undefined ? node.options : []);
const choicesOf = (node: Node): readonly { name: string; value: string | number; name_localizations?: Localizations }[] =>
  'choices' in node && node.choices !== undefined ? node.choices : [];

const validName = (name: string) => NAME.test(name) && name === name.toLocaleLowerCase();

/** What is wrong with a command's words, anywhere in its tree (empty: nothing). */
function problems(command: RESTPostAPIChatInputApplicationCommandsJSONBody): string[] {
  const out: string[] = [];
  const localised = (path: string, what: string, english: string, map: Localizations, check: (text: string) => boolean) => {
    if (!check(english)) out.push(`${path}: English ${what} ${JSON.stringify(english)} breaks Discord's limits`);
    for (const code of CODES) {
      const text = map?.[code];
      if (typeof text !== 'string' || text.length === 0) out.push(`${path}: no ${what} in ${code}`);
      else if (!check(text)) out.push(`${path}: ${code} ${what} ${JSON.stringify(text)} breaks Discord's limits`);
    }
    for (const code of Object.keys(map ?? {})) if (!CODES.includes(code)) out.push(`${path}: ${what} in ${code}, a locale Peerline does not speak`);
  };
  const description = (text: string) => text.length >= 1 && text.length <= 100;
  const visit = (node: Node, path: string, member: boolean) => {
    if (!validName(node.name)) out.push(`${path}: name ${JSON.stringify(node.name)} breaks Discord's rule`);
    localised(path, 'description', node.description, node.description_localizations, description);
    if (member) localised(path, 'name', node.name, node.name_localizations, validName);
    else if (node.name_localizations !== undefined) localised(path, 'name', node.name, node.name_localizations, validName);
    for (const c of choicesOf(node)) {
      // A choice whose name is its value is a key typed the same in every language (a setting's name).
      if (c.name === String(c.value) && c.name_localizations === undefined) continue;
      localised(`${path} choice ${c.value}`, 'choice name', c.name, c.name_localizations, description);
    }
    const options = optionsOf(node);
    // Names must stay unique among siblings in every language, or Discord refuses the whole set.
    for (const code of ['en', ...CODES]) {
      const names = options.map((o) => (code === 'en' ? o.name : ((o.name_localizations as Localizations)?.[code] ?? o.name)));
      if (new Set(names).size !== names.length) out.push(`${path}: two options share a name in ${code}`);
    }
    for (const option of options) visit(option, `${path} ${option.name}`, member);
  };
  visit(command, `/${command.name}`, MEMBER_COMMANDS.includes(command.name));
  return out;
}

describe('Discord slash commands in every language', () => {
  it('every command, subcommand, option and choice has its words in es-ES, es-419, pt-BR, fr and de, within Discord’s limits', () => {
    expect(COMMANDS.length).toBeGreaterThan(10);
    expect(COMMANDS.flatMap(problems)).toEqual([]);
  });

  it('catches a command, an option or a choice without its translations', () => {
    const bare: RESTPostAPIChatInputApplicationCommandsJSONBody = {
      name: 'example',
      description: 'An example',
      options: [{ type: 3, name: 'pick', description: 'Pick one', description_localizations: {}, choices: [{ name: 'first one', value: 'a' }] }],
    };
    expect(problems(bare)).toEqual(
      expect.arrayContaining([
        '/example: no description in es-ES',
        '/example: no description in de',
        '/example pick: no description in pt-BR',
        '/example pick choice a: no choice name in fr',
      ]),
    );
    const tooLong = { ...COMMANDS[0]!, description_localizations: { ...COMMANDS[0]!.description_localizations, fr: 'x'.repeat(101) } };
    expect(problems(tooLong)).toEqual([expect.stringContaining('fr description')]);
  });

  it('localises the member-facing commands’ names; volunteers’ and coordinators’ commands keep the English names their help names', () => {
    const listen = COMMANDS.find((c) => c.name === 'listen');
    expect(listen?.name_localizations).toMatchObject({ 'es-ES': 'escuchar', 'es-419': 'escuchar', 'pt-BR': 'ouvir', fr: 'ecoute', de: 'zuhoeren' });
    expect(optionsOf(listen!).map((o) => o.name_localizations?.de)).toEqual(['thema', 'notiz', 'anonym', 'nachfragen']);
    for (const name of ['duty', 'rota', 'trim', 'mentor', 'straw', 'peer-admin', 'profile']) expect(COMMANDS.find((c) => c.name === name)?.name_localizations).toBeUndefined();
  });

  it('keeps the English words, and puts parameters in every language', () => {
    const listen = COMMANDS.find((c) => c.name === 'listen')!;
    expect(listen.description).toBe('Ask for a peer listener (a trained volunteer, not a clinician)');
    const note = optionsOf(listen).find((o) => o.name === 'note')!;
    expect(note.description).toMatch(/^Anything the listener should know first \(up to \d+ characters\)$/);
    expect(note.description_localizations?.fr).toMatch(/jusqu'à \d+ caractères/);
    const trim = COMMANDS.find((c) => c.name === 'trim')!;
    const incident = optionsOf(trim).find((o) => o.name === 'incident')!;
    expect(optionsOf(incident).find((o) => o.name === 'person-2')?.description).toBe('Person 2 involved (needs practitioner-2)');
    expect(optionsOf(incident).find((o) => o.name === 'practitioner-3')?.description_localizations?.de).toBe('Die TRiM-Fachkraft für Person 3');
    const timings = optionsOf(trim).find((o) => o.name === 'timings')!;
    expect(optionsOf(timings).map((o) => o.description)).toEqual([
      'Planning meeting due, in hours after the incident',
      'Initial assessment due, in hours after the incident',
      'Follow-up assessment due, in days after the incident',
      'Reported overdue, in days after an assessment falls due',
    ]);
  });

  it('names the setup’s countries in each language, and "Other / international" last', () => {
    const setup = optionsOf(COMMANDS.find((c) => c.name === 'peer-admin')!).find((o) => o.name === 'setup')!;
    const choices = choicesOf(optionsOf(setup).find((o) => o.name === 'country')!);
    expect(choices.find((c) => c.value === 'FR')?.name_localizations).toMatchObject({ de: 'Frankreich', fr: 'France', 'es-ES': 'Francia' });
    expect(choices.at(-1)).toMatchObject({ value: 'INTL', name: 'Other / international (directory of helplines)' });
    expect(choices.at(-1)?.name_localizations?.['es-419']).toContain('internacional');
  });
});
