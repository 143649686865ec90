/**
 * The playground's panes: a member, the volunteer channel, two volunteers, the session spaces and the
 * coordinator. Each pane is an inbox the web platform fills; this file renders a pane's feed and the
 * commands that person can run, as Discord's or Slack's client would show them.
 */
import { type CommunitySettings, listenForm } from '../../../core/index.js';
import type { Localiser } from '../../../i18n/index.js';
import { DEMO_CHANNEL, DEMO_COMMUNITY, DEMO_PEOPLE, demoPerson, demoPeople, type DemoPerson } from '../demo.js';
import { html, type SafeHtml } from '../html.js';
import { renderEntry, renderForm, type RenderContext } from '../render.js';
import type { Entry, Space, WebWorkspace } from '../store.js';

export type PaneId = 'member' | 'channel' | 'spaces' | 'alex' | 'jordan' | 'sam';
export const PANES: readonly PaneId[] = ['member', 'channel', 'spaces', 'alex', 'jordan', 'sam'];

/** Each pane's name, for the phone's tabs and the feeds' labels: a person's name, the channel's, or the spaces'. */
export function paneName(l: Localiser, pane: PaneId): string {
  if (pane === 'spaces') return l.format('play.pane.spaces');
  if (pane === 'channel') return '#volunteers';
  return PERSON_PANES[pane].name;
}

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
  /** The words of the playground's language (the demo community's default). */
  readonly l: Localiser;
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
    .flatMap((s) => deps.store.entries(s.ref).map((entry) => ({ entry, where: deps.l.format('play.where.space', { title: s.title, closed: s.closed ? 'yes' : 'no' }) })));
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
  return { nameOf, actingAs, time: deps.time, stale: state.stale, l: deps.l };
}

function emptyFeed(text: string): SafeHtml {
  return html`<p class="empty">${text}</p>`;
}

/** Where a person's message box can write: the bot, then the open spaces they are in (the newest is preselected). */
export function placesFor(l: Localiser, store: WebWorkspace, person: DemoPerson): { value: string; label: string }[] {
  return [
    { value: 'bot', label: l.format('play.place.bot') },
    ...store
      .spaces(DEMO_COMMUNITY)
      .filter((s) => !s.closed && s.participants.includes(person.ref))
      .map((s) => ({ value: s.ref, label: l.format('play.place.space', { title: s.title }) })),
  ];
}

function spaceSection(deps: PaneDeps, space: Space, state: PaneState): SafeHtml {
  const { l } = deps;
  const entries = deps.store.entries(space.ref);
  const who = new Intl.ListFormat(l.tag, { type: 'conjunction' }).format(space.participants.map(nameOf));
  const relay = space.participants.length === 1 ? l.format('play.space.relay') : '';
  const first = space.participants[0] ?? DEMO_PEOPLE.alex.ref;
  return html`<section class="space${space.closed ? ' closed' : ''}" aria-label="${space.title}" data-space="${space.ref}">
<h3>${space.title} <span class="state">${l.format(space.closed ? 'play.space.closed' : 'play.space.open')}</span></h3>
<p class="participants">${l.format('play.space.in', { who })}${relay}</p>
${entries.map((e) => renderEntry(e, ctxFor(deps, first, state), null))}
${space.closed ? html`<p class="why">${l.format('play.space.ended')}</p>` : html`<form class="cmd" method="post" action="/playground/command"><input type="hidden" name="as" value="${first}"><input type="hidden" name="command" value="end"><input type="hidden" name="space" value="${space.ref}"><button type="submit" class="btn btn-secondary">${l.format('play.space.end')}</button></form>`}
</section>`;
}

/** The part of a pane that changes: its feed. */
export function renderFeed(deps: PaneDeps, pane: PaneId, state: PaneState = NO_STATE): SafeHtml {
  if (pane === 'channel') {
    const entries = deps.store.entries(DEMO_CHANNEL);
    return entries.length === 0
      ? emptyFeed(deps.l.format('play.empty.channel'))
      : html`${entries.map((e) => renderEntry(e, ctxFor(deps, DEMO_PEOPLE.alex.ref, state), null))}`;
  }
  if (pane === 'spaces') {
    const spaces = deps.store.spaces(DEMO_COMMUNITY);
    return spaces.length === 0 ? emptyFeed(deps.l.format('play.empty.spaces')) : html`${spaces.map((s) => spaceSection(deps, s, state))}`;
  }
  const person = PERSON_PANES[pane];
  const entries = personEntries(deps, person);
  return entries.length === 0
    ? emptyFeed(deps.l.format('play.empty.messages'))
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

/** The slash commands the buttons stand for, as typed in the chat (the same in every language). */
// i18n-exempt: slash-command names, as typed in the chat
const DUTY = { on: '/duty on', off: '/duty off', status: '/duty status' } as const;

/** A volunteer's duty, at a glance: the state in words, and only the buttons that change it enabled. */
export function dutyControls(l: Localiser, pane: PaneId, person: DemoPerson, since: Date | null | undefined, time: (at: Date) => string): SafeHtml {
  const on = since !== null && since !== undefined;
  return html`<div class="duty" id="controls-${pane}" data-sig="${dutySig(since)}"><p class="duty-state ${on ? 'on' : 'off'}" data-duty="${on ? 'on' : 'off'}">${on ? html`<span aria-hidden="true">●</span> ${l.format('play.duty.since', { time: time(since) })}` : html`<span aria-hidden="true">○</span> ${l.format('play.duty.off')}`}</p>
<div class="row" role="group" aria-label="${l.format('play.duty')}">${on ? commandButton(person, 'duty-on', DUTY.on, 'secondary', l.format('play.duty.onWhy')) : commandButton(person, 'duty-on', DUTY.on, 'primary')}${on ? commandButton(person, 'duty-off', DUTY.off, 'primary') : commandButton(person, 'duty-off', DUTY.off, 'secondary', l.format('play.duty.offWhy'))}${commandButton(person, 'duty-status', DUTY.status)}</div></div>`;
}

function commands(l: Localiser, pane: PaneId, person: DemoPerson, settings: CommunitySettings, state: PaneState, time: (at: Date) => string): SafeHtml {
  const id = `${pane}`;
  if (person.role === 'member') {
    return html`<details class="command" open><summary>${l.format('play.cmd.listen')}</summary>
${renderForm(listenForm(settings), { action: '/playground/command', domId: `${id}-listen`, hidden: { as: person.ref, command: 'listen' }, locale: l })}</details>
<details class="command"><summary>${l.format('play.cmd.resources')}</summary>
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}${hidden('command', 'resources')}
<div class="control"><label for="${id}-country">${l.format('play.country')}</label>
<input id="${id}-country" name="country" maxlength="2" size="3" autocomplete="off"></div>
<button type="submit" class="btn btn-secondary">${l.format('play.showResources')}</button></form></details>
<details class="command danger-zone"><summary>${l.format('play.cmd.forgetMe')}</summary>
<p class="hint" id="${id}-forget-ends">${l.format('play.forgetMe.ends')}</p>
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}${hidden('command', 'forget-me')}${hidden('confirm', 'yes')}<button type="submit" class="btn btn-danger" aria-describedby="${id}-forget-ends">${l.format('play.forgetMe.yes')}</button></form></details>`;
  }
  if (person.role === 'volunteer') {
    return html`${dutyControls(l, pane, person, state.dutySince.get(person.ref), time)}
<details class="command"><summary>${l.format('play.cmd.rota')}</summary><div class="row">${commandButton(person, 'rota', '/rota')}</div>
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}
<div class="control"><label for="${id}-slot">${l.format('play.rota.slot')}</label><input id="${id}-slot" name="slot" type="number" min="1" inputmode="numeric" size="4" autocomplete="off"></div>
<div class="control"><label for="${id}-date">${l.format('play.rota.date')}</label><input id="${id}-date" name="date" type="date" autocomplete="off"></div>
<div class="row"><button type="submit" name="command" value="rota-signup" class="btn btn-primary">${l.format('play.rota.signUp')}</button><button type="submit" name="command" value="rota-withdraw" class="btn btn-secondary">${l.format('play.rota.withdraw')}</button></div></form></details>`;
  }
  // The coordinator's screen is the dashboard; the chat commands stay for comparison.
  return html`<p class="hint">${l.format('play.coord.hint')}</p>
<div class="row">${commandButton(person, 'dashboard', l.format('play.coord.dashboard'), 'primary')}</div>
<details class="command"><summary>${l.format('play.coord.chat')}</summary><div class="row">
<form class="cmd" method="post" action="/playground/command">${hidden('as', person.ref)}${hidden('command', 'stats')}
<label for="${id}-days">${l.format('play.coord.days')}</label><select id="${id}-days" name="days"><option value="7">7</option><option value="30" selected>30</option><option value="90">90</option></select>
<button type="submit" class="btn btn-secondary">/stats</button></form>
${commandButton(person, 'volunteers', '/volunteers')}</div></details>`;
}

function messageBox(l: Localiser, store: WebWorkspace, pane: PaneId, person: DemoPerson): SafeHtml {
  const id = `${pane}-msg`;
  const hint = l.format(person.role === 'member' ? 'play.msg.hint.member' : 'play.msg.hint.staff');
  return html`<form class="msg" method="post" action="/playground/message">${hidden('as', person.ref)}
<div class="control"><label for="${id}-to">${l.format('play.msg.to')}</label><select id="${id}-to" name="to" data-places>${placesFor(l, store, person).map((p, i, all) => html`<option value="${p.value}"${i === all.length - 1 ? html` selected` : ''}>${p.label}</option>`)}</select></div>
<div class="control"><label for="${id}-text">${l.format('play.msg.as', { name: person.name })}</label><textarea id="${id}-text" name="text" rows="2" maxlength="2000" aria-describedby="${id}-hint" required></textarea>
<p class="hint" id="${id}-hint">${hint}</p></div>
<button type="submit" class="btn btn-primary">${l.format('play.msg.send')}</button></form>`;
}

function actingAsSelect(l: Localiser, pane: PaneId, people: readonly DemoPerson[]): SafeHtml {
  return html`<div class="control acting"><label for="${pane}-as">${l.format('play.actingAs')}</label><select id="${pane}-as" data-acting-as>${people.map((p) => html`<option value="${p.ref}">${l.format('play.person', { name: p.name, role: p.role })}</option>`)}</select></div>`;
}

export function renderPane(deps: PaneDeps, pane: PaneId, settings: CommunitySettings, state: PaneState = NO_STATE): SafeHtml {
  const { l } = deps;
  const feed = html`<div class="feed" id="feed-${pane}" data-pane="${pane}" tabindex="0" role="region" aria-label="${l.format('play.feed', { pane: paneName(l, pane) })}">${renderFeed(deps, pane, state)}</div>`;
  if (pane === 'channel') {
    return html`<section class="pane" id="pane-channel" aria-labelledby="h-channel"><header><h2 id="h-channel">#volunteers</h2>
<p class="about">${l.format('play.channel.about')}</p>
${actingAsSelect(l, pane, [DEMO_PEOPLE.alex, DEMO_PEOPLE.jordan, DEMO_PEOPLE.sam])}</header>${feed}</section>`;
  }
  if (pane === 'spaces') {
    return html`<section class="pane" id="pane-spaces" aria-labelledby="h-spaces"><header><h2 id="h-spaces">${l.format('play.pane.spaces')}</h2>
<p class="about">${l.format('play.spaces.about')}</p>
${actingAsSelect(l, pane, demoPeople)}</header>${feed}</section>`;
  }
  const person = PERSON_PANES[pane];
  return html`<section class="pane role-${person.role}" id="pane-${pane}" aria-labelledby="h-${pane}"><header><h2 id="h-${pane}">${person.name}</h2>
<p class="about">${l.format('play.person.about', { about: l.format(person.about), name: person.name })}</p></header>
<div class="commands">${commands(l, pane, person, settings, state, deps.time)}</div>${feed}${messageBox(l, deps.store, pane, person)}</section>`;
}
