/**
 * Signed requests to a Bolt app, encoded the way Slack sends them: slash commands as a form, interactivity
 * as a form with one `payload=<json>` field, Events API deliveries as JSON. The signature is Slack's v0
 * scheme (https://docs.slack.dev/authentication/verifying-requests-from-slack).
 */
import { createHmac } from 'node:crypto';

export interface SlackSignatureHeaders {
  readonly 'x-slack-signature': string;
  /** Unix seconds, as a string. */
  readonly 'x-slack-request-timestamp': string;
}

/** What Slack sends: `command` (slash command), `interactive` (block_actions, view_submission, …), `event` (Events API). */
export type BoltRequestKind = 'command' | 'interactive' | 'event';

export interface PostToBoltOptions {
  /** Sets `x-slack-retry-num`, as Slack does on redelivering an event. */
  readonly retryNum?: number;
  /** Sets `x-slack-retry-reason`, e.g. `http_timeout`. */
  readonly retryReason?: string;
  /** Unix seconds to sign with; default now. Older than 5 minutes is rejected by Bolt. */
  readonly timestamp?: number;
  /** `true` signs with a wrong secret; a string is sent as the signature verbatim. */
  readonly forge?: boolean | string;
}

export interface BoltResponse {
  readonly status: number;
  /** Raw response text ('' when Bolt acked without a body). */
  readonly body: string;
  /** The body parsed as JSON, or undefined when it is empty or not JSON. */
  readonly json: unknown;
  /** Wall time from sending to the end of the response, milliseconds. */
  readonly ms: number;
}

/** Headers that make `rawBody` pass Bolt's signature check for `secret`. */
export function signSlackRequest(secret: string, rawBody: string, timestamp: number = Math.floor(Date.now() / 1000)): SlackSignatureHeaders {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${rawBody}`).digest('hex');
  return { 'x-slack-signature': `v0=${digest}`, 'x-slack-request-timestamp': String(timestamp) };
}

/**
 * Encodes `payload` as Slack would for `kind`. Bolt compares the content type exactly: a
 * `; charset=utf-8` suffix on a form makes it parse the body as JSON and answer 400.
 */
export function encodeForBolt(kind: BoltRequestKind, payload: unknown): { body: string; contentType: string } {
  switch (kind) {
    case 'command':
      return { body: new URLSearchParams(formFields(payload)).toString(), contentType: 'application/x-www-form-urlencoded' };
    case 'interactive':
      return { body: new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), contentType: 'application/x-www-form-urlencoded' };
    case 'event':
      return { body: JSON.stringify(payload), contentType: 'application/json' };
  }
}

/** Signs and POSTs one request to a Bolt endpoint (e.g. `http://127.0.0.1:PORT/slack/events`). */
export async function postToBolt(
  url: string,
  secret: string,
  kind: BoltRequestKind,
  payload: unknown,
  options: PostToBoltOptions = {},
): Promise<BoltResponse> {
  const { body, contentType } = encodeForBolt(kind, payload);
  const signed = signSlackRequest(options.forge === true ? `${secret}-forged` : secret, body, options.timestamp);
  const headers: Record<string, string> = {
    'content-type': contentType,
    ...signed,
    ...(typeof options.forge === 'string' ? { 'x-slack-signature': options.forge } : {}),
    ...(options.retryNum === undefined ? {} : { 'x-slack-retry-num': String(options.retryNum) }),
    ...(options.retryReason === undefined ? {} : { 'x-slack-retry-reason': options.retryReason }),
    'user-agent': 'Slackbot 1.0 (+https://api.slack.com/robots)',
  };
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, body: text, json: parseJson(text), ms: Math.round(performance.now() - started) };
}

function formFields(payload: unknown): Record<string, string> {
  if (typeof payload !== 'object' || payload === null) throw new TypeError('a slash command payload is an object of string fields');
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    fields[key] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return fields;
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
