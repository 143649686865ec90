/**
 * Structured logs: one JSON line per event with a stable code. Fields that could carry secrets or
 * message text are redacted by name, whatever the caller passed.
 */
import type { Logger } from '../core/index.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const REDACT = /token|secret|password|authorization|cookie|text|note|content|message_body|body/i;

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = REDACT.test(key) ? '[redacted]' : value instanceof Error ? { name: value.name, message: value.message } : value;
  }
  return out;
}

export function createLogger(options: { level: LogLevel; write?: (line: string) => void; clock?: () => Date }): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const clock = options.clock ?? (() => new Date());
  const emit = (level: LogLevel) => (code: string, fields: Record<string, unknown> = {}) => {
    if (RANK[level] < RANK[options.level]) return;
    write(JSON.stringify({ t: clock().toISOString(), level, code, ...redact(fields) }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}
