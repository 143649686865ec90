/**
 * The playground's HTTP endpoints. A button posts its view's action id and who pressed it; a command
 * or message form posts its fields. Each calls one core use case as that demo person — core decides
 * whether they may — and the reply is shown privately in that person's pane.
 */
import { Hono, type Context } from 'hono';
import { type Actor, type TextView, localiseView, changeSettings, type CommunitySettings, type CoreDeps, defaultSettings, dutyState, errorName, errorView, fail, handleAction, handleMessage, listenForm, type Logger, ok, parseListenForm, type Result, staleButtons } from '../../../core/index.js';
import { isLocale, type Locale, localiser, t } from '../../../i18n/index.js';
import { runCommand, type ChatCommand, type CommandContext } from '../../command-table.js';
import { createGuard } from '../../guard.js';
import { DEMO_COMMUNITY, DEMO_PEOPLE, demoActor, demoPerson, type DemoClock, type DemoPerson } from '../demo.js';
import { HttpError, limitBody, readForm, sameOrigin, wantsJson } from '../http.js';
import { communityLocale, dateTag } from '../locale.js';
import { newMessageRef } from '../refs.js';
import { formValues } from '../render.js';
import type { EventHub } from '../sse.js';
import type { WebWorkspace } from '../store.js';
import { CLOCK_STEPS, clockLabel, playgroundPage } from './page.js';
import { actionsIn, dutyControls, dutySig, isPaneId, paneEntries, paneOfPerson, PANES, panesShowing, PERSON_PANES, placesFor, renderFeed, type PaneDeps, type PaneId, type PaneState } from './panes.js';

/** Longest message a person can write in the playground (Discord allows 2,000 characters). */
export const MESSAGE_MAX = 2000;

/** The longest a post waits for the work core started after answering it, in milliseconds. */
const SETTLE_MS = 5_000;

/** What the panes' command forms can run: the slash commands of the chat adapters. */
const COMMANDS = ['listen', 'resources', 'duty-on', 'duty-off', 'duty-status', 'rota', 'rota-signup', 'rota-withdraw', 'forget-me', 'stats', 'volunteers', 'dashboard', 'end'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name);

export interface PlaygroundOptions {
  readonly deps: CoreDeps;
  readonly store: WebWorkspace;
  readonly hub: EventHub;
  readonly clock: DemoClock;
  /** Runs what the scheduler has due at `now`; called after the demo clock moves. */
  readonly tick?: (now: Date) => Promise<unknown>;
  readonly baseUrl: () => string;
  readonly log: Logger;
  readonly timeZone: string;
  /** The address a request came from, for the per-client bound on live connections. */
  readonly clientAddress: (c: Context) => string;
}

export function playgroundRoutes(o: PlaygroundOptions): { app: Hono; stop(): void } {
  const { deps, store, hub, log } = o;
  /** The panes' words and times in `locale`, the demo community's default language. */
  const depsIn = (locale: Locale): PaneDeps => {
    const format = new Intl.DateTimeFormat(dateTag(locale), { weekday: 'short', hour: '2-digit', minute: '2-digit', timeZone: o.timeZone });
    return { store, time: (at) => format.format(at), l: localiser(locale) };
  };
  /** The demo community's language, as last read (the page reads the settings first). */
  const locale = (): Locale => communityLocale(deps.communities.peek(DEMO_COMMUNITY));
  const paneDeps = (): PaneDeps => depsIn(locale());
  const unsubscribe = store.subscribe((inbox) => {
    for (const pane of panesShowing(inbox, store)) hub.publish('pane', pane);
  });

  /** Where things stand for what `panes` show: their buttons that no longer apply, and the volunteers' duty. */
  const stateFor = async (panes: readonly PaneId[]): Promise<PaneState> => {
    const volunteers = [DEMO_PEOPLE.alex, DEMO_PEOPLE.jordan];
    const [stale, ...duty] = await Promise.all([
      staleButtons(
        deps,
        panes.flatMap((p) => actionsIn(paneEntries(paneDeps(), p))),
      ),
      ...volunteers.map((v) => dutyState(deps, demoActor(v))),
    ]);
    // The reasons in the words the panes' replies use: the demo community's language.
    const l = localiser(deps.communities.peek(DEMO_COMMUNITY)?.settings.language ?? 'en');
    return { stale: new Map([...stale].map(([action, why]) => [action, l.text(why)])), dutySince: new Map(volunteers.map((v, i) => [v.ref, duty[i]?.dutySince ?? null])) };
  };

  const settings = async (): Promise<CommunitySettings> => (await deps.communities.get(deps.db, DEMO_COMMUNITY))?.settings ?? defaultSettings();

  /** A private reply in the person's own pane, as Slack's ephemeral message or Discord's DM would show it. */
  const replyTo = (person: DemoPerson, view: TextView) => {
    // The playground's people have no platform language: the demo community's default.
    const words = localiseView(view, locale());
    store.append(person.ref, { kind: 'bot', ref: newMessageRef('demo'), view: words, at: deps.clock(), onlyVisibleTo: person.ref });
  };

  const personFrom = (body: URLSearchParams): DemoPerson => {
    const person = demoPerson(body.get('as') ?? '');
    if (person === null) throw new HttpError(400, 'play.error.person');
    return person;
  };

  /** Runs a use case; an outage or a bug becomes the same calm reply the chat adapters give. */
  const guard = createGuard(log, 'web');
  const guarded = async (what: string, person: DemoPerson, run: () => Promise<Result<TextView | null>>) => {
    const result = await guard.run(what, run);
    if (!result.ok) replyTo(person, errorView(result.error));
    else if (result.value !== null) replyTo(person, result.value);
  };
  const commands = (): CommandContext => ({
    deps,
    dashboardUrl: o.baseUrl(),
    // The panes offer no help or free text, so these are never asked for; they answer plainly if they are.
    help: () => ({ title: 'Peerline', text: t('play.help') }),
    unsupported: (cmd) => ({ title: t('play.unsupported'), text: cmd.reason, tone: 'warning' }),
  });

  /** The rota form's slot and date: the slot must be a positive whole number; core checks the date and the rest. */
  const shift = (kind: 'rota-signup' | 'rota-withdraw', body: URLSearchParams): Result<ChatCommand> => {
    const slot = (body.get('slot') ?? '').trim();
    const number = Number(slot);
    if (!/^\d+$/.test(slot) || !Number.isSafeInteger(number) || number < 1) {
      return fail('bad-input', { id: 'invalid', path: 'slot', message: localiser(locale()).format('play.error.slot') });
    }
    return ok({ kind, number, date: (body.get('date') ?? '').trim() });
  };

  // The page then shows what the post did, including what core does after answering (a new request's
  // card); that takes milliseconds here, and the wait is bounded.
  const done = async (c: Context, person: DemoPerson | null) => {
    await deps.background.idle(SETTLE_MS);
    return wantsJson(c) ? c.json({ ok: true }, 200) : c.redirect(`/playground#pane-${person === null ? 'member' : (paneOfPerson(person.ref) ?? 'member')}`, 303);
  };

  /** A pane's command form, read into the shared command union (the playground's refs are already refs). */
  const PARSE: { readonly [C in Command]: (body: URLSearchParams) => Promise<Result<ChatCommand>> | Result<ChatCommand> } = {
    listen: async (body) => {
      const input = parseListenForm(formValues(listenForm(await settings()), body));
      return input.ok ? ok({ kind: 'listen', input: input.value }) : input;
    },
    resources: (body) => ok({ kind: 'resources', country: body.get('country') }),
    'duty-on': () => ok({ kind: 'duty', mode: 'on' }),
    'duty-off': () => ok({ kind: 'duty', mode: 'off' }),
    'duty-status': () => ok({ kind: 'duty', mode: 'status' }),
    rota: () => ok({ kind: 'rota', weeks: null }),
    'rota-signup': (body) => shift('rota-signup', body),
    'rota-withdraw': (body) => shift('rota-withdraw', body),
    // Deleting one's data ends a live session: the pane asks first, and the post must say it was confirmed.
    'forget-me': (body) => (body.get('confirm') === 'yes' ? ok({ kind: 'forget-me' }) : fail('bad-input', { id: 'invalid', path: '', message: localiser(locale()).format('play.error.confirm') })),
    stats: (body) => ok({ kind: 'stats', days: Number(body.get('days') ?? '30') }),
    volunteers: () => ok({ kind: 'volunteers' }),
    dashboard: () => ok({ kind: 'dashboard' }),
    end: (body) => ok({ kind: 'end', space: body.get('space') ?? '' }),
  };

  async function command(actor: Actor, name: Command, body: URLSearchParams): Promise<Result<TextView>> {
    const cmd = await PARSE[name](body);
    return cmd.ok ? ok(await runCommand(commands(), guard, actor, cmd.value)) : cmd;
  }

  async function message(person: DemoPerson, body: URLSearchParams): Promise<void> {
    const text = (body.get('text') ?? '').trim();
    if (text.length === 0) return;
    if (text.length > MESSAGE_MAX) {
      replyTo(person, errorView({ code: 'bad-input' }, localiser(locale()).format('play.error.tooLong', { max: MESSAGE_MAX })));
      return;
    }
    const to = body.get('to') ?? 'bot';
    const ref = newMessageRef('demo');
    if (to === 'bot') {
      store.append(person.ref, { kind: 'person', ref, author: person.ref, text, at: deps.clock(), toBot: true });
      await guarded('message.dm', person, async () => {
        await handleMessage(deps, { community: DEMO_COMMUNITY, author: person.ref, place: { kind: 'dm' }, text, message: ref });
        return ok(null);
      });
      return;
    }
    const space = store.space(to);
    if (space === null || space.closed || !space.participants.includes(person.ref)) {
      replyTo(person, errorView({ code: 'stale' }, localiser(locale()).format('play.error.space')));
      return;
    }
    store.append(space.ref, { kind: 'person', ref, author: person.ref, text, at: deps.clock(), toBot: false });
    await guarded('message.space', person, async () => {
      await handleMessage(deps, { community: DEMO_COMMUNITY, author: person.ref, place: { kind: 'space', space: space.ref }, text, message: ref });
      return ok(null);
    });
  }

  async function moveClock(minutes: number): Promise<string> {
    const now = o.clock.advance(minutes);
    if (o.tick !== undefined) {
      try {
        // A tick already running (the scheduler's own, with the old time) is shared, not repeated:
        // the second call is the one that surely sees the new time.
        await o.tick(now);
        await o.tick(o.clock.now());
      } catch (error) {
        log.error('web.demo_tick_failed', { error: errorName(error) });
      }
    }
    const words = paneDeps();
    const label = clockLabel(words.l, o.clock.now(), o.clock.offsetMs, words.time);
    hub.publish('clock', label);
    return label;
  }

  const app = new Hono({ strict: false });

  app.get('/playground', async (c) => {
    const current = await settings();
    const words = depsIn(communityLocale({ settings: current }));
    return c.html(String(playgroundPage(words, current, clockLabel(words.l, o.clock.now(), o.clock.offsetMs, words.time), await stateFor(PANES))), 200);
  });

  app.get('/playground/events', (c) => hub.connect(o.clientAddress(c)));

  app.get('/playground/panes/:pane', async (c) => {
    const pane = c.req.param('pane');
    if (!isPaneId(pane)) throw new HttpError(404, 'play.error.pane');
    const person = pane in PERSON_PANES ? PERSON_PANES[pane as keyof typeof PERSON_PANES] : null;
    const state = await stateFor([pane]);
    const words = depsIn(communityLocale({ settings: await settings() }));
    return c.json(
      {
        html: String(renderFeed(words, pane, state)),
        ...(person === null ? {} : { places: placesFor(words.l, store, person) }),
        ...(person?.role === 'volunteer'
          ? { controls: String(dutyControls(words.l, pane, person, state.dutySince.get(person.ref), words.time)), controlsSig: dutySig(state.dutySince.get(person.ref)) }
          : {}),
      },
      200,
    );
  });

  // Every post: from this site only, and small.
  const fromHere = sameOrigin();
  const small = limitBody();

  app.post('/playground/action', fromHere, small, async (c) => {
    const body = await readForm(c);
    const person = personFrom(body);
    const action = body.get('action') ?? '';
    await guarded('action', person, () => handleAction(deps, demoActor(person), action));
    return done(c, person);
  });

  app.post('/playground/command', fromHere, small, async (c) => {
    const body = await readForm(c);
    const person = personFrom(body);
    const name = body.get('command') ?? '';
    if (!isCommand(name)) throw new HttpError(400, 'play.error.command');
    await guarded(`command.${name}`, person, () => command(demoActor(person), name, body));
    return done(c, person);
  });

  app.post('/playground/message', fromHere, small, async (c) => {
    const body = await readForm(c);
    const person = personFrom(body);
    await message(person, body);
    return done(c, person);
  });

  app.post('/playground/clock', fromHere, small, async (c) => {
    const minutes = Number((await readForm(c)).get('minutes'));
    if (!CLOCK_STEPS.some((s) => s.minutes === minutes)) throw new HttpError(400, 'play.error.clock');
    // Time jumps once the work of earlier posts is done: a card still on its way when the ladder's
    // first step falls due would have that step wait for its retry.
    await deps.background.idle(SETTLE_MS);
    const label = await moveClock(minutes);
    return wantsJson(c) ? c.json({ ok: true, now: label }, 200) : c.redirect('/playground', 303);
  });

  // The language switch: the demo community's default language, changed as its coordinator would
  // (core's settings use case); the page, the cards in the channel and the replies follow it.
  app.post('/playground/language', fromHere, small, async (c) => {
    const lang = (await readForm(c)).get('lang') ?? '';
    if (!isLocale(lang)) throw new HttpError(400, 'play.error.language');
    const changed = await changeSettings(deps, demoActor(DEMO_PEOPLE.sam), { language: lang });
    if (!changed.ok) throw new HttpError(400, 'play.error.language');
    return wantsJson(c) ? c.json({ ok: true, reload: true }, 200) : c.redirect('/playground', 303);
  });

  return { app, stop: unsubscribe };
}
