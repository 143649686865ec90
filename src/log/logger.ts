/**
 * Structured logs through pino: one JSON line per event on stderr, with the event's stable code in the
 * `code` field and pino's usual `level`, `time`, `pid` and `hostname`, so operators' log pipelines read
 * them as they read any pino service. On a terminal the same events are printed by pino-pretty instead.
 *
 * Redaction happens twice, whatever the caller passed: any field whose name suggests a secret or text
 * (top level or one level down) is replaced by `[redacted]`, and pino's own redaction paths cover the
 * usual places deeper in request and error objects. Errors are reduced to their name and message.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import type { Logger } from '../core/index.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Field names that are never written: secrets, and anything that might be someone's words. */
const REDACT = /token|secret|password|authorization|cookie|text|note|content|message_body|body/i;
const CENSOR = '[redacted]';

/** pino's redaction paths, for nested places the name rule above does not reach. */
export const REDACT_PATHS: readonly string[] = [
  '*.*.token',
  '*.*.secret',
  '*.*.password',
  '*.*.text',
  '*.*.note',
  '*.*.content',
  '*.*.body',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.*.headers.authorization',
  '*.*.headers.cookie',
];

function clean(value: unknown, depth: number): unknown {
  if (value instanceof Error) return { name: value.name, message: value.message };
  if (depth > 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = REDACT.test(key) ? CENSOR : clean(inner, depth + 1);
  return out;
}

/** The fields as they will be written: secret- or text-named keys (top level and one down) redacted. */
export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) out[key] = REDACT.test(key) ? CENSOR : clean(value, 0);
  return out;
}

export interface LoggerOptions {
  readonly level: LogLevel;
  /** Receives each JSON line (without its newline) instead of stderr; tests pass one. */
  readonly write?: (line: string) => void;
  /** Human-readable lines (pino-pretty); default: when stderr is a terminal and `write` is not given. */
  readonly pretty?: boolean;
}

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write;
  const pretty = write === undefined && (options.pretty ?? process.stderr.isTTY === true);
  const destination: DestinationStream =
    write !== undefined ? { write: (line: string) => write(line.replace(/\n$/, '')) } : pretty ? prettyStream() : pino.destination({ dest: 2, sync: true });
  const base: Pino = pino(
    {
      level: options.level,
      messageKey: 'code',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACT_PATHS], censor: CENSOR },
    },
    destination,
  );
  const emit = (level: LogLevel) => (code: string, fields: Record<string, unknown> = {}) => {
    if (!base.isLevelEnabled(level)) return;
    base[level](redact(fields), code);
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** pino-pretty, loaded only for a terminal (it is not needed, nor paid for at start-up, anywhere else). */
function prettyStream(): DestinationStream {
  const require = createRequire(import.meta.url);
  const build = require('pino-pretty') as (o: Record<string, unknown>) => DestinationStream;
  return build({ destination: 2, sync: true, colorize: true, messageKey: 'code', translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' });
}
