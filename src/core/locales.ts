/**
 * Whose language a reader gets (issue 18): the person's own where the platform told us (Discord sends it
 * with every interaction; Slack's `users.info` with `include_locale`), else the community's default (the
 * `language` setting), else English. Both are read from memory: a person's locale as the adapter last
 * heard it, a community's from the directory's copy, so choosing a language never waits on anything.
 *
 * What the platform said is also kept in the database (`person_locales`), so that after a restart a
 * message the person did not just prompt — a scheduled check-in, "a listener is here for you" — is still
 * in their language: {@link ReaderLocales.recall} reads it there when memory has forgotten them. A view
 * that carries its own language (crisis copy) or no catalogue words never waits on that.
 */
import { loadLocale, saveLocale } from '../db/queries/locales.js';
import { type Locale, resolveLocale, toLocale } from '../i18n/index.js';
import type { CommunityDirectory } from './communities.js';
import type { CoreDeps } from './deps.js';
import { errorName } from './error-name.js';
import type { CommunityRef, UserRef } from './ports.js';
import { speaksCatalogue } from './views/localise.js';
import type { TextView } from './views/types.js';

/** People whose locale is remembered, at most; the oldest is forgotten first (they fall back to the community's). */
export const REMEMBERED_PEOPLE = 50_000;

/** Where remembered locales are kept across restarts; none (tests, the playground): memory only. */
export type LocaleStore = Pick<CoreDeps, 'db' | 'clock' | 'log'>;

export class ReaderLocales {
  readonly #people = new Map<UserRef, Locale | null>();

  constructor(
    private readonly communities: Pick<CommunityDirectory, 'peek'>,
    private readonly store?: LocaleStore,
  ) {}

  /**
   * What the platform said about this person (a tag such as `es-ES`; null/unknown tags: no language of
   * theirs). With `community`, a new or changed language is also written to the database, in the
   * background: nothing waits on it, and a failure is logged (memory still has it).
   */
  remember(user: UserRef, tag: string | null | undefined, community?: CommunityRef): void {
    const locale = toLocale(tag);
    const changed = !this.#people.has(user) || this.#people.get(user) !== locale;
    this.#keep(user, locale);
    if (changed && community !== undefined) this.#save(user, community, locale);
  }

  #keep(user: UserRef, locale: Locale | null): void {
    this.#people.delete(user);
    this.#people.set(user, locale);
    if (this.#people.size > REMEMBERED_PEOPLE) {
      const oldest = this.#people.keys().next();
      if (oldest.done !== true) this.#people.delete(oldest.value);
    }
  }

  #save(user: UserRef, community: CommunityRef, locale: Locale | null): void {
    const store = this.store;
    if (store === undefined) return;
    saveLocale(store.db, community, user, locale, store.clock()).catch((error: unknown) => store.log.warn('locale.save_failed', { error: errorName(error) }));
  }

  /** Whether the platform has told us about this person (even that their language is not one we speak). */
  knows(user: UserRef): boolean {
    return this.#people.has(user);
  }

  /** The community's default language (its `language` setting), English when unknown. */
  community(ref: CommunityRef): Locale {
    return resolveLocale(null, this.communities.peek(ref)?.settings.language);
  }

  /** The language for a private message or reply to `user` in `community`, from memory. */
  person(user: UserRef, community: CommunityRef): Locale {
    return resolveLocale(this.#people.get(user), this.community(community));
  }

  /**
   * The language for `view` sent privately to `user`: as {@link person}, but when memory does not know
   * them (a restart, or they were forgotten to make room) and the view needs a reader's language, what
   * the database kept. A view in its own language (crisis copy) or without catalogue words never waits.
   */
  async recall(user: UserRef, community: CommunityRef, view?: TextView): Promise<Locale> {
    const store = this.store;
    if (store === undefined || this.#people.has(user) || (view !== undefined && (view.locale !== undefined || !speaksCatalogue(view)))) return this.person(user, community);
    const kept = await loadLocale(store.db, community, user).catch((error: unknown) => {
      store.log.warn('locale.load_failed', { error: errorName(error) });
      return null;
    });
    // The platform may have spoken meanwhile (an interaction): what it said is newer.
    const locale = toLocale(kept);
    if (locale !== null && !this.#people.has(user)) this.#keep(user, locale);
    return this.person(user, community);
  }
}
