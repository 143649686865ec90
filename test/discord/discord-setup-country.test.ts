/**
 * Discord setup needs the country for crisis lines: `/peer-admin setup` offers the countries with
 * checked lines and "Other / international" as choices, and refuses (privately, saving nothing) a
 * first setup without one. The real discord.js client against the local fake Discord.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/adapters/discord/commands.js';
import { communities } from '../../src/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { ADMIN, startDiscordHarness, VOLUNTEERS, type DiscordHarness } from './harness.js';

let database: TestDatabase;
let h: DiscordHarness;
beforeAll(async () => {
  database = await createTestDatabase();
  h = await startDiscordHarness(database);
}, 60_000);
afterAll(async () => {
  await h?.stop();
  await database?.dispose();
});

describe('Discord setup and the country', () => {
  it('offers the countries with checked lines, then "Other / international", as choices', () => {
    const admin = COMMANDS.find((c) => c.name === 'peer-admin');
    const setup = admin?.options?.find((o) => o.name === 'setup');
    const country = setup !== undefined && 'options' in setup ? setup.options?.find((o) => o.name === 'country') : undefined;
    const choices = country !== undefined && 'choices' in country ? (country.choices ?? []) : [];
    expect(choices.map((c) => c.value)).toEqual(expect.arrayContaining(['GB', 'US', 'IE']));
    expect(choices.at(-1)).toMatchObject({ value: 'INTL', name: expect.stringContaining('Other / international') });
    expect(choices.length).toBeLessThanOrEqual(25); // Discord's limit on choices
  });

  it('refuses a first setup without a country, saying what to choose, and saves nothing', async () => {
    const refused = await h.slash(ADMIN, 'peer-admin', { subcommand: 'setup', options: { 'volunteer-channel': VOLUNTEERS, 'time-zone': 'Europe/London' } });
    expect(refused).toContain('Setup needs the country for crisis lines');
    expect(refused).toContain('international directory');
    expect(await database.db.select().from(communities)).toHaveLength(0);
  });

  it('sets up with "Other / international", and a later change keeps the country', async () => {
    expect(await h.slash(ADMIN, 'peer-admin', { subcommand: 'setup', options: { 'volunteer-channel': VOLUNTEERS, country: 'INTL' } })).toContain('Peerline is set up');
    expect(await h.slash(ADMIN, 'peer-admin', { subcommand: 'setup', options: { 'retention-days': 14 } })).toContain('Settings saved');
    const [row] = await database.db.select().from(communities);
    expect(row?.settings).toMatchObject({ country: 'INTL', retentionDays: 14 });
  });
});
