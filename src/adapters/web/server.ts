/**
 * The web adapter: a `node:http` server with the playground (demo mode only) and the coordinator
 * dashboard, and a `ChatPlatform` for `web:` refs registered on the router. No framework: a handful of
 * routes, server-rendered HTML, one small script and server-sent events.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CoreDeps } from '../../core/deps.js';
import type { Logger } from '../../core/ports.js';
import { errorName } from '../../core/use-cases/route-crisis.js';
import type { PlatformRouter } from '../router.js';
import { CLIENT_SCRIPT, STYLESHEET } from './assets.js';
import { dashboardRoutes } from './dashboard/routes.js';
import { ASK_AGAIN, notice } from './dashboard/pages.js';
import { seedDemo, type DemoClock } from './demo.js';
import { html } from './html.js';
import { HttpError, redirect, sendAsset, sendHtml, sendJson, wantsJson } from './http.js';
import { WebPlatform } from './platform.js';
import { playgroundRoutes, type Route } from './playground/routes.js';
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
  /** Interface to listen on. Default: 127.0.0.1 in demo mode (anyone who reaches the playground can act as anyone), all interfaces otherwise. */
  readonly host?: string;
  /** Runs the scheduler's due jobs at `now`; the demo calls it after moving the clock. */
  readonly tick?: (now: Date) => Promise<unknown>;
}

export interface WebService {
  readonly name: 'web';
  /** Where the server answers, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  readonly port: number;
  readonly store: WebWorkspace;
  stop(): Promise<void>;
}

export async function startWeb(o: WebOptions): Promise<WebService> {
  const { deps, log } = o;
  const store = new WebWorkspace();
  const hub = new EventHub();
  let baseUrl = '';
  o.router.register(PREFIX, new WebPlatform(store, deps.clock, () => baseUrl));

  const demo = o.mode.kind === 'demo' ? o.mode : null;
  const timeZone = demo?.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const playground =
    demo === null ? null : playgroundRoutes({ deps, store, hub, clock: demo.clock, ...(o.tick === undefined ? {} : { tick: o.tick }), baseUrl: () => baseUrl, log, timeZone });
  // Behind a TLS-terminating proxy the proxy says so; believing it can only add the Secure flag.
  const dashboard = dashboardRoutes({ deps, log, secure: (req) => baseUrl.startsWith('https:') || req.headers['x-forwarded-proto'] === 'https' });

  const home: Route = async (req, res, url) => {
    if (req.method !== 'GET') return false;
    switch (url.pathname) {
      case '/':
        if (demo !== null) redirect(res, '/playground');
        else sendHtml(res, 200, notice('Peerline coordinator dashboard', html`<p>Sign in with a link from the bot.</p>${ASK_AGAIN}`));
        return true;
      case '/assets/peerline.css':
        sendAsset(res, 'text/css', STYLESHEET);
        return true;
      case '/assets/peerline.js':
        sendAsset(res, 'text/javascript', CLIENT_SCRIPT);
        return true;
      case '/favicon.ico':
        res.writeHead(204).end();
        return true;
      default:
        return false;
    }
  };
  const routes: Route[] = [home, ...(playground === null ? [] : [playground.route]), dashboard];

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      for (const route of routes) if (await route(req, res, url)) return;
      throw new HttpError(404, 'There is nothing here.');
    } catch (error) {
      const status = error instanceof HttpError ? error.status : 500;
      const message = error instanceof HttpError ? error.publicMessage : 'Something went wrong on our side. Please try again in a minute.';
      if (status === 500) log.error('web.request_failed', { path: url.pathname, method: req.method, error: errorName(error) });
      if (res.headersSent) {
        res.end();
        return;
      }
      if (wantsJson(req)) sendJson(res, status, { ok: false, error: message });
      else sendHtml(res, status, notice(status === 404 ? 'Not found' : 'That did not work', html`<p>${message}</p>`));
    }
  };

  const server: Server = createServer((req, res) => void handle(req, res));
  const stop = async () => {
    playground?.stop();
    hub.close();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    o.router.unregister(PREFIX);
  };
  try {
    if (demo !== null) {
      const seeded = await seedDemo(deps, { timeZone });
      log.info('web.demo_ready', { created: seeded.created, timeZone });
    }
    const host = o.host ?? (demo !== null ? '127.0.0.1' : undefined);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(o.port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const port = (server.address() as AddressInfo).port;
    baseUrl = `http://${host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
    log.info('web.listening', { url: baseUrl, mode: o.mode.kind });
    return { name: 'web', url: baseUrl, port, store, stop };
  } catch (error) {
    o.router.unregister(PREFIX);
    hub.close();
    playground?.stop();
    throw error;
  }
}
