/** The pino logger: one JSON line per event with its code as a field, levels, and redaction of secrets and text. */
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';

function capture(level: 'debug' | 'info' | 'warn' | 'error') {
  const lines: string[] = [];
  const log = createLogger({ level, write: (line) => lines.push(line) });
  return { log, lines, parsed: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('logger', () => {
  it('writes one JSON line per event with code, level and time, and drops events below the level', () => {
    const { log, lines, parsed } = capture('info');
    log.debug('not.written');
    log.info('request.queued', { request: 'r1', position: 2 });
    log.error('job.failed', { kind: 'check-in' });
    expect(lines).toHaveLength(2);
    const [first, second] = parsed();
    expect(first).toMatchObject({ level: 'info', code: 'request.queued', request: 'r1', position: 2 });
    expect(typeof first?.['time']).toBe('string');
    expect(Number.isNaN(Date.parse(String(first?.['time'])))).toBe(false);
    expect(second).toMatchObject({ level: 'error', code: 'job.failed' });
  });

  it('never writes secrets or text, at the top level or nested, and reduces errors to name and message', () => {
    const { log, lines } = capture('debug');
    log.warn('slack.thing', {
      botToken: 'xoxb-SECRET-1',
      signing_secret: 'SECRET-2',
      text: 'i want to kill myself',
      note: 'private note words',
      request: { body: 'raw body words', headers: { authorization: 'Bearer SECRET-3' }, path: '/slack/events' },
      deep: { inner: { content: 'deep words', token: 'SECRET-4' } },
      error: new Error('boom'),
    });
    const line = lines.join('\n');
    for (const secret of ['SECRET-1', 'SECRET-2', 'SECRET-3', 'SECRET-4', 'kill myself', 'private note', 'raw body', 'deep words']) expect(line).not.toContain(secret);
    const entry = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(entry['text']).toBe('[redacted]');
    expect(entry['request']).toMatchObject({ body: '[redacted]', path: '/slack/events' });
    expect(entry['error']).toEqual({ name: 'Error', message: 'boom' });
  });
});
