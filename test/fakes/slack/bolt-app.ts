/**
 * Starts a real Bolt app over HTTP on 127.0.0.1, wired to a fake Web API, for end-to-end tests.
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { Logger } from '@slack/bolt';
import type { Server } from 'node:http';
import { boundPort } from './bound-port.js';

export interface StartBoltAppOptions {
  readonly signingSecret: string;
  /** Bot token (`xoxb-…`); Bolt sends it as a bearer token and runs `auth.test` with it at start-up. */
  readonly token: string;
  /** `FakeSlackApi.apiUrl` (trailing slash required). */
  readonly apiUrl: string;
  /** Registers listeners (`app.command`, `app.action`, …) before the server starts. */
  readonly register: (app: App) => void;
  /** How long Bolt waits for `ack()` before answering 404, ms. Default 3001, Slack's 3 s window. */
  readonly unhandledRequestTimeoutMillis?: number;
  /** Hold the HTTP response until every listener finished (FaaS mode). Default false: `ack()` answers at once. */
  readonly processBeforeResponse?: boolean;
  /**
   * Turn a 429 into a `WebAPIRateLimitedError` (code `slack_webapi_rate_limited_error`, `retryAfter` in s)
   * at once. Default true. With false and `retries: 0`, @slack/web-api pauses its queue for Retry-After
   * seconds and then throws a plain Error with no `code`.
   */
  readonly rejectRateLimitedCalls?: boolean;
  /** Web API retries (p-retry); default 0, because the library default retries for ~30 minutes. */
  readonly retries?: number;
  readonly logLevel?: LogLevel;
  readonly logger?: Logger;
}

export interface RunningBoltApp {
  readonly app: App;
  /** The Request URL to post signed requests to: `http://127.0.0.1:PORT/slack/events`. */
  readonly url: string;
  readonly port: number;
  /** Stops the receiver and drops any connection still open (a request nobody acked, keep-alive sockets). */
  stop(): Promise<void>;
}

export const BOLT_ENDPOINT = '/slack/events';

export async function startBoltApp(options: StartBoltAppOptions): Promise<RunningBoltApp> {
  const logLevel = options.logLevel ?? LogLevel.ERROR;
  // unhandledRequestTimeoutMillis only takes effect on an explicit receiver; App ignores it.
  const receiver = new HTTPReceiver({
    signingSecret: options.signingSecret,
    endpoints: BOLT_ENDPOINT,
    unhandledRequestTimeoutMillis: options.unhandledRequestTimeoutMillis ?? 3001,
    processBeforeResponse: options.processBeforeResponse ?? false,
    ...(options.logger === undefined ? { logLevel } : { logger: options.logger }),
  });
  const app = new App({
    token: options.token,
    receiver,
    // Without this, App's constructor fires auth.test un-awaited; init() awaits it, so a refused token
    // fails here instead of as an unhandled rejection later.
    deferInitialization: true,
    clientOptions: {
      slackApiUrl: options.apiUrl,
      retryConfig: { retries: options.retries ?? 0 },
      rejectRateLimitedCalls: options.rejectRateLimitedCalls ?? true,
    },
    ...(options.logger === undefined ? { logLevel } : { logger: options.logger }),
  });
  await app.init();
  options.register(app);
  // HTTPReceiver.start resolves with the node:http Server, which is how to learn the port picked for 0.
  const server: Server = await app.start({ port: 0, host: '127.0.0.1' });
  const port = boundPort(server);
  return {
    app,
    url: `http://127.0.0.1:${port}${BOLT_ENDPOINT}`,
    port,
    async stop() {
      const stopped = app.stop();
      server.closeAllConnections();
      await stopped;
    },
  };
}
