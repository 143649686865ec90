/**
 * Whose language a reader gets (issue 18): the person's own where the platform told us (Discord sends it
 * with every interaction; Slack's `users.info` with `include_locale`), else the community's default (the
 * `language` setting), else English. Both are read from memory: a person's locale as the adapter last
 * heard it, a community's from the directory's copy, so choosing a language never waits on anything.
 */
import { type Locale, resolveLocale, toLocale } from '../i18n/index.js';
import type { CommunityDirectory } from './communities.js';
import type { CommunityRef, UserRef } from './ports.js';

/** People whose locale is remembered, at most; the oldest is forgotten first (they fall back to the community's). */
export const REMEMBERED_PEOPLE = 50_000;

export class ReaderLocales {
  readonly #people = new Map<UserRef, Locale | null>();

  constructor(private readonly communities: Pick<CommunityDirectory, 'peek'>) {}

  /** What the platform said about this person (a tag such as `es-ES`; null/unknown tags: no language of theirs). */
  remember(user: UserRef, tag: string | null | undefined): void {
    this.#people.delete(user);
    this.#people.set(user, toLocale(tag));
    if (this.#people.size > REMEMBERED_PEOPLE) {
      const oldest = this.#people.keys().next();
      if (oldest.done !== true) this.#people.delete(oldest.value);
    }
  }

  /** Whether the platform has told us about this person (even that their language is not one we speak). */
  knows(user: UserRef): boolean {
    return this.#people.has(user);
  }

  /** The community's default language (its `language` setting), English when unknown. */
  community(ref: CommunityRef): Locale {
    return resolveLocale(null, this.communities.peek(ref)?.settings.language);
  }

  /** The language for a private message or reply to `user` in `community`. */
  person(user: UserRef, community: CommunityRef): Locale {
    return resolveLocale(this.#people.get(user), this.community(community));
  }
}
