/**
 * Builds Bolt's clients from configuration. With `discord.ts` beside it, this folder is the only code that
 * constructs SDK clients (test/unit/boundaries.test.ts holds it): `main.ts` and the test harnesses call it
 * and hand the result to `startSlack`, which only wires listeners to the clients and starts and stops them.
 * `main.ts` imports it lazily, so Bolt stays out of memory when Slack is not configured.
 */
import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import type { SlackConfig } from '../config/config.js';
import { errorName, type Logger } from '../core/index.js';
import { slackFetch } from './slack-fetch.js';

/** The path Slack posts commands, interactivity and events to (HTTP mode). */
export const SLACK_EVENTS_PATH = '/slack/events';

export interface SlackClients {
  readonly app: App;
  /**
   * HTTP mode: Bolt's receiver, which the adapter serves behind its own request guard, with the secret
   * and path the guard checks; null in Socket Mode (the app connects out with the app token).
   */
  readonly http: { readonly receiver: HTTPReceiver; readonly signingSecret: string; readonly path: string } | null;
  /**
   * Socket Mode: the client of the app's WebSocket connection, whose events say when Slack can reach this
   * process (`connected` on Slack's hello, `close` when the connection is lost, before it reconnects);
   * null in HTTP mode.
   */
  readonly socket: { readonly client: SocketModeReceiver['client'] } | null;
}

export interface SlackClientOptions {
  /** Where the receiver reports a signed payload Bolt could not handle. */
  readonly log: Logger;
  /** Web API retries (tests pass 0; Bolt's default retries for a long time). */
  readonly retries?: number;
}

export function buildSlackClients(config: SlackConfig, o: SlackClientOptions): SlackClients {
  const { mode } = config;
  const common = {
    token: config.botToken,
    logLevel: LogLevel.ERROR,
    // Bolt's conversation store is unused here, and its default looks every event up and throws (an Error
    // with its stack) for each conversation it has not seen: about 1% of the bot's CPU under a burst.
    convoStore: false as const,
    clientOptions: {
      // A 429 comes back at once as a rate-limit error with Retry-After, mapped in errors.ts; waiting it
      // out inside the client would stall every other call (the scheduler retries jobs with backoff).
      rejectRateLimitedCalls: true,
      // Replies to response_url and Web API calls over undici's request instead of Node's fetch (slack-fetch.ts).
      fetch: slackFetch,
      ...(config.apiUrl === null ? {} : { slackApiUrl: config.apiUrl }),
      ...(o.retries === undefined ? {} : { retryConfig: { retries: o.retries } }),
    },
  };
  if (mode.kind === 'socket') {
    // An explicit receiver, so that the adapter can follow the connection (Bolt's own keeps it private).
    // Its Web API client (apps.connections.open) takes the same options: the API URL, the retries.
    const receiver = new SocketModeReceiver({ appToken: mode.appToken, logLevel: LogLevel.ERROR, installerOptions: { clientOptions: { ...common.clientOptions } } });
    return { app: new App({ ...common, receiver }), http: null, socket: { client: receiver.client } };
  }
  const receiver = new HTTPReceiver({
    signingSecret: mode.signingSecret,
    endpoints: SLACK_EVENTS_PATH,
    // Answer Slack (with an error) before its 3-second deadline if a listener never acks. Bolt honours
    // this only on an explicit receiver; as an App option it is silently ignored.
    unhandledRequestTimeoutMillis: 2800,
    logLevel: LogLevel.ERROR,
    // Bolt throws on a signed payload of an odd shape (`"event": null`, `"view": null`) before any
    // listener runs, and answers 500 by default. That is a bad request: answer 400. (Our listeners ack
    // before they work and catch their own errors, so a bug of ours rarely lands here.)
    processEventErrorHandler: ({ error, response }) => {
      o.log.warn('slack.event_rejected', { error: errorName(error) });
      if (!response.headersSent) response.writeHead(400).end();
      return Promise.resolve(false);
    },
  });
  return { app: new App({ ...common, receiver }), http: { receiver, signingSecret: mode.signingSecret, path: SLACK_EVENTS_PATH }, socket: null };
}
