/**
 * A bot process for the kill -9 tests (test/scheduler/kill.test.ts): the same parts as `peerline start`
 * with Slack in HTTP mode — database, migrations, the Slack adapter, the job runner and its cron tick —
 * against the fake Web API. It prints one JSON line `{"ready":true,"port":N}` on stdout once it serves.
 *
 * CRASH_AFTER=<ChatPlatform method>[:<ref>] makes it SIGKILL itself right after the first such call
 * (to that user or channel, when given) returned: the platform did it and the bot heard so, but had no
 * time to record it. TICK_ON_SIGNAL=1 keeps its scheduler tick off until SIGUSR1, so that a test can
 * let another instance claim a due job first. Both are read here, in the test entry only; nothing under
 * src/ knows about them.
 */
import process from 'node:process';
import { PlatformRouter } from '../../src/adapters/router.js';
import { startSlack } from '../../src/adapters/slack/app.js';
import { buildSlackClients } from '../../src/clients/slack.js';
import { CommunityDirectory } from '../../src/core/communities.js';
import { CrisisBacklog } from '../../src/core/crisis-backlog.js';
import { CrisisCooldown } from '../../src/core/crisis-cooldown.js';
import type { CoreDeps } from '../../src/core/deps.js';
import type { ChatPlatform } from '../../src/core/ports.js';
import { createCatalogue } from '../../src/crisis/index.js';
import { openDatabase } from '../../src/db/client.js';
import { migrateDatabase } from '../../src/db/migrate.js';
import { createLogger } from '../../src/log/logger.js';
import { startTicking } from '../../src/scheduler/cron.js';
import { handlers } from '../../src/scheduler/jobs/index.js';
import { JobRunner } from '../../src/scheduler/runner.js';
import { BACKGROUND_CONCURRENCY, Limiter } from '../../src/core/limiter.js';

const need = (key: string): string => {
  const value = process.env[key];
  if (value === undefined || value === '') throw new Error(`crash-bot needs ${key}`);
  return value;
};

type Method = 'sendPrivate' | 'postToChannel' | 'openSpace' | 'postToSpace';

/** The router, except that the first call of `method` (to `target`, if given) kills the process once it has returned. */
function crashAfter(router: PlatformRouter, method: Method, target: string | null): ChatPlatform {
  const hit = (m: Method, ref: string) => m === method && (target === null || ref === target);
  const die = <T>(value: T): T => {
    process.kill(process.pid, 'SIGKILL');
    return value;
  };
  return {
    sendPrivate: async (...args) => (hit('sendPrivate', args[0]) ? die(await router.sendPrivate(...args)) : router.sendPrivate(...args)),
    postToChannel: async (...args) => (hit('postToChannel', args[0]) ? die(await router.postToChannel(...args)) : router.postToChannel(...args)),
    openSpace: async (input) => (hit('openSpace', input.community) ? die(await router.openSpace(input)) : router.openSpace(input)),
    postToSpace: async (...args) => (hit('postToSpace', args[0]) ? die(await router.postToSpace(...args)) : router.postToSpace(...args)),
    updateMessage: (...args) => router.updateMessage(...args),
    closeSpace: (space) => router.closeSpace(space),
    linkTo: (message) => router.linkTo(message),
    explainFailure: (error) => router.explainFailure(error),
  };
}

const log = createLogger({ level: 'info' });
const database = await openDatabase({ kind: 'postgres', url: need('DATABASE_URL'), maxConnections: 5 });
await migrateDatabase(database);
const communities = new CommunityDirectory();
await communities.warm(database.db);
const router = new PlatformRouter();
const crash = /^(sendPrivate|postToChannel|openSpace|postToSpace)(?::(.+))?$/.exec(process.env['CRASH_AFTER'] ?? '');
const deps: CoreDeps = {
  db: database.db,
  platform: crash === null ? router : crashAfter(router, crash[1] as Method, crash[2] ?? null),
  catalogue: createCatalogue(),
  clock: () => new Date(),
  log,
  communities,
  crisisCooldown: new CrisisCooldown(),
  crisisBacklog: new CrisisBacklog(),
  background: new Limiter(BACKGROUND_CONCURRENCY),
};
const slack = await startSlack({
  deps,
  router,
  log,
  clients: buildSlackClients({ botToken: need('BOT_TOKEN'), mode: { kind: 'http', signingSecret: need('SIGNING_SECRET') }, apiUrl: need('SLACK_API_URL') }, { log, retries: 0 }),
  port: 0,
  host: '127.0.0.1',
});
const runner = new JobRunner({ deps, handlers, instanceId: need('INSTANCE_ID') });
let ticking: { stop(): Promise<void> } | null = null;
const tick = () => (ticking ??= startTicking(runner, { expression: '* * * * * *', log, clock: deps.clock }));
if (process.env['TICK_ON_SIGNAL'] === '1') process.once('SIGUSR1', tick);
else tick();
process.stdout.write(`${JSON.stringify({ ready: true, port: slack.port })}\n`);
process.once('SIGTERM', () => {
  void (async () => {
    await slack.stop();
    await ticking?.stop();
    await database.close();
    process.exit(0);
  })();
});
