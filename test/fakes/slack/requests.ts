/**
 * Short forms of the signed requests Peerline's Slack tests send (a command, a button click, a modal
 * submission, a message event), built from `payloads.ts` and sent with `postToBolt`.
 */
import { blockAction, eventCallback, messageEvent, slashCommand, viewSubmission } from './payloads.js';
import { encodeForBolt, postToBolt, signSlackRequest, type BoltRequestKind } from './signed.js';

/** One request as Slack would send it: its kind and its payload. */
export interface SlackBody {
  readonly kind: BoltRequestKind;
  readonly payload: unknown;
}

export interface SendOptions {
  readonly retryNum?: number;
  /** Sign with this secret instead (a forgery). */
  readonly secret?: string;
  /** Seconds since the epoch to sign with (a stale request). */
  readonly timestamp?: number;
}

/** Signs and posts `body` to a Bolt endpoint; `ms` is the wall time to the end of the answer. */
export async function sendToBolt(url: string, secret: string, body: SlackBody, o: SendOptions = {}): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = o.timestamp ?? Math.floor(Date.now() / 1000);
  const forge = o.secret === undefined ? undefined : signSlackRequest(o.secret, encodeForBolt(body.kind, body.payload).body, timestamp)['x-slack-signature'];
  const res = await postToBolt(url, secret, body.kind, body.payload, {
    timestamp,
    ...(o.retryNum === undefined ? {} : { retryNum: o.retryNum, retryReason: 'http_timeout' }),
    ...(forge === undefined ? {} : { forge }),
  });
  return { status: res.status, text: res.body, ms: res.ms };
}

/** A slash command (`/peer` unless named) from `user` in `channel`. */
export function command(team: string, user: string, channel: string, text: string, responseUrl: string, name = '/peer'): SlackBody {
  return { kind: 'command', payload: slashCommand({ command: name, text, userId: user, teamId: team, channelId: channel, responseUrl }) };
}

/** A click on the button `actionId` (its value is the action id too) in a message in `channel`. */
export function click(team: string, user: string, actionId: string, responseUrl: string, channel = 'C0VOL'): SlackBody {
  return { kind: 'interactive', payload: blockAction({ actionId, value: actionId, userId: user, teamId: team, channelId: channel, responseUrl }) };
}

/** A modal submitted with `values` as `view.state.values` (`values[blockId][actionId]`, passed as given). */
export function submit(team: string, user: string, callbackId: string, values: Record<string, Record<string, unknown>>, privateMetadata = ''): SlackBody {
  const payload = viewSubmission({ callbackId, privateMetadata, userId: user, teamId: team });
  const view = payload['view'] as Record<string, unknown>;
  return { kind: 'interactive', payload: { ...payload, view: { ...view, state: { values } } } };
}

/** A person's message event in `channel`. */
export function message(team: string, user: string, channel: string, channelType: 'im' | 'mpim' | 'channel', text: string, eventId?: string): SlackBody {
  return {
    kind: 'event',
    payload: eventCallback({ teamId: team, event: messageEvent({ channel_type: channelType, channel, user, text }), ...(eventId === undefined ? {} : { eventId }) }),
  };
}
