/**
 * The coordinator dashboard's pages: the queue now and who is on duty, the volunteers and their
 * training, and the statistics with charts. Members appear only as counts, topics and waiting times;
 * volunteers by display name.
 */
import { type CommunityRecord, formatDuration, formatUnscanned, formatWait, OUTCOME_GLOSSARY, OUTCOMES, type Stats, STATS_WINDOWS, WAIT_METHOD } from '../../../core/index.js';
import type { QueuedRequest, StaffMember } from '../../../db/queries/dashboard.js';
import { html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import { barChart, coverageHeatmap } from './charts.js';
import { WAIT_BUCKETS, type CoverageCell, type DayOutcome, type WeekCrisis } from './figures.js';

export type DashboardTab = 'now' | 'volunteers' | 'rota' | 'stats' | 'settings';

export interface PageFrame {
  readonly community: CommunityRecord;
  readonly now: Date;
  readonly sessionEnds: Date;
  readonly time: (at: Date) => string;
}

const TABS: readonly { id: DashboardTab; href: string; label: string }[] = [
  { id: 'now', href: '/dashboard', label: 'Queue and duty now' },
  { id: 'volunteers', href: '/dashboard/volunteers', label: 'Volunteers' },
  { id: 'rota', href: '/dashboard/rota', label: 'Rota' },
  { id: 'stats', href: '/dashboard/stats', label: 'Statistics' },
  { id: 'settings', href: '/dashboard/settings', label: 'Settings' },
];

export function frame(f: PageFrame, tab: DashboardTab, title: string, body: SafeHtml, live = false): SafeHtml {
  return layout(
    `${title} · ${f.community.name} · Peerline dashboard`,
    html`<a class="skip" href="#main">Skip to content</a>
<header class="top dash"><div><p class="eyebrow">Peerline coordinator dashboard</p><h1>${f.community.name}</h1>
<p class="hint">Signed in as a coordinator until ${f.time(f.sessionEnds)}. No member names or messages are shown here.</p></div>
<form method="post" action="/dashboard/sign-out"><button type="submit" class="btn btn-secondary">Sign out</button></form></header>
<nav aria-label="Dashboard"><ul class="tabs">${TABS.map((t) => html`<li><a href="${t.href}"${t.id === tab ? html` aria-current="page"` : ''}>${t.label}</a></li>`)}</ul></nav>
<main id="main" class="dash-main"><h2>${title}</h2><p class="asof">As of <span id="as-of">${f.time(f.now)}</span> (${f.community.settings.timeZone}). <a href="${TABS.find((t) => t.id === tab)?.href ?? '/dashboard'}">Refresh</a></p>${body}</main>`,
    live ? { script: '/assets/dashboard.js' } : { script: false },
  );
}

const URGENCY_TEXT = { crisis: '⚠ crisis', urgent: '! urgent', routine: 'routine' } as const;

export function nowPage(f: PageFrame, queue: readonly QueuedRequest[], staff: readonly StaffMember[]): SafeHtml {
  return frame(
    f,
    'now',
    'Queue and duty now',
    html`<p class="live-note" id="live-note">This page updates by itself while it is open.</p><div id="live-now">${nowLive(f, queue, staff)}</div>`,
    true,
  );
}

/** The part of the "now" page the server sends again, over server-sent events, when it changes. */
export function nowLive(f: PageFrame, queue: readonly QueuedRequest[], staff: readonly StaffMember[]): SafeHtml {
  const onDuty = staff.filter((s) => s.dutySince !== null);
  const longest = queue.reduce((max, q) => Math.max(max, f.now.getTime() - q.createdAt.getTime()), 0);
  const freeSeats = onDuty.reduce((n, s) => n + Math.max(0, s.capacity - s.openSessions), 0);
  const alert =
    queue.length > 0 && onDuty.length === 0
      ? html`<p class="callout callout-crisis" role="note"><strong>⚠ Nobody is on duty</strong> and ${queue.length} ${queue.length === 1 ? 'person is' : 'people are'} waiting.</p>`
      : queue.length > freeSeats
        ? html`<p class="callout callout-warning" role="note"><strong>! Demand outruns coverage:</strong> ${queue.length} waiting, ${freeSeats} free session place${freeSeats === 1 ? '' : 's'} among those on duty.</p>`
        : '';
  return html`${alert}<dl class="kpis"><div><dt>Waiting</dt><dd data-kpi="waiting">${queue.length}</dd></div><div><dt>Longest wait</dt><dd>${queue.length === 0 ? '—' : formatDuration(longest)}</dd></div>
<div><dt>On duty</dt><dd data-kpi="on-duty">${onDuty.length}</dd></div><div><dt>Free session places</dt><dd>${freeSeats}</dd></div></dl>
<section aria-labelledby="q-h"><h3 id="q-h">Queue</h3>${
      queue.length === 0
        ? html`<p class="empty">Nobody is waiting.</p>`
        : html`<table class="queue stack"><caption class="visually-hidden">Requests waiting, in the order volunteers see them</caption><thead><tr><th scope="col">#</th><th scope="col">Urgency</th><th scope="col">Topic</th><th scope="col">Waiting</th><th scope="col">Anonymous</th></tr></thead>
<tbody>${queue.map((q, i) => html`<tr class="urgency-${q.urgency}"><td data-label="#">${i + 1}</td><td data-label="Urgency">${URGENCY_TEXT[q.urgency]}</td><td data-label="Topic">${q.topic}</td><td data-label="Waiting">${formatDuration(f.now.getTime() - q.createdAt.getTime())}</td><td data-label="Anonymous">${q.anonymous ? 'yes' : 'no'}</td></tr>`)}</tbody></table>`
    }</section>
<section aria-labelledby="d-h"><h3 id="d-h">On duty</h3>${
      onDuty.length === 0
        ? html`<p class="empty">Nobody is on duty.</p>`
        : html`<table class="roster stack"><thead><tr><th scope="col">Volunteer</th><th scope="col">On duty for</th><th scope="col">Sessions open</th><th scope="col">Experience</th></tr></thead>
<tbody>${onDuty.map((s) => html`<tr><th scope="row">${s.name}${s.role === 'coordinator' ? ' (coordinator)' : ''}</th><td data-label="On duty for">${formatDuration(f.now.getTime() - (s.dutySince?.getTime() ?? f.now.getTime()))}</td><td data-label="Sessions open">${s.openSessions} of ${s.capacity}</td><td data-label="Experience">${s.tags.length === 0 ? '—' : s.tags.join(', ')}</td></tr>`)}</tbody></table>`
    }</section>`;
}

function trainingCell(s: StaffMember, today: string): SafeHtml {
  if (s.trainingValidUntil === null) return html`<td data-label="Training until">not set</td>`;
  const days = Math.round((Date.parse(`${s.trainingValidUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return html`<td class="expired" data-label="Training until">⚠ expired ${s.trainingValidUntil}</td>`;
  if (days <= 30) return html`<td class="expiring" data-label="Training until">! ${s.trainingValidUntil} (${days === 0 ? 'last day today' : `${days} day${days === 1 ? '' : 's'} left`})</td>`;
  return html`<td data-label="Training until">${s.trainingValidUntil}</td>`;
}

export function volunteersPage(f: PageFrame, staff: readonly StaffMember[], today: string): SafeHtml {
  return frame(
    f,
    'volunteers',
    'Volunteers',
    html`<p>Training expiring within 30 days is marked with “!”, expired training with “⚠”. Volunteers with expired training cannot go on duty.</p>
<table class="volunteers stack"><thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Training valid until</th><th scope="col">Duty</th><th scope="col">Sessions open</th><th scope="col">Experience</th></tr></thead>
<tbody>${staff.map((s) => html`<tr><th scope="row">${s.name}</th><td data-label="Role">${s.role}</td>${trainingCell(s, today)}<td data-label="Duty">${s.dutySince === null ? 'off' : 'on'}</td><td data-label="Sessions open">${s.openSessions} of ${s.capacity}</td><td data-label="Experience">${s.tags.length === 0 ? '—' : s.tags.join(', ')}</td></tr>`)}</tbody></table>`,
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
  const G = OUTCOME_GLOSSARY;
  const short = (date: string) => date.slice(5).replace('-', '/');
  return frame(
    f,
    'stats',
    'Statistics',
    html`<form class="row" method="get" action="/dashboard/stats"><label for="days">Period</label><select id="days" name="days">${STATS_WINDOWS.map((d) => html`<option value="${d}"${d === s.days ? html` selected` : ''}>last ${d} days</option>`)}</select><button type="submit" class="btn btn-secondary">Show</button></form>
<dl class="kpis"><div><dt>Requests</dt><dd data-kpi="requests">${s.stats.requests}</dd></div><div><dt>Accepted</dt><dd data-kpi="accepted">${s.stats.accepted}</dd></div>
<div><dt>${G.cancelled.label}</dt><dd data-kpi="cancelled">${s.stats.cancelled}</dd></div><div><dt>${G['no-listener'].label}</dt><dd data-kpi="no-listener">${s.stats.noListener}</dd></div>
<div><dt>Median wait</dt><dd data-kpi="wait-p50">${formatWait(s.stats.waitP50)}</dd></div><div><dt>90th percentile wait</dt><dd data-kpi="wait-p90">${formatWait(s.stats.waitP90)}</dd></div><div><dt>Crisis events</dt><dd data-kpi="crisis">${s.stats.crisisEvents}</dd></div>
<div><dt>Messages the bot could not read</dt><dd data-kpi="unscanned">${formatUnscanned(s.stats.unscanned)}</dd></div></dl>
<div class="charts">
${barChart({
  id: 'chart-waits',
  title: `How long people waited for a listener (last ${s.days} days)`,
  description: `Accepted requests by waiting time: ${WAIT_BUCKETS.map((b, i) => `${b.label}: ${s.waits[i] ?? 0}`).join('; ')}.`,
  categories: WAIT_BUCKETS.map((b) => b.label),
  series: [{ name: 'Accepted requests', cls: 's-accepted', values: s.waits }],
  yLabel: 'requests',
})}
${coverageHeatmap({ id: 'chart-coverage', cells: s.coverage, weeks: s.coverageWeeks, timeZone: f.community.settings.timeZone, planned: s.planned })}
${barChart({
  id: 'chart-outcomes',
  title: `What became of requests, by the day they were made (last ${s.outcomes.length} days)`,
  description: `For each day: ${OUTCOMES.map((o) => G[o].label.toLowerCase()).join(', ')} (see the glossary).`,
  categories: s.outcomes.map((o) => short(o.date)),
  series: [
    { name: G.accepted.label, cls: 's-accepted', values: s.outcomes.map((o) => o.accepted) },
    { name: G.cancelled.label, cls: 's-cancelled', values: s.outcomes.map((o) => o.cancelled) },
    { name: G['no-listener'].label, cls: 's-expired', values: s.outcomes.map((o) => o.expired) },
    { name: G.waiting.label, cls: 's-waiting', values: s.outcomes.map((o) => o.waiting) },
  ],
  yLabel: 'requests',
})}
${barChart({
  id: 'chart-crisis',
  title: `Crisis events per week (last ${s.crisis.length} weeks, counts only)`,
  description: 'How often crisis language was met each week, by tier. Only counts are kept: never who or what was written.',
  categories: s.crisis.map((w) => short(w.week)),
  series: [
    { name: 'Elevated', cls: 's-elevated', values: s.crisis.map((w) => w.elevated) },
    { name: 'High', cls: 's-high', values: s.crisis.map((w) => w.high) },
    { name: 'Imminent', cls: 's-imminent', values: s.crisis.map((w) => w.imminent) },
  ],
  yLabel: 'events',
})}
</div>
<section class="glossary" aria-labelledby="glossary-h"><h3 id="glossary-h">Glossary</h3><p>The tiles and the charts use these words the same way.</p>
<dl>${OUTCOMES.map((o) => html`<div><dt>${G[o].label}</dt><dd>${G[o].means}</dd></div>`)}<div><dt>Median and 90th percentile wait</dt><dd>${WAIT_METHOD}</dd></div></dl></section>`,
  );
}

/** Sign-in and refusal pages share the plain layout. */
export function notice(title: string, body: SafeHtml): SafeHtml {
  return layout(`${title} · Peerline`, html`<main id="main" class="notice"><h1>${title}</h1>${body}</main>`, { script: false });
}

/** The page a sign-in link opens: a button that posts the token to `action` (a GET never uses it: link scanners fetch with GET). */
export function signInPage(title: string, action: string, token: string, hours: number): SafeHtml {
  return notice(
    title,
    html`<p>This link works once. Signing in keeps you signed in on this browser for ${hours} hours.</p>
<form method="post" action="${action}"><input type="hidden" name="token" value="${token}"><button type="submit" class="btn btn-primary">Sign in</button></form>`,
  );
}

export const ASK_AGAIN = html`<p>Ask Peerline for a new link: <code>/peer-admin dashboard</code> on Discord, <code>/peer dashboard</code> on Slack, or the <em>/dashboard</em> button in the playground.</p>`;
