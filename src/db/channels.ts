/**
 * The NOTIFY channels the database's triggers speak on (migrations/*_sync_notify.sql): every replica
 * listens to them (src/db/listen.ts) to keep its in-memory copies in step with what other replicas wrote.
 */
export const CHANNELS = {
  /** A community row changed; the payload is its ref (`slack:T1`, `discord:123`, `web:demo`). */
  community: 'peerline_community',
  /** A request or volunteer of a community with a dashboard session changed; the payload is the community id. */
  dashboard: 'peerline_dashboard',
} as const;

export type Channel = (typeof CHANNELS)[keyof typeof CHANNELS];
