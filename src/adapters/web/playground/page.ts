/** The playground page: the demo clock, then every pane of the demo community on one screen. */
import { type CommunitySettings } from '../../../core/index.js';
import { html, type SafeHtml } from '../html.js';
import { layout } from '../layout.js';
import { PANE_NAMES, PANES, renderPane, type PaneDeps, type PaneState } from './panes.js';

export const CLOCK_STEPS: readonly { minutes: number; label: string }[] = [
  { minutes: 5, label: '+5 min' },
  { minutes: 15, label: '+15 min' },
  { minutes: 60, label: '+1 hour' },
  { minutes: 240, label: '+4 hours' },
  { minutes: 1440, label: '+1 day' },
];

export function clockLabel(now: Date, offsetMs: number, time: (at: Date) => string): string {
  const ahead = Math.round(offsetMs / 60_000);
  const by = ahead === 0 ? 'real time' : ahead < 60 ? `${ahead} min ahead of real time` : ahead % 60 === 0 ? `${ahead / 60} h ahead of real time` : `${Math.floor(ahead / 60)} h ${ahead % 60} min ahead of real time`;
  return `${time(now)} (${by})`;
}

export function playgroundPage(deps: PaneDeps, settings: CommunitySettings, clock: string, state: PaneState): SafeHtml {
  return layout(
    'Peerline playground',
    html`<a class="skip" href="#pane-member">Skip to the panes</a>
<header class="top"><div><h1>Peerline playground</h1>
<p class="intro">A demo community running on this machine, with the same core as the Discord and Slack bots. Each pane is one person's screen (or a shared channel). Ask for a listener as Riley, accept as Alex or Jordan, talk, end, give feedback. Nothing leaves this machine.</p></div>
<form class="clock" method="post" action="/playground/clock" aria-labelledby="clock-h"><h2 id="clock-h">Demo clock</h2>
<p class="clock-now"><output id="clock-now" aria-live="polite">${clock}</output></p>
<div class="row" role="group" aria-label="Move the demo clock forward">${CLOCK_STEPS.map((s) => html`<button type="submit" name="minutes" value="${s.minutes}" class="btn btn-secondary">${s.label}</button>`)}</div>
<p class="hint">Moves time for this demo only, then runs what falls due: escalation steps, check-ins, shift ends.</p></form></header>
<nav class="pane-tabs" aria-label="Panes"><ul>${PANES.map((p, i) => html`<li><a href="#pane-${p}" data-tab="${p}"${i === 0 ? html` aria-current="true"` : ''}>${PANE_NAMES[p]}</a></li>`)}</ul></nav>
<main class="panes">${PANES.map((p) => renderPane(deps, p, settings, state))}</main>
<p class="visually-hidden" id="announcer" role="status" aria-live="polite"></p>
<footer><p>Peerline is a bot; the listeners are trained volunteers — peers, not clinicians. In a real emergency, call your local emergency number.</p></footer>`,
    { script: true },
  );
}
