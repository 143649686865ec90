/**
 * Refs the web adapter builds and parses. Every one starts with `web:` so the PlatformRouter hands it
 * here: a community `web:<slug>`, a person `web:<slug>:<name>`, and four-part refs for the rest —
 * `web:<slug>:channel:<name>`, `web:<slug>:space:<id>`, `web:<slug>:msg:<id>`.
 */
import { randomUUID } from 'node:crypto';
import type { ChannelRef, CommunityRef, MessageRef, SpaceRef, UserRef } from '../../core/index.js';

export const PREFIX = 'web';
const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;

export type WebRef =
  | { readonly kind: 'community'; readonly slug: string }
  | { readonly kind: 'user'; readonly slug: string; readonly name: string }
  | { readonly kind: 'channel' | 'space' | 'message'; readonly slug: string; readonly id: string }
  | { readonly kind: 'unsupported'; readonly raw: string };

const PART: Record<string, 'channel' | 'space' | 'message'> = { channel: 'channel', space: 'space', msg: 'message' };

export function parseWebRef(raw: string): WebRef {
  const parts = raw.split(':');
  const [prefix, slug, a, b] = parts;
  if (prefix !== PREFIX || slug === undefined || !SLUG.test(slug)) return { kind: 'unsupported', raw };
  if (parts.length === 2) return { kind: 'community', slug };
  if (parts.length === 3 && a !== undefined && SLUG.test(a)) return { kind: 'user', slug, name: a };
  const kind = a === undefined ? undefined : PART[a];
  if (parts.length === 4 && kind !== undefined && b !== undefined && SLUG.test(b)) return { kind, slug, id: b };
  return { kind: 'unsupported', raw };
}

export const communityRef = (slug: string): CommunityRef => `${PREFIX}:${slug}`;
export const userRef = (slug: string, name: string): UserRef => `${PREFIX}:${slug}:${name}`;
export const channelRef = (slug: string, name: string): ChannelRef => `${PREFIX}:${slug}:channel:${name}`;
/** Spaces and messages get random ids: refs from an earlier run (still in the database) never collide. */
export const newSpaceRef = (slug: string): SpaceRef => `${PREFIX}:${slug}:space:${randomUUID().slice(0, 12)}`;
export const newMessageRef = (slug: string): MessageRef => `${PREFIX}:${slug}:msg:${randomUUID().slice(0, 12)}`;

/** The community a ref belongs to (`web:demo` for `web:demo:alex`), or null when it is not a web ref. */
export function communityOf(raw: string): CommunityRef | null {
  const ref = parseWebRef(raw);
  return ref.kind === 'unsupported' ? null : communityRef(ref.slug);
}
