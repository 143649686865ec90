/**
 * Identities crossing the `ChatPlatform` port: opaque strings each adapter builds and parses in its own
 * `refs.ts` (`slack:T1:U2`). Core compares and stores them, never looks inside. The kinds are branded
 * in `src/model/refs.ts` (the database stores them too), so one kind is refused where another is expected.
 */
export type { ChannelRef, CommunityRef, MessageRef, RoleRef, SpaceRef, UserRef } from '../model/refs.js';
