/** Views as HTML: escaped text, labelled controls, safe links, tone in words. */
import { describe, expect, it } from 'vitest';
import { renderForm, renderView, formValues } from '../../src/adapters/web/render.js';
import { listenForm, parseListenForm } from '../../src/core/views/forms.js';
import { defaultSettings } from '../../src/core/settings.js';
import { parseWebRef } from '../../src/adapters/web/refs.js';

const ctx = { nameOf: (ref: string) => ref.split(':').pop() ?? ref, actingAs: 'web:demo:alex', time: () => '10:00' };

describe('renderView', () => {
  it('escapes text, keeps line breaks, and posts the action id with who pressed', () => {
    const html = String(
      renderView({ title: '<b>hi</b>', text: 'line 1\n<script>alert(1)</script>', buttons: [{ action: 'pl:accept:x"y', label: 'Accept', style: 'primary' }], tone: 'crisis', mentions: ['web:demo:sam'] }, ctx),
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('line 1<br>&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;hi&lt;/b&gt;');
    expect(html).toContain('name="action" value="pl:accept:x&quot;y"');
    expect(html).toContain('name="as" value="web:demo:alex"');
    expect(html).toContain('⚠ Crisis support');
    expect(html).toContain('@sam');
  });

  it('links only to web addresses', () => {
    const html = String(renderView({ text: 't', links: [{ label: 'ok', url: 'https://example.org/a?b=1&c=2' }, { label: 'bad', url: 'javascript:alert(1)' }] }, ctx));
    expect(html).toContain('href="https://example.org/a?b=1&amp;c=2"');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('bad: javascript:alert(1)');
  });
});

describe('forms', () => {
  it('renders core\'s listen form with a label for every control, and reads it back', () => {
    const form = listenForm(defaultSettings());
    const html = String(renderForm(form, { action: '/playground/command', domId: 'm', hidden: { as: 'web:demo:riley' } }));
    for (const field of form.fields) expect(html).toContain(`<label for="m-${field.id}">`);
    expect(html).toContain('maxlength="500"');
    const values = formValues(form, new URLSearchParams({ topic: 'grief', note: 'hello', anonymous: 'on', check_in: '24' }));
    expect(values).toEqual({ topic: 'grief', note: 'hello', anonymous: true, private_note: false, check_in: '24' });
    expect(parseListenForm(values)).toEqual({ ok: true, value: { topic: 'grief', note: 'hello', anonymous: true, shareNote: true, checkInHours: 24 } });
  });
});

describe('web refs', () => {
  it('parses what the adapter builds and refuses the rest', () => {
    expect(parseWebRef('web:demo')).toEqual({ kind: 'community', slug: 'demo' });
    expect(parseWebRef('web:demo:riley')).toEqual({ kind: 'user', slug: 'demo', name: 'riley' });
    expect(parseWebRef('web:demo:channel:volunteers')).toEqual({ kind: 'channel', slug: 'demo', id: 'volunteers' });
    expect(parseWebRef('web:demo:msg:1a2b-3c')).toEqual({ kind: 'message', slug: 'demo', id: '1a2b-3c' });
    expect(parseWebRef('slack:T1:U2').kind).toBe('unsupported');
    expect(parseWebRef('web:Demo:riley').kind).toBe('unsupported');
    expect(parseWebRef('web:demo:a:b:c').kind).toBe('unsupported');
  });
});
