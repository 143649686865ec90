/**
 * Retention: personal identifiers older than each community's retention period are removed; rows stay
 * (as anonymous counts) so statistics keep working. One statement per table covers every community.
 */
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../client.js';
import { executedRows } from '../executed.js';

export interface PurgeCounts {
  /** Notes of requests that ended and still had one: deleted at once, whatever the retention period. */
  readonly notes: number;
  readonly requests: number;
  readonly sessions: number;
  readonly feedback: number;
  readonly crisisEvents: number;
  readonly auditEntries: number;
  readonly jobs: number;
  /** Remembered languages of people not seen for the retention period (volunteers' stay). */
  readonly locales: number;
}

const cutoff = (now: Date) =>
  sql`(${now.toISOString()}::timestamptz - make_interval(days => coalesce((c.settings ->> 'retentionDays')::int, 30)))`;

const counted = z.array(z.object({ n: z.coerce.number() }));

async function affected(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const [row] = executedRows(counted, await db.execute(sql`with done as (${query} returning 1) select count(*)::int as n from done`));
  return row?.n ?? 0;
}

/** Clears `column` of the rows of `table` whose `at` is before their community's cutoff; returns how many. */
function forget(db: Db, table: string, column: string, at: string, before: SQL): Promise<number> {
  const [t, col, time] = [sql.identifier(table), sql.identifier(column), sql.identifier(at)];
  return affected(db, sql`update ${t} x set ${col} = null from communities c where c.id = x.community_id and x.${time} < ${before} and x.${col} is not null`);
}

export async function purgeExpiredPersonalData(db: Db, now: Date): Promise<PurgeCounts> {
  const before = cutoff(now);
  return db.transaction(async (tx) => {
    // Every path that ends a request deletes its note; this catches any left behind (a crash, an old row).
    const notes = await affected(
      tx,
      sql`delete from request_notes n using support_requests r
          where r.id = n.request_id and r.status in ('closed', 'cancelled', 'expired')`,
    );
    const requests = await affected(
      tx,
      sql`update support_requests r set member_ref = null, note = null from communities c
          where c.id = r.community_id and r.status in ('closed', 'cancelled', 'expired')
            and r.ended_at < ${before} and (r.member_ref is not null or r.note is not null)`,
    );
    const sessions = await forget(tx, 'sessions', 'member_ref', 'ended_at', before);
    const feedback = await forget(tx, 'feedback', 'member_ref', 'created_at', before);
    const crisisEvents = await forget(tx, 'crisis_events', 'subject_ref', 'created_at', before);
    // Staff stay named in the audit log (it records who did what); members do not.
    const auditEntries = await affected(
      tx,
      sql`update audit_log a
          set actor_ref = case when exists (select 1 from volunteers v where v.community_id = a.community_id and v.user_ref = a.actor_ref) then a.actor_ref end,
              subject_ref = case when exists (select 1 from volunteers v where v.community_id = a.community_id and v.user_ref = a.subject_ref) then a.subject_ref end
          from communities c
          where c.id = a.community_id and a.at < ${before}
            and ((a.actor_ref is not null and not exists (select 1 from volunteers v where v.community_id = a.community_id and v.user_ref = a.actor_ref))
              or (a.subject_ref is not null and not exists (select 1 from volunteers v where v.community_id = a.community_id and v.user_ref = a.subject_ref)))`,
    );
    const jobs = await affected(
      tx,
      sql`delete from jobs j using communities c
          where c.id = j.community_id and j.state in ('done', 'cancelled', 'dead') and j.finished_at < ${before}`,
    );
    // A language learnt from the platform is personal too; a volunteer's stays while they are enrolled.
    const locales = await affected(
      tx,
      sql`delete from person_locales p using communities c
          where c.id = p.community_id and p.seen_at < ${before}
            and not exists (select 1 from volunteers v where v.community_id = p.community_id and v.user_ref = p.user_ref)`,
    );
    await tx.execute(sql`delete from job_effects where at < ${now.toISOString()}::timestamptz - interval '90 days'`);
    await tx.execute(sql`delete from inbound_deliveries where at < ${now.toISOString()}::timestamptz - interval '2 days'`);
    return { notes, requests, sessions, feedback, crisisEvents, auditEntries, jobs, locales };
  });
}
