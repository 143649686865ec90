/** Signed requests to a Bolt HTTP receiver, as Slack sends them. */
import { createHmac } from 'node:crypto';

export type SlackBody = { readonly kind: 'command'; readonly fields: Record<string, string> } | { readonly kind: 'interactive'; readonly payload: unknown } | { readonly kind: 'event'; readonly json: unknown };

export interface SendOptions {
  readonly retryNum?: number;
  /** Sign with this secret instead (a forgery). */
  readonly secret?: string;
  /** Seconds since the epoch to sign with (a stale request). */
  readonly timestamp?: number;
}

export async function sendToBolt(url: string, secret: string, body: SlackBody, o: SendOptions = {}): Promise<{ status: number; text: string; ms: number }> {
  const raw =
    body.kind === 'command' ? new URLSearchParams(body.fields).toString() : body.kind === 'interactive' ? new URLSearchParams({ payload: JSON.stringify(body.payload) }).toString() : JSON.stringify(body.json);
  const ts = String(o.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac('sha256', o.secret ?? secret).update(`v0:${ts}:${raw}`).digest('hex')}`;
  const headers: Record<string, string> = {
    'content-type': body.kind === 'event' ? 'application/json' : 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': ts,
    'x-slack-signature': signature,
  };
  if (o.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(o.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers, body: raw });
  const text = await res.text();
  return { status: res.status, text, ms: performance.now() - started };
}

let n = 0;
const next = (p: string) => `${p}${(n += 1)}`;

export function command(team: string, user: string, channel: string, text: string, responseUrl: string, name = '/peer'): SlackBody {
  return {
    kind: 'command',
    fields: { token: 'x', team_id: team, team_domain: 'fake', channel_id: channel, channel_name: 'c', user_id: user, user_name: user, command: name, text, api_app_id: 'A1', response_url: responseUrl, trigger_id: next('trigger-') },
  };
}

export function click(team: string, user: string, actionId: string, responseUrl: string, channel = 'C0VOL'): SlackBody {
  return {
    kind: 'interactive',
    payload: {
      type: 'block_actions',
      team: { id: team, domain: 'fake' },
      user: { id: user, name: user },
      api_app_id: 'A1',
      token: 'x',
      trigger_id: next('trigger-'),
      response_url: responseUrl,
      channel: { id: channel, name: 'c' },
      container: { type: 'message', message_ts: '1700000000.000001', channel_id: channel },
      actions: [{ type: 'button', action_id: actionId, block_id: 'b', value: actionId, action_ts: next('1700000001.') }],
    },
  };
}

export function submit(team: string, user: string, callbackId: string, values: Record<string, Record<string, unknown>>, privateMetadata = ''): SlackBody {
  return {
    kind: 'interactive',
    payload: { type: 'view_submission', team: { id: team, domain: 'fake' }, user: { id: user, name: user }, api_app_id: 'A1', token: 'x', trigger_id: next('trigger-'), view: { id: next('V'), callback_id: callbackId, private_metadata: privateMetadata, state: { values } } },
  };
}

export function message(team: string, user: string, channel: string, channelType: 'im' | 'mpim' | 'channel', text: string, eventId = next('Ev')): SlackBody {
  return {
    kind: 'event',
    json: {
      token: 'x',
      team_id: team,
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: 'message', channel, channel_type: channelType, user, text, ts: next('1700000002.'), team },
    },
  };
}
