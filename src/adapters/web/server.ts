/**
 * The web adapter: the playground (demo mode only) and the coordinator dashboard on Hono over
 * `@hono/node-server`, and a `ChatPlatform` for `web:` refs registered on the router. Hono parses URLs,
 * queries and cookies (malformed ones are answered, not thrown), bounds bodies and refuses cross-site
 * posts; every error ends in `onError` as a reply, so no request can take the process down.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { AddressInfo } from 'node:net';
import { type CoreDeps, errorName, type Logger, ReaderLocales } from '../../core/index.js';
import type { PlatformRouter } from '../router.js';
import { CLIENT_SCRIPT, DASHBOARD_SCRIPT, STYLESHEET } from './assets.js';
import type { DashboardChanges } from './dashboard/live.js';
import { dashboardRoutes } from './dashboard/routes.js';
import { rotaFeedRoutes } from './rota-feed.js';
import { askAgain, notice } from './dashboard/pages.js';
import type { MessageId } from '../../i18n/index.js';
import { chosenLocale, type PageWords, wordsFor } from './locale.js';
import { seedDemo, type DemoClock } from './demo.js';
import { html } from './html.js';
import { hostAllowList, hostName, HttpError, LOCAL_HOSTS, securityHeaders, sendAsset, wantsJson } from './http.js';
import { WebPlatform } from './platform.js';
import { playgroundRoutes } from './playground/routes.js';
import { PREFIX } from './refs.js';
import { EventHub } from './sse.js';
import { WebWorkspace } from './store.js';

export type WebMode =
  /** The playground with its demo community and movable clock, and the dashboard. */
  | { readonly kind: 'demo'; readonly clock: DemoClock; readonly timeZone?: string }
  /** The coordinator dashboard only, beside the chat adapters. */
  | { readonly kind: 'dashboard' };

export interface WebOptions {
  readonly deps: CoreDeps;
  readonly router: PlatformRouter;
  readonly log: Logger;
  readonly mode: WebMode;
  /** 0 picks a free port (tests). */
  readonly port: number;
  /**
   * Interface to listen on. Default 127.0.0.1 in every mode: anyone who reaches the playground can act as
   * anyone, and the dashboard is meant to sit behind a reverse proxy (set PEERLINE_WEB_HOST to open it).
   */
  readonly host?: string;
  /** Where coordinators reach the dashboard (PEERLINE_WEB_URL); its host name is allowed in `Host`. */
  readonly publicUrl?: string | null;
  /** Runs the scheduler's due jobs at `now`; the demo calls it after moving the clock. */
  readonly tick?: (now: Date) => Promise<unknown>;
  /**
   * The operators' `/healthz`, `/readyz`, `/metrics`, answered before the Host allow-list: a probe or a
   * scraper addresses the bot by whatever name reaches it, and these pages hold no personal data.
   */
  readonly ops?: Hono;
  /** The database's notices of queue and staff changes on any replica, for the dashboard's live pages. */
  readonly changes?: DashboardChanges;
}

export interface WebService {
  readonly name: 'web';
  /** Where the server answers, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  readonly port: number;
  readonly store: WebWorkspace;
  stop(): Promise<void>;
}

/** Messages for refusals raised by Hono's own middleware. */
const FRAMEWORK_REFUSALS: Readonly<Record<number, MessageId>> = {
  400: 'web.unreadable',
  403: 'web.crossSite',
  413: 'web.tooLong',
};

export async function startWeb(o: WebOptions): Promise<WebService> {
  const { deps, log } = o;
  const store = new WebWorkspace();
  const hub = new EventHub();
  let baseUrl = '';
  o.router.register(PREFIX, new WebPlatform(store, deps.clock, () => baseUrl, new ReaderLocales(deps.communities)));

  const demo = o.mode.kind === 'demo' ? o.mode : null;
  const timeZone = demo?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const host = o.host ?? '127.0.0.1';
  const clientAddress = (c: Context) => getConnInfo(c).remote.address ?? 'unknown';
  const playground =
    demo === null
      ? null
      : playgroundRoutes({ deps, store, hub, clock: demo.clock, ...(o.tick === undefined ? {} : { tick: o.tick }), baseUrl: () => baseUrl, log, timeZone, clientAddress });
  // Behind a TLS-terminating proxy the proxy says so; believing it can only add the Secure flag.
  const dashboard = dashboardRoutes({
    deps,
    hub,
    log,
    secure: (c) => baseUrl.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https',
    ...(o.changes === undefined ? {} : { changes: o.changes }),
  });

  const allowedHosts = [...LOCAL_HOSTS];
  if (o.publicUrl !== undefined && o.publicUrl !== null && URL.canParse(o.publicUrl)) allowedHosts.push(new URL(o.publicUrl).hostname);
  if (host !== '0.0.0.0' && host !== '::') allowedHosts.push(host.includes(':') ? `[${host}]` : host);

  const app = new Hono({ strict: false });
  app.use(securityHeaders());
  if (o.ops !== undefined) app.route('/', o.ops);
  app.use(hostAllowList(allowedHosts));
  app.get('/', (c) =>
    demo !== null ? c.redirect('/playground', 303) : c.html(String(home(wordsFor(chosenLocale(c) ?? 'en'))), 200),
  );
  app.get('/assets/peerline.css', () => sendAsset('text/css', STYLESHEET));
  app.get('/assets/peerline.js', () => sendAsset('text/javascript', CLIENT_SCRIPT));
  app.get('/assets/dashboard.js', () => sendAsset('text/javascript', DASHBOARD_SCRIPT));
  app.get('/favicon.ico', (c) => c.body(null, 204));
  if (playground !== null) app.route('/', playground.app);
  app.route('/', rotaFeedRoutes(deps));
  app.route('/', dashboard);

  // In the language this browser chose on the dashboard, else English (the request may have no community).
  const failure = (c: Context, status: number, id: MessageId) => {
    const w = wordsFor(chosenLocale(c) ?? 'en');
    const message = w.l.format(id);
    return wantsJson(c)
      ? c.json({ ok: false, error: message }, status as 400)
      : c.html(String(notice(w.l.format(status === 404 ? 'web.notFound' : 'web.failed'), html`<p>${message}</p>`, w)), status as 400);
  };
  app.notFound((c) => failure(c, 404, 'web.nothingHere'));
  app.onError((error, c) => {
    if (error instanceof HttpError) return failure(c, error.status, error.publicMessage);
    if (error instanceof HTTPException && error.status < 500) return failure(c, error.status, FRAMEWORK_REFUSALS[error.status] ?? 'web.refused');
    log.error('web.request_failed', { path: c.req.path.slice(0, 200), method: c.req.method, error: errorName(error) });
    return failure(c, 500, 'web.ourSide');
  });

  let server: ServerType | null = null;
  const stop = async () => {
    playground?.stop();
    hub.close();
    if (server !== null && 'closeAllConnections' in server) server.closeAllConnections();
    await new Promise<void>((resolve) => (server === null ? resolve() : server.close(() => resolve())));
    o.router.unregister(PREFIX);
  };
  try {
    if (demo !== null) {
      const seeded = await seedDemo(deps, { timeZone });
      log.info('web.demo_ready', { created: seeded.created, timeZone });
    }
    const started = await new Promise<ServerType>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: o.port, hostname: host, overrideGlobalObjects: false }, () => {
        s.off('error', reject);
        resolve(s);
      });
      s.once('error', reject);
    });
    server = started;
    const port = (started.address() as AddressInfo).port;
    baseUrl = `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
    log.info('web.listening', { url: baseUrl, mode: o.mode.kind, hosts: allowedHosts.map(hostName) });
    return { name: 'web', url: baseUrl, port, store, stop };
  } catch (error) {
    o.router.unregister(PREFIX);
    hub.close();
    playground?.stop();
    throw error;
  }
}

/** The front page without the playground: how to sign in to the dashboard. */
function home(w: PageWords) {
  return notice(w.l.format('web.home.title'), html`<p>${w.l.format('web.home.text')}</p>${askAgain(w)}`, w);
}
