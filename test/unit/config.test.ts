import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, loadConfig } from '../../src/config/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database in ./.peerline', () => {
    expect(loadConfig({})).toEqual({ ok: true, config: { database: { kind: 'pglite', dataDir: './.peerline' }, logLevel: 'info', schedulerTick: '* * * * * *', shutdownDrainMs: 10_000, port: 3000, slack: null, discord: null, web: { mode: 'demo', port: 3000, host: '127.0.0.1', publicUrl: null }, trimNotesKey: null, trimNotesPreviousKey: null } });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and treats blank values as unset', () => {
    const result = loadConfig({ DATABASE_URL: 'postgres://u:p@db:5432/peerline', LOG_LEVEL: '' });
    expect(result).toEqual({ ok: true, config: { database: { kind: 'postgres', url: 'postgres://u:p@db:5432/peerline', statementTimeoutMs: 10_000, connectTimeoutMs: 5_000, startupWaitMs: 60_000 }, logLevel: 'info', schedulerTick: '* * * * * *', shutdownDrainMs: 10_000, port: 3000, slack: null, discord: null, web: { mode: 'demo', port: 3000, host: '127.0.0.1', publicUrl: null }, trimNotesKey: null, trimNotesPreviousKey: null } });
  });

  it('reads the database timeouts in milliseconds and refuses ones too short to work', () => {
    const result = loadConfig({ DATABASE_URL: 'postgres://db/x', DATABASE_STATEMENT_TIMEOUT_MS: '2500', DATABASE_CONNECT_TIMEOUT_MS: '1500' });
    expect(result.ok && result.config.database).toEqual({ kind: 'postgres', url: 'postgres://db/x', statementTimeoutMs: 2500, connectTimeoutMs: 1500, startupWaitMs: 60_000 });
    const bad = loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '5', DATABASE_CONNECT_TIMEOUT_MS: 'soon' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.split(':')[0])).toEqual(['DATABASE_STATEMENT_TIMEOUT_MS', 'DATABASE_CONNECT_TIMEOUT_MS']);
  });

  it('reads the TRiM notes key as 64 hex digits or base64, and refuses anything else without echoing it', () => {
    const hex = loadConfig({ PEERLINE_TRIM_KEY: 'ab'.repeat(32) });
    expect(hex.ok && hex.config.trimNotesKey).toEqual(Buffer.alloc(32, 0xab));
    const b64 = loadConfig({ PEERLINE_TRIM_KEY: Buffer.alloc(32, 7).toString('base64') });
    expect(b64.ok && b64.config.trimNotesKey).toEqual(Buffer.alloc(32, 7));
    const short = loadConfig({ PEERLINE_TRIM_KEY: 'too-short-secret' });
    expect(short.ok).toBe(false);
    if (!short.ok) {
      expect(short.problems.join('\n')).toContain('PEERLINE_TRIM_KEY');
      expect(short.problems.join('\n')).not.toContain('too-short-secret');
    }
  });

  it('reads a previous TRiM key for rotation only beside a current one, and refuses it when it is the same key', () => {
    const rotating = loadConfig({ PEERLINE_TRIM_KEY: 'ab'.repeat(32), PEERLINE_TRIM_KEY_PREVIOUS: Buffer.alloc(32, 7).toString('base64') });
    expect(rotating.ok && [rotating.config.trimNotesKey, rotating.config.trimNotesPreviousKey]).toEqual([Buffer.alloc(32, 0xab), Buffer.alloc(32, 7)]);
    const none = loadConfig({});
    expect(none.ok && none.config.trimNotesPreviousKey).toBeNull();
    const alone = loadConfig({ PEERLINE_TRIM_KEY_PREVIOUS: 'cd'.repeat(32) });
    expect(alone.ok ? [] : alone.problems).toEqual([expect.stringContaining('PEERLINE_TRIM_KEY_PREVIOUS: set PEERLINE_TRIM_KEY too')]);
    const same = loadConfig({ PEERLINE_TRIM_KEY: 'ab'.repeat(32), PEERLINE_TRIM_KEY_PREVIOUS: Buffer.alloc(32, 0xab).toString('base64') });
    expect(same.ok ? [] : same.problems).toEqual([expect.stringContaining('is the same key')]);
    const bad = loadConfig({ PEERLINE_TRIM_KEY: 'ab'.repeat(32), PEERLINE_TRIM_KEY_PREVIOUS: 'old-secret' });
    expect(bad.ok ? '' : bad.problems.join('\n')).toContain('PEERLINE_TRIM_KEY_PREVIOUS: must be 32 bytes');
    expect(bad.ok ? '' : bad.problems.join('\n')).not.toContain('old-secret');
  });

  it('reports every problem at once, without echoing values', () => {
    const result = loadConfig({ DATABASE_URL: 'mysql://secret-password@x/y', LOG_LEVEL: 'loud' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems.join('\n')).toMatch(/DATABASE_URL/);
    expect(result.problems.join('\n')).toMatch(/LOG_LEVEL/);
    expect(result.problems.join('\n')).not.toContain('secret-password');
  });

  it('reports bad values and the problems between keys in the same round', () => {
    // A bad value (LOG_LEVEL), a missing partner key (Discord), a clash of ports, and a bad token beside a
    // missing secret: all at once, and the bad token is not also reported as missing.
    const result = loadConfig({
      LOG_LEVEL: 'loud',
      DISCORD_TOKEN: 'secret-token',
      SLACK_BOT_TOKEN: 'not-a-bot-token',
      PEERLINE_WEB: '1',
      DISCORD_MESSAGE_CONTENT: 'yes',
    });
    expect(result.ok ? [] : [...result.problems].sort()).toEqual([
      'DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set',
      'DISCORD_MESSAGE_CONTENT: must be 1 or 0',
      'LOG_LEVEL: Invalid option: expected one of "debug"|"info"|"warn"|"error"',
      'SLACK_BOT_TOKEN: must be a bot token (xoxb-…)',
      'SLACK_SIGNING_SECRET: required for HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
    ]);
    const clash = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PEERLINE_WEB: '1', SCHEDULER_TICK: 'often' });
    expect(clash.ok ? [] : clash.problems.map((p) => p.split(':')[0]).sort()).toEqual(['PEERLINE_WEB_PORT', 'SCHEDULER_TICK']);
  });

  it('configures Slack in HTTP or Socket Mode, and names what is missing', () => {
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's3cret', PORT: '8080' });
    expect(http.ok && http.config.slack).toEqual({ botToken: 'xoxb-1', mode: { kind: 'http', signingSecret: 's3cret' }, apiUrl: null });
    expect(http.ok && http.config.port).toBe(8080);
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(socket.ok && socket.config.slack?.mode).toEqual({ kind: 'socket', appToken: 'xapp-1' });
    const missing = loadConfig({ SLACK_SIGNING_SECRET: 'leaky-secret' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.problems.join('\n')).toContain('SLACK_BOT_TOKEN');
      expect(missing.problems.join('\n')).not.toContain('leaky-secret');
    }
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'http://127.0.0.1:9/api' }).ok).toBe(false);
  });

  it('runs the web playground only without chat keys, the dashboard beside them on request, and never with PEERLINE_WEB=0', () => {
    const web = (env: Record<string, string>) => {
      const result = loadConfig(env);
      return result.ok ? result.config.web : result.problems;
    };
    const slackHttp = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };
    const slackSocket = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };
    expect(web({ PORT: '8080' })).toEqual({ mode: 'demo', port: 8080, host: '127.0.0.1', publicUrl: null });
    expect(web({ PEERLINE_WEB: '1' })).toEqual({ mode: 'demo', port: 3000, host: '127.0.0.1', publicUrl: null });
    expect(web({ PEERLINE_WEB: '0' })).toEqual({ mode: 'off', port: 3000, host: '127.0.0.1', publicUrl: null });
    expect(web(slackSocket)).toEqual({ mode: 'off', port: 3000, host: '127.0.0.1', publicUrl: null });
    expect(web({ ...slackSocket, PEERLINE_WEB: '1' })).toEqual({ mode: 'dashboard', port: 3000, host: '127.0.0.1', publicUrl: null });
    const discord = { DISCORD_TOKEN: 'token-1', DISCORD_APPLICATION_ID: '123456789' };
    expect(web(discord)).toEqual({ mode: 'off', port: 3000, host: '127.0.0.1', publicUrl: null });
    expect(web({ ...discord, PEERLINE_WEB: '1' })).toEqual({ mode: 'dashboard', port: 3000, host: '127.0.0.1', publicUrl: null });
    expect(web({ ...slackHttp, PEERLINE_WEB: '1', PEERLINE_WEB_PORT: '3001' })).toEqual({ mode: 'dashboard', port: 3001, host: '127.0.0.1', publicUrl: null });
    // Slack in HTTP mode already holds PORT.
    expect(JSON.stringify(web({ ...slackHttp, PEERLINE_WEB: '1' }))).toContain('PEERLINE_WEB_PORT');
    expect(JSON.stringify(web({ PEERLINE_WEB: 'yes' }))).toContain('PEERLINE_WEB:');
  });

  it('binds the web adapter to 127.0.0.1 beside the chat platforms unless PEERLINE_WEB_HOST says otherwise', () => {
    const beside = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PEERLINE_WEB: '1' };
    const r = loadConfig(beside);
    expect(r.ok && r.config.web).toEqual({ mode: 'dashboard', port: 3000, host: '127.0.0.1', publicUrl: null });
    const open = loadConfig({ ...beside, PEERLINE_WEB_HOST: '0.0.0.0' });
    expect(open.ok && open.config.web.host).toBe('0.0.0.0');
    const bad = loadConfig({ ...beside, PEERLINE_WEB_HOST: 'evil host/x' });
    expect(bad.ok ? [] : bad.problems.join('\n')).toContain('PEERLINE_WEB_HOST');
  });

  it('takes the dashboard address for sign-in links', () => {
    const r = loadConfig({ PEERLINE_WEB_URL: 'https://peerline.example.org' });
    expect(r.ok && r.config.web.publicUrl).toBe('https://peerline.example.org');
    expect(loadConfig({ PEERLINE_WEB_URL: 'ftp://x' }).ok).toBe(false);
  });

  it('configures Discord and names what is missing', () => {
    const ok = loadConfig({ DISCORD_TOKEN: 'tok', DISCORD_APPLICATION_ID: '123456789', DISCORD_MESSAGE_CONTENT: '1' });
    expect(ok.ok && ok.config.discord).toEqual({
      token: 'tok',
      applicationId: '123456789',
      apiUrl: null,
      messageContent: true,
      shards: { count: 'auto', fixed: null, leaseMs: 10_000 },
    });
    expect(ok.ok && ok.config.web.mode).toBe('off');
    const missing = loadConfig({ DISCORD_TOKEN: 'secret-token' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.problems.join('\n')).toContain('DISCORD_APPLICATION_ID');
      expect(missing.problems.join('\n')).not.toContain('secret-token');
    }
  });

  it('reads Discord shards: a count or auto, a fixed range, the lease; and says what is wrong', () => {
    const discord = { DISCORD_TOKEN: 'tok', DISCORD_APPLICATION_ID: '123456789' };
    const fixed = loadConfig({ ...discord, DISCORD_SHARD_COUNT: '8', DISCORD_SHARDS: '0-2,5,7', PEERLINE_SHARD_LEASE_MS: '3000' });
    expect(fixed.ok && fixed.config.discord?.shards).toEqual({ count: 8, fixed: [0, 1, 2, 5, 7], leaseMs: 3000 });
    const problems = (env: Record<string, string>) => {
      const r = loadConfig({ ...discord, ...env });
      return r.ok ? [] : r.problems;
    };
    expect(problems({ DISCORD_SHARD_COUNT: '0' })).toEqual(['DISCORD_SHARD_COUNT: must be auto or a whole number of shards (1 or more)']);
    expect(problems({ DISCORD_SHARDS: '0-1' })).toEqual(["DISCORD_SHARD_COUNT: must be a number when DISCORD_SHARDS fixes this replica's shards"]);
    expect(problems({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARDS: '2-4' })).toEqual(['DISCORD_SHARDS: shard ids run from 0 to 3 (DISCORD_SHARD_COUNT is 4)']);
    expect(problems({ DISCORD_SHARD_COUNT: '4', DISCORD_SHARDS: '3-1' })).toEqual(['DISCORD_SHARDS: range 3-1 runs backwards']);
    expect(problems({ DISCORD_SHARDS: 'all' })).toEqual(['DISCORD_SHARDS: must be shard ids and ranges such as 0-3 or 0,2,5-7']);
    expect(problems({ PEERLINE_SHARD_LEASE_MS: '10' })).toHaveLength(1);
  });

  it('reads exactly the keys .env.example documents', async () => {
    const example = await readFile('.env.example', 'utf8');
    const documented = example
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect(documented.sort()).toEqual([...CONFIG_KEYS].sort());
  });
});
