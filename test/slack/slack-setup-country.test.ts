/**
 * Slack setup needs the country for crisis lines: the modal asks with a required list (countries with
 * checked lines, then "Other / international"), and a submission without a usable one is refused
 * beside the field, with nothing saved. Real Bolt against the local fake of Slack's Web API.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { communities } from '../../src/db/schema.js';
import { type TestDatabase } from '../support/db.js';
import { ADMIN, teamPerTest, useSlackHarness, VOLUNTEER_CHANNEL, type SlackHarness } from './harness.js';
import { command, submit } from '../fakes/slack/index.js';

let database: TestDatabase;
let h: SlackHarness;
useSlackHarness((made, db) => {
  h = made;
  database = db;
});
let TEAM = '';
teamPerTest('T0SETUP', (team) => (TEAM = team));

const stored = async () => database.db.select().from(communities).where(eq(communities.ref, `slack:${TEAM}`));

function form(country: Record<string, unknown> | null): Record<string, Record<string, unknown>> {
  return {
    volunteer_channel: { volunteer_channel: { type: 'conversations_select', selected_conversation: VOLUNTEER_CHANNEL } },
    coordinators: { coordinators: { type: 'multi_users_select', selected_users: [ADMIN] } },
    country: { country: country ?? { type: 'static_select', selected_option: null } },
    time_zone: { time_zone: { type: 'plain_text_input', value: 'Europe/London' } },
    retention_days: { retention_days: { type: 'number_input', value: '30' } },
  };
}
const picked = (value: string) => ({ type: 'static_select', selected_option: { text: { type: 'plain_text', text: value }, value } });

describe('Slack setup and the country', () => {
  it('asks for the country with a required list ending in "Other / international"', async () => {
    const before = h.fake.callsTo('views.open').length;
    await h.send(command(TEAM, ADMIN, 'C0GENERAL', 'setup', h.fake.responseUrl(`open-${TEAM}`)));
    await h.fake.waitFor(() => h.fake.callsTo('views.open').length > before);
    const view = h.fake.callsTo('views.open').at(-1)?.args['view'] as { blocks: { block_id: string; optional: boolean; element: { type: string; options: { value: string }[] } }[] };
    const country = view.blocks.find((b) => b.block_id === 'country');
    expect(country).toMatchObject({ optional: false, element: { type: 'static_select' } });
    const values = country!.element.options.map((o) => o.value);
    expect(values).toEqual(expect.arrayContaining(['GB', 'US', 'IE']));
    expect(values.at(-1)).toBe('INTL');
  });

  it('refuses a submission without a country, or with one not on the list, beside the field, and saves nothing', async () => {
    const missing = await h.send(submit(TEAM, ADMIN, 'pl:form:setup', form(null)));
    expect(missing.status).toBe(200);
    expect(JSON.parse(missing.text)).toMatchObject({ response_action: 'errors', errors: { country: expect.stringContaining('Choose the country') } });
    const crafted = await h.send(submit(TEAM, ADMIN, 'pl:form:setup', form(picked('ES'))));
    expect(JSON.parse(crafted.text)).toMatchObject({ response_action: 'errors', errors: { country: expect.stringContaining('from the list') } });
    expect(await stored()).toHaveLength(0);
  });

  it('checks the other fields with core\'s own limits, beside each field, and saves nothing', async () => {
    // Core keeps closed requests at most 3650 days; the form used to let 5000 through to a refusal by DM.
    const tooLong = { ...form(picked('GB')), retention_days: { retention_days: { type: 'number_input', value: '5000' } } };
    const long = await h.send(submit(TEAM, ADMIN, 'pl:form:setup', tooLong));
    expect(JSON.parse(long.text)).toMatchObject({ response_action: 'errors', errors: { retention_days: 'A whole number of days, from 1 to 3650.' } });
    const badZone = { ...form(picked('GB')), time_zone: { time_zone: { type: 'plain_text_input', value: 'Mars/Olympus' } } };
    const zone = await h.send(submit(TEAM, ADMIN, 'pl:form:setup', badZone));
    expect(JSON.parse(zone.text)).toMatchObject({ response_action: 'errors', errors: { time_zone: expect.stringContaining('IANA') } });
    expect(await stored()).toHaveLength(0);
  });

  it('sets up with "Other / international"', async () => {
    const dmsBefore = h.fake.privateTo(ADMIN).length;
    const res = await h.send(submit(TEAM, ADMIN, 'pl:form:setup', form(picked('INTL'))));
    expect(res.status).toBe(200);
    await h.fake.waitFor(() => h.fake.privateTo(ADMIN).slice(dmsBefore).some((t) => t.includes('Peerline is set up')));
    expect((await stored())[0]?.settings.country).toBe('INTL');
  });
});
