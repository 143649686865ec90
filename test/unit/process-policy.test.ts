/** The process policy: a stray rejection is logged and the bot keeps serving; an uncaught exception stops it cleanly. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { installProcessPolicy } from '../../src/process-policy.js';
import { recordingLogger } from '../support/core.js';

function setUp(stop: () => Promise<void> = () => Promise.resolve()) {
  const target = new EventEmitter();
  const log = recordingLogger();
  const exits: number[] = [];
  const stops: string[] = [];
  const uninstall = installProcessPolicy({
    log,
    target: target as unknown as Pick<NodeJS.Process, 'on' | 'off'>,
    exit: (code) => exits.push(code),
    stop: async () => {
      stops.push('stop');
      await stop();
    },
  });
  return { target, log, exits, stops, uninstall };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('process policy', () => {
  it('logs an unhandled rejection with a code and keeps serving', async () => {
    const p = setUp();
    p.target.emit('unhandledRejection', new TypeError("Cannot read properties of null (reading 'ssl_check')"), Promise.resolve());
    p.target.emit('unhandledRejection', 'a string reason', Promise.resolve());
    await settle();
    expect(p.exits).toEqual([]);
    expect(p.stops).toEqual([]);
    expect(p.log.entries.map((e) => [e.code, e.fields['error']])).toEqual([
      ['process.unhandled_rejection', 'TypeError'],
      ['process.unhandled_rejection', 'string'],
    ]);
    // The message (which can carry input) is not logged.
    expect(JSON.stringify(p.log.entries)).not.toContain('ssl_check');
  });

  it('stops the services in order and exits 1 after an uncaught exception, once', async () => {
    const p = setUp();
    p.target.emit('uncaughtException', new RangeError('boom'));
    p.target.emit('uncaughtException', new RangeError('again'));
    await settle();
    expect(p.stops).toEqual(['stop']);
    expect(p.exits).toEqual([1]);
    expect(p.log.entries.map((e) => [e.code, e.fields['action']])).toEqual([
      ['process.uncaught_exception', 'stop-and-exit'],
      ['process.uncaught_exception', 'already-stopping'],
    ]);
  });

  it('still exits when stopping fails', async () => {
    const p = setUp(async () => {
      throw new Error('database gone');
    });
    p.target.emit('uncaughtException', new Error('boom'));
    await settle();
    expect(p.exits).toEqual([1]);
    expect(p.log.entries.map((e) => e.code)).toContain('process.stop_failed');
  });

  it('removes its handlers when uninstalled', () => {
    const p = setUp();
    expect(p.target.listenerCount('unhandledRejection')).toBe(1);
    p.uninstall();
    expect(p.target.listenerCount('unhandledRejection')).toBe(0);
    expect(p.target.listenerCount('uncaughtException')).toBe(0);
  });
});
