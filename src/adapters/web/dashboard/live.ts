/**
 * The "now" page's live feed for one browser. With several replicas behind a load balancer, the change
 * that matters (a request queued, taken or ended; a volunteer going on duty) usually happens on another
 * replica than the one holding the browser's connection, so the feed learns of it from the database's
 * notices (`DashboardChanges`, fed by LISTEN in main.ts) and reads the figures again at once. It tells
 * the database the page is open (`watchDashboard`, renewed), since only then are notices sent. While
 * notices arrive, the figures are also read every `LIVE_BACKSTOP_MS` (a lost notice, an expired
 * session) and in between only the durations move, re-rendered from memory; while they do not (the
 * listening connection is down, or none runs), the figures are read every `LIVE_MS` as before.
 */
import { type CoreDeps, dashboardNowPage, errorName, type Logger, type NowPage, watchDashboard } from '../../../core/index.js';
import { nowLive, type PageFrame } from './pages.js';

/** How often a live "now" page is refreshed (ms): read from the database, or re-rendered while notices arrive. */
export const LIVE_MS = 2000;
/** While notices arrive, the figures are still read from the database this often (ms). */
export const LIVE_BACKSTOP_MS = 30_000;
/**
 * The database is told a live page is open for this long (ms), renewed every `LIVE_BACKSTOP_MS`: only
 * then do its community's changes send notices (a NOTIFY slows every notifying commit).
 */
export const LIVE_MARK_MS = 3 * LIVE_BACKSTOP_MS;

/** Which communities' queue or staff changed, on any replica (the database's notices). */
export interface DashboardChanges {
  /** Whether notices arrive right now. */
  readonly listening: boolean;
  /** Calls `fn` with the id of each community whose requests, volunteers or dashboard sessions changed; returns the function that stops it. */
  subscribe(fn: (communityId: string) => void): () => void;
}

export interface LiveNowOptions {
  readonly deps: CoreDeps;
  readonly log: Logger;
  readonly changes: DashboardChanges | undefined;
  /** The browser's session cookie: access is checked again on every read. */
  readonly secret: string | undefined;
  /** The page as read when the stream opened. */
  readonly first: NowPage;
  readonly frameOf: (page: NowPage, now: Date) => PageFrame;
  readonly send: (event: string, data: string) => void;
}

/** Starts the feed; returns the function that stops it. */
export function liveNow(o: LiveNowOptions): () => void {
  const { deps, changes } = o;
  const community = o.first.access.community.id;
  let page = o.first;
  let readAt = Date.now();
  let last = '';
  let busy = false;
  let again = false;
  let stopped = false;
  let markedAt = -Infinity;

  const mark = () => {
    if (changes === undefined || Date.now() - markedAt < LIVE_BACKSTOP_MS) return;
    markedAt = Date.now();
    watchDashboard(deps, o.secret, LIVE_MARK_MS / 1000).catch((error: unknown) => {
      markedAt = -Infinity;
      o.log.warn('web.dashboard_live_failed', { error: errorName(error) });
    });
  };

  const render = (now: Date) => {
    const f = o.frameOf(page, now);
    const fragment = String(nowLive(f, page.queue, page.staff));
    if (fragment === last) return;
    last = fragment;
    o.send('now', JSON.stringify({ html: fragment, asOf: f.time(f.now) }));
  };

  // One read at a time; notices that arrive meanwhile make one more read after it.
  const read = async () => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        const next = await dashboardNowPage(deps, o.secret);
        readAt = Date.now();
        if (stopped) return;
        if (!next.ok) {
          o.send('signed-out', '');
          return;
        }
        page = next.value;
        render(page.now);
      } while (again);
    } catch (error) {
      o.log.warn('web.dashboard_live_failed', { error: errorName(error) });
    } finally {
      busy = false;
    }
  };

  mark();
  const timer = setInterval(() => {
    mark();
    if (changes?.listening === true && Date.now() - readAt < LIVE_BACKSTOP_MS) render(deps.clock());
    else void read();
  }, LIVE_MS);
  const unsubscribe = changes?.subscribe((id) => {
    if (id === community) void read();
  });
  return () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe?.();
  };
}
