/**
 * Each person's language, as their platform said it, kept across restarts (`person_locales`): written when
 * a process learns it, read when memory has forgotten them, never waited on for crisis copy, and gone
 * after the retention period unless the person volunteers.
 */
import { vi, describe, expect, it } from 'vitest';
import { ReaderLocales } from '../../src/core/locales.js';
import type { TextView } from '../../src/core/views/types.js';
import type { Db } from '../../src/db/client.js';
import { purgeExpiredPersonalData } from '../../src/db/queries/retention.js';
import { saveLocale } from '../../src/db/queries/locales.js';
import { personLocales } from '../../src/db/schema.js';
import { t } from '../../src/i18n/index.js';
import { useCoreFixture } from '../support/fixture.js';
import { alice, member, other } from '../support/fixtures.js';

const fx = useCoreFixture({ community: true });

const checkIn: TextView = { title: t('checkIn.title'), text: t('checkIn.text') };
/** Crisis copy: already in the language the person wrote in. */
const crisisReply: TextView = { text: '¿Estás a salvo ahora mismo?', locale: 'es' };

const kept = async () => (await fx.database.db.select({ user: personLocales.userRef, locale: personLocales.locale }).from(personLocales)).sort((a, b) => a.user.localeCompare(b.user));

describe('remembered languages', () => {
  it('are kept when learnt, read back by a new process, and dropped when the platform names one Peerline does not speak', async () => {
    const first = new ReaderLocales(fx.core.deps.communities, fx.core.deps);
    first.remember(member.user, 'es-ES', member.community);
    await vi.waitFor(async () => expect(await kept()).toEqual([{ user: member.user, locale: 'es' }]));

    const restarted = new ReaderLocales(fx.core.deps.communities, fx.core.deps);
    expect(restarted.person(member.user, member.community)).toBe('en');
    expect(await restarted.recall(member.user, member.community, checkIn)).toBe('es');
    expect(restarted.knows(member.user)).toBe(true);

    restarted.remember(member.user, 'ja-JP', member.community);
    await vi.waitFor(async () => expect(await kept()).toEqual([]));
    expect(await new ReaderLocales(fx.core.deps.communities, fx.core.deps).recall(member.user, member.community, checkIn)).toBe('en');
  });

  it('never reads the database for crisis copy, and a database that fails leaves the community default', async () => {
    const broken = new Proxy({}, { get: () => { throw new Error('database unavailable'); } }) as Db;
    const locales = new ReaderLocales(fx.core.deps.communities, { ...fx.core.deps, db: broken });
    expect(await locales.recall(member.user, member.community, crisisReply)).toBe('en');
    expect(fx.core.log.entries.filter((e) => e.code === 'locale.load_failed')).toHaveLength(0);
    expect(await locales.recall(member.user, member.community, checkIn)).toBe('en');
    expect(fx.core.log.entries.filter((e) => e.code === 'locale.load_failed')).toHaveLength(1);
  });

  it('are purged after the retention period unless the person volunteers', async () => {
    const now = fx.core.clock.read();
    const longAgo = new Date(now.getTime() - 31 * 86_400_000);
    await saveLocale(fx.database.db, member.community, member.user, 'es', longAgo);
    await saveLocale(fx.database.db, alice.community, alice.user, 'de', longAgo);
    await saveLocale(fx.database.db, other.community, other.user, 'fr', now);
    const counts = await purgeExpiredPersonalData(fx.database.db, now);
    expect(counts.locales).toBe(1);
    expect(await kept()).toEqual([{ user: alice.user, locale: 'de' }, { user: other.user, locale: 'fr' }].sort((a, b) => a.user.localeCompare(b.user)));
  });
});
