/**
 * Identities crossing the `ChatPlatform` port: opaque strings each adapter builds and parses in its own
 * `refs.ts` (`slack:T1:U2`). Core compares and stores them, never looks inside.
 */

/** A person on a platform, e.g. `discord:<guild>:<user>`. */
export type UserRef = string;
/** A guild or workspace, e.g. `discord:<guild>`, `slack:<team>`. */
export type CommunityRef = string;
/** A channel (or thread, or DM) on a platform. */
export type ChannelRef = string;
/** A message the bot posted, so it can be updated or linked to. */
export type MessageRef = string;
/** A private session space (private thread, group DM, or a listener-only relay space). */
export type SpaceRef = string;
