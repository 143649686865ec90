/**
 * Every setting the README names has a command on each platform: the README's list of a community's
 * settings, each in its "Community settings" table, and each row's Slack command parsed by the Slack
 * adapter, its Discord command found in the registration (command, group, subcommand, option, choice),
 * and its dashboard field in the settings form.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { APIApplicationCommandOption } from 'discord.js';
import { COMMANDS } from '../../src/adapters/discord/commands.js';
import { parseSlackCommand } from '../../src/adapters/slack/commands.js';
import { setupModal } from '../../src/adapters/slack/setup-modal.js';
import { createCatalogue } from '../../src/crisis/index.js';
import { defaultSettings, isTextSettingKey, settingsForm, TEXT_SETTING_KEYS } from '../../src/core/index.js';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');

/** The settings the README's configuration section names, in its own words. */
function namedSettings(): string[] {
  const sentence = /A community's own settings —([\s\S]*?)— live in the database/.exec(readme)?.[1];
  if (sentence === undefined) throw new Error('the README no longer lists a community\'s settings');
  return sentence
    .replace(/\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .split(',')
    .map((s) => s.trim().replace(/^its own /, ''))
    .filter((s) => s.length > 0);
}

interface Row {
  readonly setting: string;
  readonly key: string;
  readonly slack: string;
  readonly discord: string;
  readonly dashboard: string;
}

function table(): Row[] {
  const section = readme.split('### Community settings')[1]?.split('\n\n').find((block) => block.startsWith('| setting |'));
  if (section === undefined) throw new Error('the README has no Community settings table');
  const code = (cell: string) => /`([^`]+)`/.exec(cell)?.[1] ?? '';
  return section
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((c) => c.trim()))
    .map(([setting = '', key = '', slack = '', discord = '', dashboard = '']) => ({ setting, key, slack: code(slack), discord: code(discord), dashboard }));
}

/** Whether `/name group sub option:value …` is registered (the choice too, when the option has choices). */
function registered(command: string): boolean {
  const [name = '', ...words] = command.replace(/^\//, '').split(/\s+/);
  let options: readonly APIApplicationCommandOption[] | undefined = COMMANDS.find((c) => c.name === name)?.options;
  if (options === undefined) return false;
  for (const word of words) {
    const [option, value] = word.split(':');
    const found: APIApplicationCommandOption | undefined = options?.find((o) => o.name === option);
    if (found === undefined) return false;
    if (value === undefined) {
      options = 'options' in found ? found.options : undefined;
      continue;
    }
    if (value !== '' && 'choices' in found && found.choices !== undefined && !found.choices.some((c) => c.value === value)) return false;
  }
  return true;
}

describe('the README and the settings commands', () => {
  const rows = table();

  it('puts every setting the README names in the Community settings table', () => {
    const named = namedSettings();
    expect(named.length).toBeGreaterThanOrEqual(12);
    for (const setting of named) expect(rows.map((r) => r.setting), setting).toContain(setting);
  });

  it('gives every typed setting a row, and every row a Slack command the adapter reads', () => {
    expect(rows.map((r) => r.key)).toEqual(expect.arrayContaining(TEXT_SETTING_KEYS));
    for (const row of rows) {
      const text = row.slack.replace(/^\/peer\s*/, '').replace('#channel', '<#C0README|channel>');
      const parsed = parseSlackCommand({ command: '/peer', text: isTextSettingKey(row.key) && text.startsWith('settings set') ? `${text} 1` : text, team_id: 'T0README', channel_id: 'C0README' });
      expect(parsed.kind, `${row.key}: ${row.slack}`).not.toBe('unsupported');
      if (parsed.kind === 'settings-set') expect(Object.keys(parsed.values)).toEqual([row.key]);
    }
    // The two set in Slack's setup form are fields of it.
    const blocks = (setupModal(null, createCatalogue(), 'en')['blocks'] as { block_id: string }[]).map((b) => b.block_id);
    expect(blocks).toEqual(expect.arrayContaining(['volunteer_channel', 'coordinators']));
  });

  it('gives every row a registered Discord command', () => {
    for (const row of rows) expect(registered(row.discord), `${row.key}: ${row.discord}`).toBe(true);
    expect(registered('/peer-admin settings set setting:no-such-setting')).toBe(false);
  });

  it('puts every row marked "Settings page" in the dashboard form (or its watched-channels list)', () => {
    const fields = settingsForm(defaultSettings()).fields.map((f) => f.id);
    for (const row of rows.filter((r) => r.dashboard.startsWith('Settings page'))) {
      if (row.key === 'watched-channels') continue;
      expect(fields, row.key).toContain(row.key);
    }
  });
});
