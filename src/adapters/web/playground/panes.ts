/**
 * The playground's panes: a member, the volunteer channel, two volunteers, the session spaces and the
 * coordinator. Each pane is an inbox the web platform fills; this file renders a pane's feed and the
 * commands that person can run, as Discord's or Slack's client would show them.
 */
import { type CommunitySettings, listenForm } from '../../../core/index.js';
import { DEMO_CHANNEL, DEMO_COMMUNITY, DEMO_PEOPLE, demoPerson, demoPeople, type DemoPerson } from '../demo.js';
import { html, type SafeHtml } from '../html.js';
import { renderEntry, renderForm, type RenderContext } from '../render.js';
import type { Entry, Space, WebWorkspace } from '../store.js';

export type PaneId = 'member' | 'channel' | 'spaces' | 'alex' | 'jordan' | 'sam';
export const PANES: readonly PaneId[] = ['member', 'channel', 'spaces', 'alex', 'jordan', 'sam'];

/** Each pane's name, for the phone's tabs and the feeds' labels. */
export const PANE_NAMES: Readonly<Record<PaneId, string>> = { member: 'Riley', channel: '#volunteers', spaces: 'Session spaces', alex: 'Alex', jordan: 'Jordan', sam: 'Sam' };

export const PERSON_PANES = { member: DEMO_PEOPLE.member, alex: DEMO_PEOPLE.alex, jordan: DEMO_PEOPLE.jordan, sam: DEMO_PEOPLE.sam } as const;

export const isPaneId = (id: string): id is PaneId => (PANES as readonly string[]).includes(id);

export function paneOfPerson(ref: string): PaneId | null {
  const entry = Object.entries(PERSON_PANES).find(([, p]) => p.ref === ref);
  return entry === undefined ? null : (entry[0] as PaneId);
}

/** The panes that show an inbox: a person's own pane, the channel pane, or (for a space) the spaces pane and its people's message boxes. */
export function panesShowing(inbox: string, store: WebWorkspace): PaneId[] {
  if (inbox === DEMO_CHANNEL) return ['channel'];
  const person = paneOfPerson(inbox);
  if (person !== null) return [person];
  const space = store.space(inbox);
  if (space === null) return [];
  return ['spaces', ...space.participants.flatMap((p) => paneOfPerson(p) ?? [])];
}

export interface PaneDeps {
  readonly store: WebWorkspace;
  readonly time: (at: Date) => string;
}

/** What a pane shows besides its inbox, read from core when it is drawn. */
export interface PaneState {
  /** Buttons that no longer apply, by action id, with the reason. */
  readonly stale: ReadonlyMap<string, string>;
  /** When each volunteer went on duty (null: off duty), by ref. */
  readonly dutySince: ReadonlyMap<string, Date | null>;
}

export const NO_STATE: PaneState = { stale: new Map(), dutySince: new Map() };

/** What a person's pane lists: their own inbox and the session spaces they are in, in time order. */
function personEntries(deps: PaneDeps, person: DemoPerson): { entry: Entry; where?: string }[] {
  const own = deps.store.entries(person.ref).map((entry) => ({ entry }));
  const spaces = deps.store
    .spaces(DEMO_COMMUNITY)
    .filter((s) => s.participants.includes(person.ref))
    .flatMap((s) => deps.store.entries(s.ref).map((entry) => ({ entry, where: `session space “${s.title}”${s.closed ? ' (closed)' : ''}` })));
  // A stable sort: at the same instant, the person's own messages come first.
  return [...own, ...spaces].sort((a, b) => a.entry.at.getTime() - b.entry.at.getTime());
}

/** The entries a pane draws (to find which of their buttons no longer apply). */
export function paneEntries(deps: PaneDeps, pane: PaneId): Entry[] {
  if (pane === 'channel') return [...deps.store.entries(DEMO_CHANNEL)];
  if (pane === 'spaces') return deps.store.spaces(DEMO_COMMUNITY).flatMap((s) => deps.store.entries(s.ref));
  return personEntries(deps, PERSON_PANES[pane]).map((e) => e.entry);
}

/** The action ids of the buttons in `entries`. */
export function actionsIn(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) => (e.kind === 'bot' ? (e.view.buttons ?? []).map((b) => b.action) : []));
}

export const nameOf = (ref: string): string => demoPerson(ref)?.name ?? ref.slice(ref.lastIndexOf(':') + 1);

function ctxFor(deps: PaneDeps, actingAs: string, state: PaneState): RenderContext {
  return { nameOf, actingAs, time: deps.time, stale: state.stale };
}

function emptyFeed(text: string): SafeHtml {
  return html`<p class="empty">${text}</p>`;
}

/** Where a person's message box can write: the bot, then the open spaces they are in (the newest is preselected). */
export function placesFor(store: WebWorkspace, person: DemoPerson): { value: string; label: string }[] {
  return [
    { value: 'bot', label: 'Peerline (direct message)' },
    ...store
      .spaces(DEMO_COMMUNITY)
      .filter((s) => !s.closed && s.participants.includes(person.ref))
      .map((s) => ({ value: s.ref, label: `Session space: ${s.title}` })),
  ];
}

function spaceSection(deps: PaneDeps, space: Space, state: PaneState): SafeHtml {
  const entries = deps.store.entries(space.ref);
  const who = space.participants.map(nameOf).join(' and ');
  const relay = space.participants.length === 1 ? ' — anonymous: the member writes to Peerline, which passes messages on' : '';
  const first = space.participants[0] ?? DEMO_PEOPLE.alex.ref;
  return html`<section class="space${space.closed ? ' closed' : ''}" aria-label="${space.title}" data-space="${space.ref}">
<h3>${space.title} <span class="state">${space.closed ? '(closed)' : '(open)'}</span></h3>
<p class="participants">In this space: ${who}${relay}</p>
${entries.map((e) => renderEntry(e, ctxFor(deps, first, state), null))}
${space.closed ? html`<p class="why">This space is closed: the session has ended.</p>` : html`<form class="cmd" method="post" action="/playground/command"><input type="hidden" name="as" value="${first}"><input type="hidden" name="command" value="end"><input type="hidden" name="space" value="${space.ref}"><button type="submit" class="btn btn-secondary">/end in this space</button></form>`}
</section>`;
}

/** The part of a pane that changes: its feed. */
export function renderFeed(deps: PaneDeps, pane: PaneId, state: PaneState = NO_STATE): SafeHtml {
  if (pane === 'channel') {
    const entries = deps.store.entries(DEMO_CHANNEL);
    return entries.length === 0
      ? emptyFeed('Nothing posted yet. Offer cards and coordinator alerts appear here.')
      : html`${entries.map((e) => renderEntry(e, ctxFor(deps, DEMO_PEOPLE.alex.ref, state), null))}`;
  }
  if (pane === 'spaces') {
    const spaces = deps.store.spaces(DEMO_COMMUNITY);
    return spaces.length === 0 ? emptyFeed('No session yet. When a volunteer accepts a request, its private space opens here.') : html`${spaces.map((s) => spaceSection(deps, s, state))}`;
  }
  const person = PERSON_PANES[pane];
  const entries = personEntries(deps, person);
  return entries.length === 0
    ? emptyFeed('No messages yet.')
    : html`${entries.map((e) => renderEntry(e.entry, ctxFor(deps, person.ref, state), person.ref, e.where))}`;
}

function hidden(name: string, value: string): SafeHtml {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

/** A command's button; `why` disables it, with the reason in words beside it. */
function commandButton(person: DemoPerson, command: string, label: string, style = 'secondary', why?: string): SafeHtml {
  return html`<form class="cmd${why === undefined ? '' : ' stale'}" method="post" action="/playground/command">${hidden('as', person.ref)}${hidden('command', command)}<button type="submit" class="btn btn-${style}"${why === undefined ? '' : html` disabled`}>${label}</button>${why === undefined ? '' : html`<span class="why">${why}</span>`}</form>`;
}

/** What the duty controls show, as a short string: the page redraws them only when it changes (keeping focus). */
export const dutySig = (since: Date | null | undefined): string => (since === null || since === undefined ? 'off' : since.toISOString());

/** A volunteer's duty, at a glance: the state in words, and only the buttons that change it enabled. */
export function dutyControls(pane: PaneId, person: DemoPerson, since: Date | null | undefined, time: (at: Date) => string): SafeHtml {
  const on = since !== null && since !== undefined;
  return html`<div class="duty" id="controls-${pane}" data-sig="${dutySig(since)}"><p class="duty-state ${on ? 'on' : 'off'}" data-duty="${on ? 'on' : 'off'}">${on ? html`<span aria-hidden="true">●</span> On duty since ${time(since)}` : html`<span aria-hidden="true">○</span> Off duty`}</p>
<div class="row" role="group" aria-label="Duty">${on ? commandButton(person, 'duty-on', '/duty on', 'secondary', 'You are on duty.') : commandButton(person, 'duty-on', '/duty on', 'primary')}${on ? commandButton(person, 'duty-off', '/duty off', 'primary') : commandButton(person, 'duty-off', '/duty off', 'secondary', 'You are off duty.')}${commandButton(person, 'duty-status', '/duty status')}</div></div>`;
}

/** What /forget-me ends, said before it is done: it needs a second, deliberate click. */
const FORGET_ME_ENDS =
  'This deletes what Peerline holds about you, at once and for good: a request still waiting is cancelled, and a session that is open ends — for your listener too. Your past requests stay only as anonymous counts.';

function commands(pane: PaneId, person: DemoPerson, settings: CommunitySettings, state: PaneState, time: (at: Date) => string): SafeHtml {
  const id = `${pane}`;
  if (person.role === 'member') {
    return html`<details class="command" open><summary>/listen — ask for a listener</summary>
${renderForm(listenForm(settings), { action: '/playground/command', domId: `${id}-listen`, hidden: { as: person.ref, command: 'listen' }, locale: settings.language })}</details>
<details class="command"><summary>/resources — crisis lines</summary>
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}${hidden('command', 'resources')}
<div class="control"><label for="${id}-country">Country (two letters, e.g. GB, US, IE; empty = the community's)</label>
<input id="${id}-country" name="country" maxlength="2" size="3" autocomplete="off"></div>
<button type="submit" class="btn btn-secondary">Show resources</button></form></details>
<details class="command danger-zone"><summary>/forget-me — delete my data…</summary>
<p class="hint" id="${id}-forget-ends">${FORGET_ME_ENDS}</p>
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}${hidden('command', 'forget-me')}${hidden('confirm', 'yes')}<button type="submit" class="btn btn-danger" aria-describedby="${id}-forget-ends">Yes, delete my data now</button></form></details>`;
  }
  if (person.role === 'volunteer') {
    return html`${dutyControls(pane, person, state.dutySince.get(person.ref), time)}
<details class="command"><summary>/rota — planned shifts</summary><div class="row">${commandButton(person, 'rota', '/rota')}</div>
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}
<div class="control"><label for="${id}-slot">Slot number</label><input id="${id}-slot" name="slot" type="number" min="1" inputmode="numeric" size="4" autocomplete="off"></div>
<div class="control"><label for="${id}-date">Date (YYYY-MM-DD)</label><input id="${id}-date" name="date" type="date" autocomplete="off"></div>
<div class="row"><button type="submit" name="command" value="rota-signup" class="btn btn-primary">Sign up</button><button type="submit" name="command" value="rota-withdraw" class="btn btn-secondary">Withdraw</button></div></form></details>`;
  }
  // The coordinator's screen is the dashboard; the chat commands stay for comparison.
  return html`<p class="hint">Coordinators see the queue, who is on duty, the volunteers and the statistics on the dashboard.</p>
<div class="row">${commandButton(person, 'dashboard', 'Open the dashboard (/dashboard sign-in link)', 'primary')}</div>
<details class="command"><summary>Chat commands: /stats, /volunteers</summary><div class="row">
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}${hidden('command', 'stats')}
<label for="${id}-days">Days</label><select id="${id}-days" name="days"><option value="7">7</option><option value="30" selected>30</option><option value="90">90</option></select>
<button type="submit" class="btn btn-secondary">/stats</button></form>
${commandButton(person, 'volunteers', '/volunteers')}</div></details>`;
}

function messageBox(store: WebWorkspace, pane: PaneId, person: DemoPerson): SafeHtml {
  const id = `${pane}-msg`;
  const hint =
    person.role === 'member'
      ? 'To Peerline: in an anonymous session, Peerline passes it to your listener. Try crisis language to see what happens.'
      : 'Messages are shown here and passed through Peerline, which scans them for crisis language; it keeps no copy.';
  return html`<form class="msg" method="post" action="/playground/message">${hidden('as', person.ref)}
<div class="control"><label for="${id}-to">Write to</label><select id="${id}-to" name="to" data-places>${placesFor(store, person).map((p, i, all) => html`<option value="${p.value}"${i === all.length - 1 ? html` selected` : ''}>${p.label}</option>`)}</select></div>
<div class="control"><label for="${id}-text">Message as ${person.name}</label><textarea id="${id}-text" name="text" rows="2" maxlength="2000" required aria-describedby="${id}-hint"></textarea>
<p class="hint" id="${id}-hint">${hint}</p></div>
<button type="submit" class="btn btn-primary">Send</button></form>`;
}

function actingAsSelect(pane: PaneId, people: readonly DemoPerson[]): SafeHtml {
  return html`<div class="control acting"><label for="${pane}-as">Press buttons here as</label><select id="${pane}-as" data-acting-as>${people.map((p) => html`<option value="${p.ref}">${p.name} (${p.role})</option>`)}</select></div>`;
}

export function renderPane(deps: PaneDeps, pane: PaneId, settings: CommunitySettings, state: PaneState = NO_STATE): SafeHtml {
  const feed = html`<div class="feed" id="feed-${pane}" data-pane="${pane}" tabindex="0" role="region" aria-label="Messages: ${PANE_NAMES[pane]}">${renderFeed(deps, pane, state)}</div>`;
  if (pane === 'channel') {
    return html`<section class="pane" id="pane-channel" aria-labelledby="h-channel"><header><h2 id="h-channel">#volunteers</h2>
<p class="about">The private volunteer channel: offer cards (never the member's name) and coordinator alerts.</p>
${actingAsSelect(pane, [DEMO_PEOPLE.alex, DEMO_PEOPLE.jordan, DEMO_PEOPLE.sam])}</header>${feed}</section>`;
  }
  if (pane === 'spaces') {
    return html`<section class="pane" id="pane-spaces" aria-labelledby="h-spaces"><header><h2 id="h-spaces">Session spaces</h2>
<p class="about">Every private space, as the platform holds it. Each person also sees their own sessions in their pane, and writes from there.</p>
${actingAsSelect(pane, demoPeople)}</header>${feed}</section>`;
  }
  const person = PERSON_PANES[pane];
  return html`<section class="pane role-${person.role}" id="pane-${pane}" aria-labelledby="h-${pane}"><header><h2 id="h-${pane}">${person.name}</h2>
<p class="about">${person.about}. You are acting as ${person.name}.</p></header>
<div class="commands">${commands(pane, person, settings, state, deps.time)}</div>${feed}${messageBox(deps.store, pane, person)}</section>`;
}
