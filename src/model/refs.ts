/**
 * Identities crossing the `ChatPlatform` port: opaque strings each adapter builds and parses in its own
 * `refs.ts` (`slack:T1:U2`). Each kind carries a brand, so the compiler refuses a ref of one kind where
 * another is expected (a channel where a role is). The brand is optional: a plain string read back from
 * the database or a job payload (where an adapter's ref was stored) is accepted without a cast; that
 * refs are built only in the adapters' refs.ts is held by `test/unit/refs-built-in-adapters.test.ts`.
 */
declare const refKind: unique symbol;

/** A ref of one kind: a string at run time, a distinct type at compile time. */
export type Ref<K extends string> = string & { readonly [refKind]?: K };

/** A person on a platform, e.g. `discord:<guild>:<user>`. */
export type UserRef = Ref<'user'>;
/** A guild or workspace, e.g. `discord:<guild>`, `slack:<team>`. */
export type CommunityRef = Ref<'community'>;
/** A channel (or thread, or DM) on a platform. */
export type ChannelRef = Ref<'channel'>;
/** A message the bot posted, so it can be updated or linked to. */
export type MessageRef = Ref<'message'>;
/** A private session space (private thread, group DM, or a listener-only relay space). */
export type SpaceRef = Ref<'space'>;
/** A platform role (Discord), compared with the community's coordinator role. */
export type RoleRef = Ref<'role'>;
