import { describe, expect, it } from 'vitest';
import { parsePeerCommand } from '../../src/adapters/slack/commands.js';
import { slackManifest } from '../../src/adapters/slack/manifest.js';
import { channelRef, messageRef, parseId, parseMessage, userRef } from '../../src/adapters/slack/refs.js';
import { escapeText, renderForm, renderView } from '../../src/adapters/slack/render.js';
import { encodeAction } from '../../src/core/actions.js';
import { listenForm } from '../../src/core/views/forms.js';
import { defaultSettings } from '../../src/core/settings.js';
import { localise } from '../../src/i18n/index.js';

describe('/peer command parsing', () => {
  it.each([
    ['/peer', '', { kind: 'help' }],
    ['/peer', 'help', { kind: 'help' }],
    ['/listen', '', { kind: 'listen', note: null }],
    ['/listen', '  rough week at work ', { kind: 'listen', note: 'rough week at work' }],
    ['/peer', 'listen I need to talk', { kind: 'listen', note: 'I need to talk' }],
    ['/peer', 'resources ie', { kind: 'resources', country: 'ie' }],
    ['/peer', 'resources', { kind: 'resources', country: null }],
    ['/peer', 'DUTY on', { kind: 'duty', mode: 'on' }],
    ['/peer', 'duty', { kind: 'duty', mode: 'status' }],
    ['/peer', 'forget-me', { kind: 'forget-me' }],
    ['/peer', 'stats 7', { kind: 'stats', days: 7 }],
    ['/peer', 'volunteer add <@U123|sam> grief loss trained-until 2027-03-31', { kind: 'volunteer-add', user: 'U123', tags: ['grief', 'loss'], trainedUntil: '2027-03-31' }],
    ['/peer', 'volunteer remove <@U9>', { kind: 'volunteer-remove', user: 'U9' }],
  ])('%s %j', (command, text, expected) => {
    expect(parsePeerCommand(command, text)).toEqual(expected);
  });

  it.each([['duty maybe'], ['stats lots'], ['volunteer add sam'], ['dance'], ['volunteer']])('%j is unsupported with a reason', (text) => {
    const parsed = parsePeerCommand('/peer', text);
    expect(parsed.kind).toBe('unsupported');
    expect(parsed.kind === 'unsupported' && localise(parsed.reason, 'en').length).toBeGreaterThan(10);
  });
});

describe('Slack refs', () => {
  it('round-trip users, channels and messages', () => {
    expect(parseId(userRef('T1', 'U2'))).toEqual({ team: 'T1', id: 'U2' });
    expect(parseId(channelRef('T1', 'C3'))).toEqual({ team: 'T1', id: 'C3' });
    expect(parseMessage(messageRef('T1', 'C3', '1700000000.000100'))).toEqual({ team: 'T1', channel: 'C3', ts: '1700000000.000100' });
    expect(() => parseId('discord:1:2')).toThrow();
  });
});

describe('Block Kit rendering', () => {
  it('escapes text, renders mentions, fields and buttons with the action id', () => {
    const action = encodeAction({ kind: 'accept', requestId: '6c1f3b9e-3d2a-4a7b-9c1e-2f4a5b6c7d8e' });
    const m = renderView({
      title: 'Someone would like to talk',
      text: 'a <b> & c',
      fields: [{ label: 'Topic', value: 'grief' }],
      buttons: [{ action, label: 'Accept', style: 'primary' }],
      mentions: ['slack:T1:U1'],
      tone: 'crisis',
    }, 'en');
    expect(escapeText('<@U1> & co')).toBe('&lt;@U1&gt; &amp; co');
    expect(JSON.stringify(m.blocks)).toContain('<@U1>\\na &lt;b&gt; &amp; c');
    expect(m.blocks[0]).toMatchObject({ type: 'header', text: { text: ':sos: Someone would like to talk' } });
    expect(m.blocks.at(-1)).toMatchObject({ type: 'actions', elements: [{ action_id: action, value: action, style: 'primary' }] });
    expect(m.text).toContain('Someone would like to talk');
  });

  it('renders the listen form as a modal with the note limited to 500 characters', () => {
    const modal = renderForm(listenForm(defaultSettings()), 'en');
    expect(modal).toMatchObject({ type: 'modal', callback_id: 'pl:form:listen' });
    expect(JSON.stringify(modal)).toContain('"max_length":500');
  });
});

describe('manifest', () => {
  it('describes HTTP mode with request URLs, and Socket Mode without', () => {
    const http = slackManifest({ name: 'Peerline', baseUrl: 'https://bot.example.org/' });
    expect(JSON.stringify(http)).toContain('https://bot.example.org/slack/events');
    expect(http).toMatchObject({ settings: { socket_mode_enabled: false, interactivity: { is_enabled: true } } });
    const socket = slackManifest({ name: 'Peerline', baseUrl: null });
    expect(JSON.stringify(socket)).not.toContain('request_url');
    expect(socket).toMatchObject({ settings: { socket_mode_enabled: true } });
  });
});
