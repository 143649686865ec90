/** Builds core dependencies for tests: a real database, the recording platform, a clock you move by hand. */
import { CommunityDirectory } from '../../src/core/communities.js';
import { CrisisBacklog } from '../../src/core/crisis-backlog.js';
import { CrisisCooldown } from '../../src/core/crisis-cooldown.js';
import type { CoreDeps } from '../../src/core/deps.js';
import type { Actor } from '../../src/core/actor.js';
import type { Logger } from '../../src/core/ports.js';
import type { Result } from '../../src/core/result.js';
import { createCatalogue } from '../../src/crisis/index.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { RecordingPlatform } from './recording-platform.js';
import { LEASE_MS } from '../../src/db/queries/jobs.js';
import { BACKGROUND_CONCURRENCY, Limiter } from '../../src/core/limiter.js';
import { requestListener, type RequestListenerInput, type RequestListenerOutcome } from '../../src/core/use-cases/request-listener.js';

export class TestClock {
  constructor(public now: Date = new Date('2026-11-22T10:00:00Z')) {}
  readonly read = (): Date => new Date(this.now.getTime());
  advanceMinutes(minutes: number): void {
    this.now = new Date(this.now.getTime() + minutes * 60_000);
  }
}

export interface LogEntry {
  readonly level: string;
  readonly code: string;
  readonly fields: Record<string, unknown>;
}

export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const at = (level: string) => (code: string, fields: Record<string, unknown> = {}) => void entries.push({ level, code, fields });
  return { entries, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestCore {
  readonly deps: CoreDeps;
  readonly platform: RecordingPlatform;
  readonly clock: TestClock;
  readonly log: ReturnType<typeof recordingLogger>;
  /** Waits for the work core started without waiting for it (new requests' cards); fails after 10 s. */
  readonly settle: () => Promise<void>;
}

export function createTestCore(database: Database, clock = new TestClock()): TestCore {
  const platform = new RecordingPlatform();
  const log = recordingLogger();
  const deps: CoreDeps = {
    db: database.db,
    platform,
    catalogue: createCatalogue(),
    clock: clock.read,
    log,
    communities: new CommunityDirectory(() => clock.read().getTime()),
    crisisCooldown: new CrisisCooldown(),
    crisisBacklog: new CrisisBacklog(),
    background: new Limiter(BACKGROUND_CONCURRENCY),
  };
  const settle = async () => {
    const left = await deps.background.idle(10_000);
    if (left > 0) throw new Error(`${left} background tasks still running after 10 s`);
  };
  return { deps, platform, clock, log, settle };
}

/**
 * `/listen` as a member's adapter sees it once its reply has gone: the request, and the card core posts
 * after answering (`settle`). For tests of what follows a request; test/core/answer-first.test.ts tests
 * the order itself.
 */
export async function listen(core: TestCore, who: Actor, input: RequestListenerInput): Promise<Result<RequestListenerOutcome>> {
  const result = await requestListener(core.deps, who, input);
  await core.settle();
  return result;
}

export const COMMUNITY = 'test:guild-1';
export const actor = (user: string, extra: Partial<Actor> = {}): Actor => ({ user: `test:guild-1:${user}`, community: COMMUNITY, ...extra });

/** Unwraps a successful result, failing the test with the error code otherwise. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}${result.error.reason === undefined ? '' : `: ${result.error.reason.id}`}`);
  return result.value;
}

export function errorCode<T>(result: Result<T>): string | null {
  return result.ok ? null : result.error.code;
}

/**
 * `n` cores for a race: on PostgreSQL each on its own connection (so the statements really interleave),
 * on PGlite all on the one database. `close` ends the extra connections.
 */
export async function racingCores(database: Database & { readonly url: string | null }, clock: TestClock, n: number): Promise<{ cores: TestCore[]; close: () => Promise<void> }> {
  const cores: TestCore[] = [];
  const connections: Database[] = [];
  for (let i = 0; i < n; i += 1) {
    if (database.url === null) {
      cores.push(createTestCore(database, clock));
    } else {
      const connection = await openDatabase({ kind: 'postgres', url: database.url, maxConnections: 1 });
      connections.push(connection);
      cores.push(createTestCore(connection, clock));
    }
  }
  return { cores, close: async () => void (await Promise.all(connections.map((c) => c.close()))) };
}

/** `core`'s dependencies with some of its recording platform's operations replaced (the rest still record). */
export function withPlatform(core: TestCore, replaced: Partial<RecordingPlatform>): CoreDeps {
  const platform = core.platform;
  const watching = new Proxy(platform, {
    get: (target, key) => {
      if (key in replaced) return replaced[key as keyof RecordingPlatform];
      const value: unknown = Reflect.get(target, key);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...core.deps, platform: watching };
}

/**
 * Moves `core`'s clock a minute on, past the lease a held job was saved with, and waits (real time, up to
 * two beats) until the job's lease, as `leaseOf` reads it, is extended past that: the beat that keeps held
 * jobs' leases (core/held-job.ts) ran. Returns the lease's end then, and the time it had to pass.
 */
export async function afterLeaseBeat(core: TestCore, leaseOf: () => Promise<number>): Promise<{ leased: number; due: number }> {
  core.clock.advanceMinutes(1);
  const due = core.clock.read().getTime();
  const until = Date.now() + 2 * (LEASE_MS / 3) + 2_000;
  let leased = await leaseOf();
  while (Date.now() < until && leased <= due) {
    await new Promise((r) => setTimeout(r, 250));
    leased = await leaseOf();
  }
  return { leased, due };
}
