/**
 * The rota tab's routes: the week grid (GET, `?week=0…5`), and adding or removing a slot (POST, same
 * origin only, as every dashboard form). Each request goes through a core use case that checks the
 * session and the coordinator role; the change itself is the chat commands' use case.
 */
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { type CoreDeps, type CoreError, dashboardAddSlot, dashboardRemoveSlot, dashboardRotaPage, type DashboardAccess, type Result, type RotaGridChange, type SlotInput } from '../../../core/index.js';
import { limitBody, readForm, sameOrigin } from '../http.js';
import type { PageFrame } from './pages.js';
import { rotaPage, type RotaPageState, type SlotForm } from './rota-page.js';

export interface RotaRouteOptions {
  readonly deps: CoreDeps;
  readonly frameOf: (access: DashboardAccess, now: Date, c?: Context) => PageFrame;
  readonly show: <T>(c: Context, result: Result<T>, render: (page: T) => string) => Response | Promise<Response>;
  readonly refusedPage: (c: Context, error: CoreError) => Response | Promise<Response>;
  /** The dashboard's session cookie name. */
  readonly cookie: string;
}

/** A whole number as typed, or NaN (core refuses it with its own message). */
const whole = (text: string | null) => (text !== null && /^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);

export function rotaRoutes(o: RotaRouteOptions): Hono {
  const { deps } = o;
  const app = new Hono({ strict: false });
  const secret = (c: Context) => getCookie(c, o.cookie);

  const answer = (c: Context, changed: Result<RotaGridChange>, state: Omit<RotaPageState, 'outcome'>) => {
    if (!changed.ok) return o.refusedPage(c, changed.error);
    const page = changed.value;
    return c.html(String(rotaPage(o.frameOf(page.access, page.now, c), page, { ...state, outcome: page.outcome })), page.outcome.ok ? 200 : 400);
  };

  app.get('/dashboard/rota', async (c) =>
    o.show(c, await dashboardRotaPage(deps, secret(c), Number(c.req.query('week') ?? '0')), (p) => String(rotaPage(o.frameOf(p.access, p.now, c), p))),
  );

  app.post('/dashboard/rota/add', sameOrigin(), limitBody(), async (c) => {
    const body = await readForm(c);
    const text = (name: string) => body.get(name) ?? '';
    const form: SlotForm = text('kind') === 'once' ? 'once' : 'weekly';
    const common = { start: text('start'), end: text('end'), wanted: whole(body.get('wanted')) };
    const input: SlotInput = form === 'once' ? { kind: 'once', date: text('date'), ...common } : { kind: 'weekly', days: text('days'), ...common };
    const typed = { days: text('days'), date: text('date'), start: text('start'), end: text('end'), wanted: text('wanted') };
    return answer(c, await dashboardAddSlot(deps, secret(c), whole(body.get('week')), input), { form, typed });
  });

  app.post('/dashboard/rota/remove', sameOrigin(), limitBody(), async (c) => {
    const body = await readForm(c);
    return answer(c, await dashboardRemoveSlot(deps, secret(c), whole(body.get('week')), whole(body.get('number'))), {});
  });

  return app;
}
