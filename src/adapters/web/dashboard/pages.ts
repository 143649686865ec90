/**
 * The coordinator dashboard's pages: the queue now and who is on duty, the volunteers and their
 * training, and the statistics with charts. Members appear only as counts, topics and waiting times;
 * volunteers by display name.
 */
import { type CommunityRecord, durationText, formatWait, OUTCOMES, type RequestOutcome, type Stats, STATS_WINDOWS } from '../../../core/index.js';
import type { QueuedRequest, StaffMember } from '../../../db/queries/dashboard.js';
import type { Locale, Localiser, MessageId } from '../../../i18n/index.js';
import { html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import { languageSwitch, type PageWords, withMarkup, wordsFor } from '../locale.js';
import { barChart, coverageHeatmap } from './charts.js';
import { WAIT_BUCKETS, type CoverageCell, type DayOutcome, type WeekCrisis } from './figures.js';

export type DashboardTab = 'now' | 'volunteers' | 'rota' | 'stats' | 'settings';

export interface PageFrame {
  readonly community: CommunityRecord;
  readonly now: Date;
  readonly sessionEnds: Date;
  readonly time: (at: Date) => string;
  /** The page's language (see `pageLocale` in ../locale.ts) and its words. */
  readonly locale: Locale;
  readonly l: Localiser;
}

const TABS: readonly { id: DashboardTab; href: string; label: MessageId }[] = [
  { id: 'now', href: '/dashboard', label: 'dash.tab.now' },
  { id: 'volunteers', href: '/dashboard/volunteers', label: 'dash.tab.volunteers' },
  { id: 'rota', href: '/dashboard/rota', label: 'dash.tab.rota' },
  { id: 'stats', href: '/dashboard/stats', label: 'dash.tab.stats' },
  { id: 'settings', href: '/dashboard/settings', label: 'dash.tab.settings' },
];

/** A dashboard page around `body`: the header, the tabs and the time the figures are from; `title` is in `f.locale` already. */
export function frame(f: PageFrame, tab: DashboardTab, title: string, body: SafeHtml, live = false): SafeHtml {
  const { l } = f;
  const href = TABS.find((t) => t.id === tab)?.href ?? '/dashboard';
  return layout(
    l.format('dash.frame.title', { page: title, community: f.community.name }),
    html`<a class="skip" href="#main">${l.format('web.skip')}</a>
<header class="top dash"><div><p class="eyebrow">${l.format('dash.frame.eyebrow')}</p><h1>${f.community.name}</h1>
<p class="hint">${l.format('dash.frame.signedIn', { until: f.time(f.sessionEnds) })}</p></div>
<form method="post" action="/dashboard/sign-out"><button type="submit" class="btn btn-secondary">${l.format('dash.signOut')}</button></form>${languageSwitch(f, href)}</header>
<nav aria-label="${l.format('dash.frame.nav')}"><ul class="tabs">${TABS.map((t) => html`<li><a href="${t.href}"${t.id === tab ? html` aria-current="page"` : ''}>${l.format(t.label)}</a></li>`)}</ul></nav>
<main id="main" class="dash-main"><h2>${title}</h2><p class="asof">${l.format('dash.frame.asOfBefore')}<span id="as-of">${f.time(f.now)}</span>${l.format('dash.frame.asOfAfter', { zone: f.community.settings.timeZone })}<a href="${href}">${l.format('dash.frame.refresh')}</a></p>${body}</main>`,
    { script: live ? '/assets/dashboard.js' : false, lang: f.locale },
  );
}

const URGENCY_TEXT = { crisis: 'dash.urgency.crisis', urgent: 'dash.urgency.urgent', routine: 'dash.urgency.routine' } as const satisfies Record<string, MessageId>;

/** A duration in words ("under a minute", "6 min", "2 h 5 min", "1 d 3 h"), in the page's language: core's `durationText`. */
export function duration(l: Localiser, ms: number): string {
  return l.text(durationText(ms));
}

/** A wait percentile in words: "6 min", "over 2 h", "too few answered yet", or "no data" (core's `formatWait`, as the chat's stats say it). */
export function waitText(l: Localiser, p: Stats['waitP50']): string {
  return l.text(formatWait(p));
}

/** What became of requests, as the glossary names and defines it. */
const OUTCOME_TEXT: Readonly<Record<RequestOutcome, { readonly label: MessageId; readonly means: MessageId }>> = {
  accepted: { label: 'dash.outcome.accepted', means: 'dash.outcome.accepted.means' },
  cancelled: { label: 'dash.outcome.cancelled', means: 'dash.outcome.cancelled.means' },
  'no-listener': { label: 'dash.outcome.noListener', means: 'dash.outcome.noListener.means' },
  waiting: { label: 'dash.outcome.waiting', means: 'dash.outcome.waiting.means' },
};

/** The messages the bot could not read, by language ("none", or "xx 3, yy 1"). */
function unscannedText(l: Localiser, counts: readonly { readonly lang: string; readonly n: number }[]): string {
  return counts.length === 0 ? l.format('dash.unscanned.none') : counts.map((c) => `${c.lang} ${c.n}`).join(', ');
}

const tags = (s: StaffMember) => (s.tags.length === 0 ? '—' : s.tags.join(', '));

/** A volunteer by the display name they set, else by their number ("Volunteer 2"), in the page's language. */
const nameOf = (l: Localiser, s: StaffMember) => s.displayName ?? l.format('dash.volunteerNumber', { n: s.number });

export function nowPage(f: PageFrame, queue: readonly QueuedRequest[], staff: readonly StaffMember[]): SafeHtml {
  return frame(
    f,
    'now',
    f.l.format('dash.tab.now'),
    html`<p class="live-note" id="live-note">${f.l.format('dash.now.live')}</p><div id="live-now">${nowLive(f, queue, staff)}</div>`,
    true,
  );
}

/** The part of the "now" page the server sends again, over server-sent events, when it changes. */
export function nowLive(f: PageFrame, queue: readonly QueuedRequest[], staff: readonly StaffMember[]): SafeHtml {
  const { l } = f;
  const onDuty = staff.filter((s) => s.dutySince !== null);
  const longest = queue.reduce((max, q) => Math.max(max, f.now.getTime() - q.createdAt.getTime()), 0);
  const freeSeats = onDuty.reduce((n, s) => n + Math.max(0, s.capacity - s.openSessions), 0);
  const alert =
    queue.length > 0 && onDuty.length === 0
      ? html`<p class="callout callout-crisis" role="note"><strong>${l.format('dash.now.nobodyOnDuty')}</strong>${l.format('dash.now.nobodyOnDuty.waiting', { n: queue.length })}</p>`
      : queue.length > freeSeats
        ? html`<p class="callout callout-warning" role="note"><strong>${l.format('dash.now.demand')}</strong>${l.format('dash.now.demand.detail', { n: queue.length, free: freeSeats })}</p>`
        : '';
  const col = { urgency: l.format('dash.col.urgency'), topic: l.format('dash.col.topic'), waiting: l.format('dash.col.waiting'), anonymous: l.format('dash.col.anonymous') };
  const dutyFor = l.format('dash.col.onDutyFor');
  const sessions = l.format('dash.col.sessionsOpen');
  const experience = l.format('dash.col.experience');
  return html`${alert}<dl class="kpis"><div><dt>${l.format('dash.kpi.waiting')}</dt><dd data-kpi="waiting">${queue.length}</dd></div><div><dt>${l.format('dash.kpi.longest')}</dt><dd>${queue.length === 0 ? '—' : duration(l, longest)}</dd></div>
<div><dt>${l.format('dash.kpi.onDuty')}</dt><dd data-kpi="on-duty">${onDuty.length}</dd></div><div><dt>${l.format('dash.kpi.freePlaces')}</dt><dd>${freeSeats}</dd></div></dl>
<section aria-labelledby="q-h"><h3 id="q-h">${l.format('dash.now.queue')}</h3>${
      queue.length === 0
        ? html`<p class="empty">${l.format('dash.now.nobodyWaiting')}</p>`
        : html`<table class="queue stack"><caption class="visually-hidden">${l.format('dash.now.queueCaption')}</caption><thead><tr><th scope="col">#</th><th scope="col">${col.urgency}</th><th scope="col">${col.topic}</th><th scope="col">${col.waiting}</th><th scope="col">${col.anonymous}</th></tr></thead>
<tbody>${queue.map((q, i) => html`<tr class="urgency-${q.urgency}"><td data-label="#">${i + 1}</td><td data-label="${col.urgency}">${l.format(URGENCY_TEXT[q.urgency])}</td><td data-label="${col.topic}">${q.topic}</td><td data-label="${col.waiting}">${duration(l, f.now.getTime() - q.createdAt.getTime())}</td><td data-label="${col.anonymous}">${l.format(q.anonymous ? 'dash.yes' : 'dash.no')}</td></tr>`)}</tbody></table>`
    }</section>
<section aria-labelledby="d-h"><h3 id="d-h">${l.format('dash.kpi.onDuty')}</h3>${
      onDuty.length === 0
        ? html`<p class="empty">${l.format('dash.now.nobodyOnDutyShort')}</p>`
        : html`<table class="roster stack"><thead><tr><th scope="col">${l.format('dash.col.volunteer')}</th><th scope="col">${dutyFor}</th><th scope="col">${sessions}</th><th scope="col">${experience}</th></tr></thead>
<tbody>${onDuty.map((s) => html`<tr><th scope="row">${nameOf(l, s)}${s.role === 'coordinator' ? l.format('dash.now.coordinatorMark') : ''}</th><td data-label="${dutyFor}">${duration(l, f.now.getTime() - (s.dutySince?.getTime() ?? f.now.getTime()))}</td><td data-label="${sessions}">${l.format('dash.sessionsOf', { open: s.openSessions, capacity: s.capacity })}</td><td data-label="${experience}">${tags(s)}</td></tr>`)}</tbody></table>`
    }</section>`;
}

function trainingCell(l: Localiser, s: StaffMember, today: string): SafeHtml {
  const label = l.format('dash.col.trainingUntil');
  if (s.trainingValidUntil === null) return html`<td data-label="${label}">${l.format('dash.training.notSet')}</td>`;
  const days = Math.round((Date.parse(`${s.trainingValidUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return html`<td class="expired" data-label="${label}">${l.format('dash.training.expired', { date: s.trainingValidUntil })}</td>`;
  if (days <= 30) return html`<td class="expiring" data-label="${label}">${l.format('dash.training.expiring', { date: s.trainingValidUntil, days })}</td>`;
  return html`<td data-label="${label}">${s.trainingValidUntil}</td>`;
}

export function volunteersPage(f: PageFrame, staff: readonly StaffMember[], today: string): SafeHtml {
  const { l } = f;
  const role = l.format('dash.col.role');
  const duty = l.format('dash.col.duty');
  const sessions = l.format('dash.col.sessionsOpen');
  const experience = l.format('dash.col.experience');
  return frame(
    f,
    'volunteers',
    l.format('dash.tab.volunteers'),
    html`<p>${l.format('dash.volunteers.intro')}</p>
<table class="volunteers stack"><thead><tr><th scope="col">${l.format('dash.col.name')}</th><th scope="col">${role}</th><th scope="col">${l.format('dash.col.trainingValidUntil')}</th><th scope="col">${duty}</th><th scope="col">${sessions}</th><th scope="col">${experience}</th></tr></thead>
<tbody>${staff.map((s) => html`<tr><th scope="row">${nameOf(l, s)}</th><td data-label="${role}">${l.format('dash.role', { role: s.role })}</td>${trainingCell(l, s, today)}<td data-label="${duty}">${l.format(s.dutySince === null ? 'dash.duty.off' : 'dash.duty.on')}</td><td data-label="${sessions}">${l.format('dash.sessionsOf', { open: s.openSessions, capacity: s.capacity })}</td><td data-label="${experience}">${tags(s)}</td></tr>`)}</tbody></table>`,
  );
}

export interface StatsFigures {
  readonly days: number;
  readonly stats: Stats;
  readonly waits: readonly number[];
  readonly coverage: readonly CoverageCell[];
  readonly coverageWeeks: number;
  /** Listeners planned on the rota per hour of the week, next 7 days (168). */
  readonly planned: readonly number[];
  readonly outcomes: readonly DayOutcome[];
  readonly crisis: readonly WeekCrisis[];
}

export function statsPage(f: PageFrame, s: StatsFigures): SafeHtml {
  const { l } = f;
  const G = (o: RequestOutcome) => l.format(OUTCOME_TEXT[o].label);
  const short = (date: string) => date.slice(5).replace('-', '/');
  const buckets = WAIT_BUCKETS.map((b) => l.format(b.label));
  const requests = l.format('dash.chart.requests');
  return frame(
    f,
    'stats',
    l.format('dash.tab.stats'),
    html`<form class="row" method="get" action="/dashboard/stats"><label for="days">${l.format('dash.stats.period')}</label><select id="days" name="days">${STATS_WINDOWS.map((d) => html`<option value="${d}"${d === s.days ? html` selected` : ''}>${l.format('dash.stats.lastDays', { days: d })}</option>`)}</select><button type="submit" class="btn btn-secondary">${l.format('dash.stats.show')}</button></form>
<dl class="kpis"><div><dt>${l.format('dash.kpi.requests')}</dt><dd data-kpi="requests">${s.stats.requests}</dd></div><div><dt>${l.format('dash.outcome.accepted')}</dt><dd data-kpi="accepted">${s.stats.accepted}</dd></div>
<div><dt>${G('cancelled')}</dt><dd data-kpi="cancelled">${s.stats.cancelled}</dd></div><div><dt>${G('no-listener')}</dt><dd data-kpi="no-listener">${s.stats.noListener}</dd></div>
<div><dt>${l.format('dash.kpi.median')}</dt><dd data-kpi="wait-p50">${waitText(l, s.stats.waitP50)}</dd></div><div><dt>${l.format('dash.kpi.p90')}</dt><dd data-kpi="wait-p90">${waitText(l, s.stats.waitP90)}</dd></div><div><dt>${l.format('dash.kpi.crisis')}</dt><dd data-kpi="crisis">${s.stats.crisisEvents}</dd></div>
<div><dt>${l.format('dash.kpi.unscanned')}</dt><dd data-kpi="unscanned">${unscannedText(l, s.stats.unscanned)}</dd></div></dl>
<div class="charts">
${barChart(l, {
  id: 'chart-waits',
  title: l.format('dash.chart.waits.title', { days: s.days }),
  description: l.format('dash.chart.waits.description', { counts: buckets.map((b, i) => l.format('dash.chart.count', { label: b, n: s.waits[i] ?? 0 })).join('; ') }),
  categories: buckets,
  series: [{ name: l.format('dash.chart.waits.series'), cls: 's-accepted', values: s.waits }],
  yLabel: requests,
})}
${coverageHeatmap(l, { id: 'chart-coverage', cells: s.coverage, weeks: s.coverageWeeks, timeZone: f.community.settings.timeZone, planned: s.planned })}
${barChart(l, {
  id: 'chart-outcomes',
  title: l.format('dash.chart.outcomes.title', { days: s.outcomes.length }),
  description: l.format('dash.chart.outcomes.description'),
  categories: s.outcomes.map((o) => short(o.date)),
  series: [
    { name: G('accepted'), cls: 's-accepted', values: s.outcomes.map((o) => o.accepted) },
    { name: G('cancelled'), cls: 's-cancelled', values: s.outcomes.map((o) => o.cancelled) },
    { name: G('no-listener'), cls: 's-expired', values: s.outcomes.map((o) => o.expired) },
    { name: G('waiting'), cls: 's-waiting', values: s.outcomes.map((o) => o.waiting) },
  ],
  yLabel: requests,
})}
${barChart(l, {
  id: 'chart-crisis',
  title: l.format('dash.chart.crisis.title', { weeks: s.crisis.length }),
  description: l.format('dash.chart.crisis.description'),
  categories: s.crisis.map((w) => short(w.week)),
  series: [
    { name: l.format('dash.chart.crisis.elevated'), cls: 's-elevated', values: s.crisis.map((w) => w.elevated) },
    { name: l.format('dash.chart.crisis.high'), cls: 's-high', values: s.crisis.map((w) => w.high) },
    { name: l.format('dash.chart.crisis.imminent'), cls: 's-imminent', values: s.crisis.map((w) => w.imminent) },
  ],
  yLabel: l.format('dash.chart.events'),
})}
</div>
<section class="glossary" aria-labelledby="glossary-h"><h3 id="glossary-h">${l.format('dash.glossary')}</h3><p>${l.format('dash.glossary.intro')}</p>
<dl>${OUTCOMES.map((o) => html`<div><dt>${G(o)}</dt><dd>${l.format(OUTCOME_TEXT[o].means)}</dd></div>`)}<div><dt>${l.format('dash.glossary.waits')}</dt><dd>${l.format('dash.glossary.waitMethod')}</dd></div></dl></section>`,
  );
}

/** Sign-in and refusal pages share the plain layout; `title` is in `w.locale` already (English when not given). */
export function notice(title: string, body: SafeHtml, w: PageWords = wordsFor('en')): SafeHtml {
  return layout(w.l.format('web.notice.title', { page: title }), html`<main id="main" class="notice"><h1>${title}</h1>${body}</main>`, { script: false, lang: w.locale });
}

/** The page a sign-in link opens: a button that posts the token to `action` (a GET never uses it: link scanners fetch with GET). */
export function signInPage(title: string, action: string, token: string, hours: number, w: PageWords = wordsFor('en')): SafeHtml {
  return notice(
    title,
    html`<p>${w.l.format('dash.signIn.once', { hours })}</p>
<form method="post" action="${action}"><input type="hidden" name="token" value="${token}"><button type="submit" class="btn btn-primary">${w.l.format('dash.signIn')}</button></form>`,
    w,
  );
}

/** The chat commands the pages name, as typed (the same in every language). */
export const COMMAND = {
  // i18n-exempt: slash commands as typed in the chat
  discordLink: '/peer-admin dashboard',
  // i18n-exempt: slash commands as typed in the chat
  slackLink: '/peer dashboard',
  // i18n-exempt: slash commands as typed in the chat
  slackWatch: '/peer watch',
  // i18n-exempt: slash commands as typed in the chat
  discordWatch: '/peer-admin settings watch',
  // i18n-exempt: slash commands as typed in the chat
  slackSetup: '/peer setup',
  // i18n-exempt: slash commands as typed in the chat
  discordSetup: '/peer-admin setup',
} as const;

/** How to get a new sign-in link, in words with the commands as code. */
export function askAgain(w: PageWords): SafeHtml {
  const code = (command: string) => html`<code>${command}</code>`;
  return html`<p>${withMarkup(w.l, 'dash.askAgain', { discord: code(COMMAND.discordLink), slack: code(COMMAND.slackLink), button: html`<em>/dashboard</em>` })}</p>`;
}
