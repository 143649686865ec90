/**
 * Configuration from the environment, read once by `loadConfig` at start-up. Every problem is reported
 * at once; secrets are never echoed back. `.env.example` lists exactly the keys read here (a test checks).
 */
import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const schema = z.object({
  DATABASE_URL: optional.pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }).optional()),
  PEERLINE_DATA_DIR: optional.transform((v) => v ?? './.peerline'),
  LOG_LEVEL: optional.pipe(z.enum(['debug', 'info', 'warn', 'error']).default('info')),
  /** node-cron expression for the scheduler tick (six fields: seconds first). */
  SCHEDULER_TICK: optional.pipe(
    z
      .string()
      .regex(/^\S+( \S+){4,5}$/, 'must be a cron expression such as "* * * * * *"')
      .default('* * * * * *'),
  ),
});

/** Keys `loadConfig` reads; kept in step with `.env.example`. */
export const CONFIG_KEYS = Object.keys(schema.shape);

export interface Config {
  readonly database: { readonly kind: 'postgres'; readonly url: string } | { readonly kind: 'pglite'; readonly dataDir: string };
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  readonly schedulerTick: string;
}

export type ConfigResult = { readonly ok: true; readonly config: Config } | { readonly ok: false; readonly problems: readonly string[] };

export function loadConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    // Name the key and the rule, never the value: it may be a secret.
    return { ok: false, problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const e = parsed.data;
  return {
    ok: true,
    config: {
      database: e.DATABASE_URL !== undefined ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'pglite', dataDir: e.PEERLINE_DATA_DIR },
      logLevel: e.LOG_LEVEL,
      schedulerTick: e.SCHEDULER_TICK,
    },
  };
}
