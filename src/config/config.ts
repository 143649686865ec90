/**
 * Configuration from the environment, read once by `loadConfig` at start-up. Every problem is reported
 * at once; secrets are never echoed back. `.env.example` lists exactly the keys read here (a test checks).
 */
import { z } from 'zod';
import { parseNotesKey } from '../core/index.js';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A TRiM notes key: 32 bytes as 64 hex digits or base64. */
const notesKey = optional.pipe(
  z
    .string()
    .transform((v, ctx) => {
      const key = parseNotesKey(v);
      if (key === null) ctx.addIssue({ code: 'custom', message: 'must be 32 bytes, as 64 hex digits or base64 (e.g. `openssl rand -base64 32`)' });
      return key ?? Buffer.alloc(0);
    })
    .optional(),
);

const schema = z.object({
  DATABASE_URL: optional.pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional()),
  PEERLINE_DATA_DIR: optional.transform((v) => v ?? './.peerline'),
  /** PostgreSQL: the server ends any statement that runs longer than this (milliseconds). */
  DATABASE_STATEMENT_TIMEOUT_MS: optional.transform((v) => v ?? '10000').pipe(z.coerce.number<string>().int().min(100).max(600_000)),
  /** PostgreSQL: how long to wait for a new connection before the query fails (milliseconds). */
  DATABASE_CONNECT_TIMEOUT_MS: optional.transform((v) => v ?? '5000').pipe(z.coerce.number<string>().int().min(100).max(120_000)),
  /** PostgreSQL: how long start-up keeps retrying an unreachable database before it gives up (milliseconds). */
  DATABASE_STARTUP_WAIT_MS: optional.transform((v) => v ?? '60000').pipe(z.coerce.number<string>().int().min(0).max(3_600_000)),
  /** On SIGTERM/SIGINT: how long to let interactions already acknowledged finish before stopping (milliseconds). */
  PEERLINE_SHUTDOWN_DRAIN_MS: optional.transform((v) => v ?? '10000').pipe(z.coerce.number<string>().int().min(0).max(600_000)),
  LOG_LEVEL: optional.pipe(z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  /** node-cron expression for the scheduler tick (six fields: seconds first). */
  SCHEDULER_TICK: optional.pipe(
    z
      .string()
      .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression such as "* * * * * *"')
      .default('* * * * * *'),
  ),
  /** HTTP port for Slack's request URL (and the web playground). */
  PORT: optional.transform((v) => v ?? '3000').pipe(z.coerce.number<string>().int().min(0).max(65535)),
  /**
   * The web adapter. Unset: it runs as the demo playground when no chat platform is configured. `1`: it
   * also runs beside Slack/Discord (coordinator dashboard only). `0`: never.
   */
  PEERLINE_WEB: optional.pipe(z.enum(['0', '1'], { error: 'must be 1 (run the web adapter) or 0 (never)' }).optional()),
  /** Port for the web adapter when it runs beside Slack in HTTP mode (which has PORT); default PORT. */
  PEERLINE_WEB_PORT: optional.pipe(z.coerce.number<string>().int().min(0).max(65535).optional()),
  /**
   * Interface the web adapter listens on. Default 127.0.0.1 (this machine only: put a reverse proxy in
   * front of the dashboard, or set 0.0.0.0 to listen on every interface).
   */
  PEERLINE_WEB_HOST: optional.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9.:-]+$/, 'must be an IP address or a host name, such as 127.0.0.1 or 0.0.0.0')
      .default('127.0.0.1'),
  ),
  /** The address coordinators reach the dashboard at (for the sign-in links the bot sends); its host is allowed in requests' Host header. */
  PEERLINE_WEB_URL: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
  SLACK_BOT_TOKEN: optional.pipe(z.string().startsWith('xoxb-', 'must be a bot token (xoxb-…)').optional()),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.pipe(z.string().startsWith('xapp-', 'must be an app-level token (xapp-…)').optional()),
  SLACK_API_URL: optional.pipe(z.url({ protocol: /^https?$/ }).endsWith('/', 'must end with a slash, e.g. https://slack.com/api/').optional()),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional.pipe(z.string().regex(/^\d{5,20}$/, 'must be the numeric application id').optional()),
  /** REST base for discord.js (it appends /v10); Discord's own when unset. */
  DISCORD_API_URL: optional.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** `1` asks for the privileged Message Content intent, needed only to scan opted-in channels. */
  DISCORD_MESSAGE_CONTENT: optional.pipe(z.enum(['0', '1'], { error: 'must be 1 or 0' }).default('0')),
  /** Gateway shards of the bot in all: a number, or `auto` for Discord's recommendation (GET /gateway/bot). */
  DISCORD_SHARD_COUNT: optional.pipe(
    z
      .string()
      .regex(/^(auto|[1-9]\d{0,5})$/, 'must be auto or a whole number of shards (1 or more)')
      .default('auto')
      .transform((v) => (v === 'auto' ? ('auto' as const) : Number(v))),
  ),
  /** Fixed shard ids for this replica (`0-3`, `0,2`); unset = replicas claim shards through the database. */
  DISCORD_SHARDS: optional.pipe(
    z
      .string()
      .regex(/^\d+(-\d+)?(,\d+(-\d+)?)*$/, 'must be shard ids and ranges such as 0-3 or 0,2,5-7')
      .transform((v, ctx) => {
        const ids = new Set<number>();
        for (const part of v.split(',')) {
          const [from, to = from] = part.split('-').map(Number) as [number, number?];
          if (to < from) ctx.addIssue({ code: 'custom', message: `range ${part} runs backwards` });
          for (let id = from; id <= to && ids.size <= 100_000; id += 1) ids.add(id);
        }
        return [...ids].sort((a, b) => a - b);
      })
      .optional(),
  ),
  /** How long a replica's claim on a shard lasts unless renewed (renewed every third of it), in ms. */
  PEERLINE_SHARD_LEASE_MS: optional.transform((v) => v ?? '10000').pipe(z.coerce.number<string>().int().min(1000).max(600_000)),
  /** 32 bytes (64 hex digits or base64) that encrypt TRiM notes; unset = TRiM notes are refused. */
  PEERLINE_TRIM_KEY: notesKey,
  /**
   * The TRiM notes key being rotated away from: notes made with it stay readable, nothing new is written
   * with it, and `peerline trim:rekey` re-encrypts them under PEERLINE_TRIM_KEY. Unset once that is done.
   */
  PEERLINE_TRIM_KEY_PREVIOUS: notesKey,
});

/** Keys `loadConfig` reads; kept in step with `.env.example`. */
export const CONFIG_KEYS = Object.keys(schema.shape);

export interface Config {
  readonly database:
    | { readonly kind: 'postgres'; readonly url: string; readonly statementTimeoutMs: number; readonly connectTimeoutMs: number; readonly startupWaitMs: number }
    | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly schedulerTick: string;
  /** How long shutdown waits for acknowledged interactions to finish (ms). */
  readonly shutdownDrainMs: number;
  readonly port: number;
  /** Null when no Slack keys are set. */
  readonly slack: SlackConfig | null;
  /** Null when no Discord keys are set. */
  readonly discord: DiscordConfig | null;
  readonly web: WebConfig;
  /** The key for TRiM notes (32 bytes), or null: notes are then refused, never stored in clear. */
  readonly trimNotesKey: Buffer | null;
  /** The previous TRiM notes key (32 bytes), read-only while keys are rotated, or null. */
  readonly trimNotesPreviousKey: Buffer | null;
}

export interface DiscordConfig {
  readonly token: string;
  readonly applicationId: string;
  readonly apiUrl: string | null;
  readonly messageContent: boolean;
  readonly shards: DiscordShardsConfig;
}

export interface DiscordShardsConfig {
  /** Shards of the bot in all, or `auto`: Discord's recommended count. */
  readonly count: number | 'auto';
  /** Shard ids this replica always runs (no claims), or null: replicas claim shards in the database. */
  readonly fixed: readonly number[] | null;
  /** Lease on a claimed shard, in ms: a dead replica's shards are claimed by others within about 1⅓ of it plus a switch. */
  readonly leaseMs: number;
}

export interface WebConfig {
  /**
   * `demo`: the playground (a demo community, a movable clock) and the dashboard — only when no chat
   * platform is configured. `dashboard`: the coordinator dashboard beside the chat adapters. `off`.
   */
  readonly mode: 'demo' | 'dashboard' | 'off';
  readonly port: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host: string;
  /** Where coordinators open the dashboard; null = sign-in links cannot be sent from Slack or Discord. */
  readonly publicUrl: string | null;
}

export interface SlackConfig {
  readonly botToken: string;
  /** HTTP mode verifies requests with the signing secret; Socket Mode connects out with the app token. */
  readonly mode: { readonly kind: 'http'; readonly signingSecret: string } | { readonly kind: 'socket'; readonly appToken: string };
  readonly apiUrl: string | null;
}

export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly problems: readonly string[] };

export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  // Each key is checked on its own, so that a bad value does not hide the problems between keys (a
  // missing partner key, a port clash): all of them are reported in one round.
  const problems: string[] = [];
  const invalid = new Set<string>();
  for (const [key, rule] of Object.entries(schema.shape)) {
    const checked = rule.safeParse(env[key]);
    if (checked.success) continue;
    invalid.add(key);
    // Name the key and the rule, never the value: it may be a secret.
    for (const issue of checked.error.issues) problems.push(`${[key, ...issue.path].join('.')}: ${issue.message}`);
  }
  // With the invalid keys left out every key is valid (unset is valid for each), so this cannot fail.
  const e = schema.parse(Object.fromEntries(Object.entries(env).filter(([key]) => !invalid.has(key))));
  /** Whether a key was given, valid or not: a bad value is its own problem, not a missing key. */
  const given = (key: keyof typeof e) => e[key] !== undefined || invalid.has(key);
  let slack: SlackConfig | null = null;
  if (given('SLACK_BOT_TOKEN') || given('SLACK_SIGNING_SECRET') || given('SLACK_APP_TOKEN')) {
    if (!given('SLACK_BOT_TOKEN')) problems.push('SLACK_BOT_TOKEN: required when any Slack key is set');
    if (!given('SLACK_SIGNING_SECRET') && !given('SLACK_APP_TOKEN')) {
      problems.push('SLACK_SIGNING_SECRET: required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
    }
    if (e.SLACK_BOT_TOKEN !== undefined) {
      const mode =
        e.SLACK_APP_TOKEN !== undefined
          ? ({ kind: 'socket', appToken: e.SLACK_APP_TOKEN } as const)
          : ({ kind: 'http', signingSecret: e.SLACK_SIGNING_SECRET ?? '' } as const);
      slack = { botToken: e.SLACK_BOT_TOKEN, mode, apiUrl: e.SLACK_API_URL ?? null };
    }
  }
  let discord: DiscordConfig | null = null;
  if (given('DISCORD_TOKEN') || given('DISCORD_APPLICATION_ID')) {
    if (!given('DISCORD_TOKEN')) problems.push('DISCORD_TOKEN: required when DISCORD_APPLICATION_ID is set');
    if (!given('DISCORD_APPLICATION_ID')) problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
    if (e.DISCORD_TOKEN !== undefined && e.DISCORD_APPLICATION_ID !== undefined) {
      discord = {
        token: e.DISCORD_TOKEN,
        applicationId: e.DISCORD_APPLICATION_ID,
        apiUrl: e.DISCORD_API_URL ?? null,
        messageContent: e.DISCORD_MESSAGE_CONTENT === '1',
        shards: { count: e.DISCORD_SHARD_COUNT, fixed: e.DISCORD_SHARDS ?? null, leaseMs: e.PEERLINE_SHARD_LEASE_MS },
      };
    }
  }
  if (e.DISCORD_SHARDS !== undefined && !invalid.has('DISCORD_SHARD_COUNT')) {
    const count = e.DISCORD_SHARD_COUNT;
    if (count === 'auto') problems.push('DISCORD_SHARD_COUNT: must be a number when DISCORD_SHARDS fixes this replica\'s shards');
    else if (e.DISCORD_SHARDS.some((id) => id >= count)) problems.push(`DISCORD_SHARDS: shard ids run from 0 to ${count - 1} (DISCORD_SHARD_COUNT is ${count})`);
  }
  // Every chat platform's keys count here: the playground is for a machine with none of them.
  const chatConfigured = slack !== null || discord !== null;
  const web: WebConfig = {
    mode: e.PEERLINE_WEB === '0' ? 'off' : !chatConfigured ? 'demo' : e.PEERLINE_WEB === '1' ? 'dashboard' : 'off',
    port: e.PEERLINE_WEB_PORT ?? e.PORT,
    host: e.PEERLINE_WEB_HOST,
    publicUrl: e.PEERLINE_WEB_URL ?? null,
  };
  const portsKnown = !invalid.has('PORT') && !invalid.has('PEERLINE_WEB_PORT');
  if (portsKnown && web.mode === 'dashboard' && slack?.mode.kind === 'http' && web.port === e.PORT) {
    problems.push('PEERLINE_WEB_PORT: Slack in HTTP mode already listens on PORT; give the web adapter another port');
  }
  if (given('PEERLINE_TRIM_KEY_PREVIOUS') && !given('PEERLINE_TRIM_KEY')) {
    problems.push('PEERLINE_TRIM_KEY_PREVIOUS: set PEERLINE_TRIM_KEY too, the new key notes are rotated to (the previous key only reads)');
  }
  if (e.PEERLINE_TRIM_KEY !== undefined && e.PEERLINE_TRIM_KEY_PREVIOUS?.equals(e.PEERLINE_TRIM_KEY) === true) {
    problems.push('PEERLINE_TRIM_KEY_PREVIOUS: is the same key as PEERLINE_TRIM_KEY; set it to the old key, or unset it');
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    config: {
      database:
        e.DATABASE_URL !== undefined
          ? {
              kind: 'postgres',
              url: e.DATABASE_URL,
              statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
              connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
              startupWaitMs: e.DATABASE_STARTUP_WAIT_MS,
            }
          : { kind: 'pglite', dataDir: e.PEERLINE_DATA_DIR },
      logLevel: e.LOG_LEVEL,
      schedulerTick: e.SCHEDULER_TICK,
      shutdownDrainMs: e.PEERLINE_SHUTDOWN_DRAIN_MS,
      port: e.PORT,
      slack,
      discord,
      web,
      trimNotesKey: e.PEERLINE_TRIM_KEY ?? null,
      trimNotesPreviousKey: e.PEERLINE_TRIM_KEY_PREVIOUS ?? null,
    },
  };
}
