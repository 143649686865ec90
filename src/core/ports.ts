/**
 * What core needs from the outside world. Adapters (Discord, Slack, web) implement `ChatPlatform`;
 * identities crossing it are opaque strings the adapter builds and parses (`slack:T1:U2`).
 */
import type { ChannelRef, CommunityRef, MessageRef, SpaceRef, UserRef } from './refs.js';
import type { TextForm as FormView, TextView as View } from './views/types.js';
import type { Text } from '../i18n/index.js';

export type { ChannelRef, CommunityRef, MessageRef, RoleRef, SpaceRef, UserRef } from './refs.js';

export interface OpenSpaceInput {
  readonly community: CommunityRef;
  /** Where to open it (Discord: parent channel of the private thread); null = the platform decides. */
  readonly location: ChannelRef | null;
  /** Everyone who should be in the space. For an anonymous relay this is only the listener. */
  readonly participants: readonly UserRef[];
  readonly title: string;
}

/**
 * Names one scheduled message so that a re-run after a crash does not post it twice. `mayExistSince` is
 * set when an earlier attempt (begun at that time) may already have delivered it: an adapter that can
 * find its own earlier message (Slack: message metadata; Discord: the nonce) returns that one instead.
 */
export interface Delivery {
  readonly key: string;
  readonly mayExistSince: Date | null;
}

export interface ChatPlatform {
  /** Sends a private message (a DM, or an ephemeral message in `channel` or a space when given and supported). */
  sendPrivate(user: UserRef, view: View, channel?: ChannelRef | SpaceRef, delivery?: Delivery): Promise<MessageRef | null>;
  postToChannel(channel: ChannelRef, view: View, delivery?: Delivery): Promise<MessageRef>;
  updateMessage(message: MessageRef, view: View): Promise<void>;
  openSpace(input: OpenSpaceInput): Promise<SpaceRef>;
  postToSpace(space: SpaceRef, view: View, delivery?: Delivery): Promise<MessageRef>;
  /** Archives or closes the space; further messages there are not relayed. */
  closeSpace(space: SpaceRef): Promise<void>;
  /** A link a coordinator can open to reach the message, when the platform has one. */
  linkTo(message: MessageRef): Promise<string | null>;
  /** What a coordinator should do about a failure this platform raised (missing permission, …), if known: catalogue words, rendered in the reader's language. */
  explainFailure?(error: unknown): Text | null;
  /** Opens a form for a user who just interacted (Slack trigger_id, Discord modal); adapters that cannot return false. */
  openForm?(user: UserRef, form: FormView, trigger: string): Promise<boolean>;
}

/** Structured, one line per event, with a stable code. Never pass message text. */
export interface Logger {
  debug(code: string, fields?: Record<string, unknown>): void;
  info(code: string, fields?: Record<string, unknown>): void;
  warn(code: string, fields?: Record<string, unknown>): void;
  error(code: string, fields?: Record<string, unknown>): void;
}

/**
 * What operators count (Prometheus metrics, built in main.ts). Counts and durations only: no person,
 * community or text ever reaches it. Absent in tests that do not watch it.
 */
export interface Metrics {
  /** A request stopped waiting in the queue after `waitedMs` milliseconds. */
  requestLeftQueue(outcome: 'accepted' | 'cancelled', waitedMs: number): void;
  /** Crisis language was detected (before any database work). */
  crisisDetected(tier: 'elevated' | 'high' | 'imminent', source: string): void;
  /** An interaction was acknowledged to its platform `ackMs` milliseconds after it arrived. */
  interactionAcked(platform: string, ackMs: number): void;
  /** A job started `latenessMs` milliseconds after it was due. */
  jobStarted(latenessMs: number): void;
}

/** Returns the current time; tests pass a fixed clock. */
export type Clock = () => Date;
