/** Names and messages shared by the burst benchmark's parent and child processes. */

const snowflake = (prefix: string, i: number) => `${prefix}${String(i).padStart(6, '0')}`;

/** The benchmark's workspace / server, the same in every process. */
export const B = {
  team: 'T0BENCH',
  secret: 'bench-signing-secret',
  app: '1400000000000000001',
  bot: '1500000000000000001',
  guild: '1100000000000000001',
  admin: '1200000000000000001',
  adminRole: '1600000000000000001',
  volunteers: '1300000000000000001',
  general: '1300000000000000003',
  slackVolunteers: () => Array.from({ length: 50 }, (_, i) => `UV${i}`),
  discordVolunteers: () => Array.from({ length: 50 }, (_, i) => snowflake('1210000000000', i)),
  /** Enough distinct members that every `/listen` of a run (warm-up and burst) is a new request. */
  discordMembers: () => Array.from({ length: 8_000 }, (_, i) => snowflake('1220000000000', i)),
};

export type ParentMessage =
  | { readonly type: 'start'; readonly kind: 'slack' | 'discord' }
  | {
      readonly type: 'load';
      readonly kind: 'slack' | 'discord';
      /** False for a bare SDK app: it only acks, so there is no work to wait for. */
      readonly expectWork: boolean;
      /** Slack: the bot's events URL. Discord: unused (the fake's gateway reaches whoever logged in). */
      readonly target: string | null;
      readonly rate: number;
      readonly seconds: number;
      /** Distinguishes the requests of one burst (response URLs; upper-cased, Slack user ids — the fake workspace knows only ids of capitals and digits). */
      readonly tag: string;
      readonly acceptIds: readonly string[];
      readonly onlyListen: boolean;
      /** First Discord member of this burst (so no member asks twice in a run). */
      readonly memberOffset: number;
      /** How long to keep waiting for the work after the 10 s window (so nothing runs when the database closes). */
      readonly drainSeconds: number;
      /** Stop waiting early when no reply has arrived for this long (0 = never); the rest are reported missing. */
      readonly stallSeconds: number;
    }
  | { readonly type: 'stop' };

export interface LoadReport {
  readonly total: number;
  readonly listen: number[];
  readonly accept: number[];
  readonly failures: number;
  readonly sentSeconds: number;
  /** Interactions whose work (the private reply) had finished when the last one was sent. */
  readonly doneAtEnd: number;
  readonly doneWithin10s: number;
  readonly doneFinally: number;
  /** Seconds from the end of the burst until all work was done, or null if it never was. */
  readonly secondsToDone: number | null;
  /** Seconds from the end of the burst to the last reply that arrived (negative: before the end), or null. */
  readonly lastReplySeconds: number | null;
  /** How long after the end of the burst the generator waited for replies. */
  readonly waitedSeconds: number;
  /** Whether it stopped waiting because no reply had come for `stallSeconds`. */
  readonly stalled: boolean;
  /** Acknowledged interactions that got no reply (Slack); null on Discord, where only counts are known. */
  readonly missingListen: number | null;
  readonly missingAccept: number | null;
  /** Replies beyond the first for one interaction (each should get exactly one). */
  readonly extraReplies: number;
  /** First replies counted by their text's first 60 characters (Slack). */
  readonly replyTexts: Record<string, number>;
  /**
   * Offer cards posted to the volunteer channel during this load: one is owed per acknowledged `/listen`
   * (`expected`; 0 for a bare app); at the end of the burst, 10 s after, in the end, and the last one's
   * time after the end of the burst (seconds, or null when none came).
   */
  readonly cards: { readonly expected: number; readonly atEnd: number; readonly within10s: number; readonly finally: number; readonly lastSeconds: number | null };
}

/** What the bot process's probe (probe.mjs) answers to `{ type: 'usage' }`. */
export interface Usage {
  readonly type: 'usage';
  readonly cpuUserMicros: number;
  readonly cpuSystemMicros: number;
  readonly rss: number;
  readonly uptimeMs: number;
}
