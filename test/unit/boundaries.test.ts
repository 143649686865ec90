/**
 * Core and crisis stay free of SDKs, drivers and the environment (STYLE.md practice 1); everything else
 * enters core through its one door, src/core/index.ts; db and core do not import each other back
 * (README, "How it is built"); only src/clients builds SDK clients, which main.ts hands to the adapters
 * (STYLE.md practice 2).
 */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FORBIDDEN = [/from ['"]discord\.js['"]/, /from ['"]@slack\//, /from ['"]node-cron['"]/, /from ['"]postgres['"]/, /from ['"]@electric-sql\//, /process\.env/, /from ['"]drizzle-orm\/(pglite|postgres-js)/];

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => join(e.parentPath, e.name));
}

/** Every relative import in `text` (the source of `file`), resolved to an absolute path. */
function importsIn(file: string, text: string): string[] {
  return [...text.matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)].map((m) => resolve(dirname(file), m[1]!));
}

async function importsOf(file: string): Promise<string[]> {
  return importsIn(file, await readFile(file, 'utf8'));
}

const CORE = resolve('src/core');
const DOOR = join(CORE, 'index.js');
const DB = resolve('src/db');

/** Imports that reach into core other than through the door. */
function deepCoreImports(file: string, targets: readonly string[]): string[] {
  return targets.filter((t) => t.startsWith(CORE + '/') && t !== DOOR).map((t) => `${file}: ${t}`);
}

/** Imports that reach into src/db (queries, schema, client). */
function dbImports(file: string, targets: readonly string[]): string[] {
  return targets.filter((t) => t.startsWith(DB + '/')).map((t) => `${file}: ${t}`);
}


/**
 * The SDK classes that are clients (they hold a token, a socket or a server), by the package that exports
 * them. Builders, embeds and other value classes are not clients: adapters make those freely.
 */
const SDK_CLIENTS: Readonly<Record<string, readonly string[]>> = {
  'discord.js': ['Client', 'REST', 'WebSocketManager', 'WebhookClient', 'ShardingManager'],
  '@discordjs/rest': ['REST'],
  '@discordjs/ws': ['WebSocketManager'],
  '@discordjs/core': ['Client'],
  '@slack/bolt': ['App', 'HTTPReceiver', 'SocketModeReceiver', 'ExpressReceiver', 'AwsLambdaReceiver', 'WebClient'],
  '@slack/web-api': ['WebClient'],
  '@slack/socket-mode': ['SocketModeClient'],
};
const CLIENT_NAMES = new Set(Object.values(SDK_CLIENTS).flat());

/**
 * Where `text` (the source of `file`) constructs an SDK client: `new` of a client class imported from an
 * SDK (under its own name or an alias), of one through a namespace import (`new bolt.App(`), or of any
 * class with a client's name (one re-exported by another module).
 */
function sdkClientConstructions(file: string, text: string): string[] {
  const local = new Set(CLIENT_NAMES);
  const namespaces = new Set<string>();
  for (const m of text.matchAll(/import\s+(?!type\b)([^;]*?)\s+from\s+['"]([^'"]+)['"]/g)) {
    const clients = SDK_CLIENTS[m[2]!];
    if (clients === undefined) continue;
    const ns = /\*\s+as\s+([\w$]+)/.exec(m[1]!);
    if (ns !== null) namespaces.add(ns[1]!);
    for (const named of /\{([^}]*)\}/.exec(m[1]!)?.[1]?.split(',') ?? []) {
      const [name, alias] = named.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
      if (name !== undefined && clients.includes(name)) local.add(alias ?? name);
    }
  }
  const found: string[] = [];
  for (const m of text.matchAll(/\bnew\s+(?:([\w$]+)\.)?([\w$]+)\s*[(<]/g)) {
    const [, ns, name] = m;
    if (ns === undefined ? local.has(name!) : namespaces.has(ns) && CLIENT_NAMES.has(name!)) found.push(`${file}: new ${ns === undefined ? '' : `${ns}.`}${name}`);
  }
  return found;
}

describe('module boundaries', () => {
  for (const dir of ['src/core', 'src/crisis']) {
    it(`${dir} imports no SDK, no driver and no process.env`, async () => {
      const files = await sources(dir);
      expect(files.length).toBeGreaterThan(0);
      const offenders: string[] = [];
      for (const file of files) {
        const text = await readFile(file, 'utf8');
        for (const pattern of FORBIDDEN) if (pattern.test(text)) offenders.push(`${file}: ${pattern.source}`);
      }
      expect(offenders).toEqual([]);
    });
  }

  it('src/crisis imports nothing outside itself (it is pure)', async () => {
    // The language identifier reads eld's model from a packed copy inside src/crisis (lang/eld-model.ts), not from the package.
    const offenders: string[] = [];
    for (const file of await sources('src/crisis')) {
      for (const match of (await readFile(file, 'utf8')).matchAll(/from ['"]([^'"]+)['"]/g)) {
        const target = match[1]!;
        const inside = target.startsWith('.') && resolve(dirname(file), target).startsWith(resolve('src/crisis'));
        if (!inside) offenders.push(`${file}: ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('outside core and db, src imports core only through src/core/index.ts', async () => {
    const outside = (await sources('src')).filter((f) => !resolve(f).startsWith(CORE + '/') && !resolve(f).startsWith(resolve('src/db') + '/'));
    expect(outside.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const file of outside) offenders.push(...deepCoreImports(file, await importsOf(file)));
    expect(offenders).toEqual([]);
  });

  it('src/db and src/model import nothing from src/core', async () => {
    const offenders: string[] = [];
    for (const file of [...(await sources('src/db')), ...(await sources('src/model'))]) {
      for (const target of await importsOf(file)) if (target.startsWith(CORE + '/') || target === CORE) offenders.push(`${file}: ${target}`);
    }
    expect(offenders).toEqual([]);
  });

  it('core and the job handlers build no SQL: queries live in src/db/queries', async () => {
    const buildsSql = (text: string) => /from ['"]drizzle-orm[^'"]*['"]/.test(text) || /from ['"][./]+\/db\/schema(-[a-z]+)?\.js['"]/.test(text);
    expect(buildsSql("import { eq } from 'drizzle-orm';")).toBe(true);
    expect(buildsSql("import { sessions } from '../../db/schema.js';")).toBe(true);
    expect(buildsSql("import { findSession } from '../../db/queries/sessions.js';")).toBe(false);
    const builders: string[] = [];
    for (const file of [...(await sources('src/core')), ...(await sources('src/scheduler/jobs'))]) {
      if (buildsSql(await readFile(file, 'utf8'))) builders.push(file);
    }
    expect(builders).toEqual([]);
  });

  it('job handlers call core use cases: src/scheduler/jobs imports nothing from src/db', async () => {
    const files = await sources('src/scheduler/jobs');
    expect(files.length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const file of files) offenders.push(...dbImports(file, await importsOf(file)));
    expect(offenders).toEqual([]);
  });

  it('the job handler checker itself catches an import from src/db', () => {
    const file = 'src/scheduler/jobs/example.ts';
    const text = [
      "import { requestById } from '../../db/queries/requests.js';",
      "import { sessions } from '../../db/schema.js';",
      "import type { Db } from '../../db/client.js';",
      "import { dueCheckIn } from '../../core/index.js';",
      "import type { JobHandler } from '../runner.js';",
    ].join('\n');
    expect(dbImports(file, importsIn(file, text))).toEqual([
      `${file}: ${resolve('src/db/queries/requests.js')}`,
      `${file}: ${resolve('src/db/schema.js')}`,
      `${file}: ${resolve('src/db/client.js')}`,
    ]);
  });

  it('the door checker itself catches a deep core import', () => {
    const file = 'src/adapters/example.ts';
    const text = "import { duty } from '../core/use-cases/duty.js';\nimport { errorName } from '../core/index.js';\nimport type { View } from '../core/views/types.js';";
    expect(deepCoreImports(file, importsIn(file, text))).toEqual([`${file}: ${resolve('src/core/use-cases/duty.js')}`, `${file}: ${resolve('src/core/views/types.js')}`]);
  });

  it('only src/clients constructs SDK clients: the adapters (and everything else in src) receive them', async () => {
    const files = (await sources('src')).filter((f) => !resolve(f).startsWith(resolve('src/clients') + '/'));
    expect(files.some((f) => resolve(f).startsWith(resolve('src/adapters') + '/'))).toBe(true);
    const offenders: string[] = [];
    for (const file of files) offenders.push(...sdkClientConstructions(file, await readFile(file, 'utf8')));
    expect(offenders).toEqual([]);
    // The factory itself is seen by the checker, so the rule above is not empty by accident.
    expect(sdkClientConstructions('src/clients/discord.ts', await readFile('src/clients/discord.ts', 'utf8'))).toEqual(['src/clients/discord.ts: new Client', 'src/clients/discord.ts: new REST', 'src/clients/discord.ts: new REST']);
    expect(sdkClientConstructions('src/clients/slack.ts', await readFile('src/clients/slack.ts', 'utf8'))).toEqual(['src/clients/slack.ts: new SocketModeReceiver', 'src/clients/slack.ts: new App', 'src/clients/slack.ts: new HTTPReceiver', 'src/clients/slack.ts: new App']);
  });

  it('the client checker itself catches an SDK client built in an adapter, under any name', () => {
    const file = 'src/adapters/example.ts';
    const text = [
      "import { App as Bolt, HTTPReceiver, type RespondFn } from '@slack/bolt';",
      "import * as djs from 'discord.js';",
      "import { REST as Rest, EmbedBuilder } from 'discord.js';",
      "import { WebClient } from '@slack/web-api';",
      'const receiver = new HTTPReceiver({ signingSecret });',
      'const app = new Bolt({ token, receiver });',
      'const client = new djs.Client({ intents: [] });',
      'const rest = new Rest({ api });',
      'const web = new WebClient(token);',
      "const embed = new EmbedBuilder().setTitle('x');",
      'const row = new djs.ActionRowBuilder();',
      'const platform = new SlackPlatform(app.client);',
    ].join('\n');
    expect(sdkClientConstructions(file, text)).toEqual([
      `${file}: new HTTPReceiver`,
      `${file}: new Bolt`,
      `${file}: new djs.Client`,
      `${file}: new Rest`,
      `${file}: new WebClient`,
    ]);
  });

  it('the checker itself catches a forbidden import', () => {
    expect(FORBIDDEN.some((p) => p.test("import { Client } from 'discord.js';"))).toBe(true);
    expect(FORBIDDEN.some((p) => p.test('const url = process.env.DATABASE_URL;'))).toBe(true);
  });
});
