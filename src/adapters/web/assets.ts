/**
 * The stylesheet and the playground's small script, served from this adapter (no CDN, no external
 * font: the machine may be offline). They are strings here so the built package needs no copy step.
 */

export const STYLESHEET = String.raw`
:root { color-scheme: light; --ink: #1b1f24; --muted: #4a5260; --line: #c9ced6; --bg: #f5f6f8; --card: #fff;
  --blue: #1d4ed8; --blue-ink: #fff; --crisis: #a4001d; --crisis-bg: #fff0f2; --warn: #8a4b00; --warn-bg: #fff7e6;
  --ok: #166534; --ok-bg: #effaf2; --focus: #0b57d0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
a { color: var(--blue); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--card); padding: .5rem 1rem; }
.skip:focus { left: .5rem; z-index: 10; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 0; }
h3 { font-size: 1rem; margin: .25rem 0; }
.hint, .about, .asof, .eyebrow { color: var(--muted); font-size: .875rem; margin: .2rem 0; }
.top { display: flex; flex-wrap: wrap; gap: 1rem 2rem; justify-content: space-between; align-items: flex-start; padding: 1rem 1.25rem; background: var(--card); border-bottom: 1px solid var(--line); }
.top > div { flex: 1 1 28rem; max-width: 60rem; }
.clock { border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; background: #f8fafc; }
.clock output { font-weight: 600; }
.row { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin: .3rem 0; }
.btn { font: inherit; font-size: .875rem; border-radius: 6px; padding: .35rem .7rem; cursor: pointer; border: 1px solid transparent; }
.btn-primary { background: var(--blue); color: var(--blue-ink); }
.btn-primary:hover { background: #173ea8; }
.btn-secondary { background: var(--card); color: var(--ink); border-color: #8a93a0; }
.btn-secondary:hover { background: #eef1f5; }
.btn-danger { background: #b42318; color: #fff; }
.btn[aria-disabled="true"] { opacity: .6; cursor: progress; }
.btn:disabled { opacity: .55; cursor: not-allowed; }
.why { color: var(--muted); font-size: .8rem; margin: 0 .4rem 0 0; }
.act.stale, .cmd.stale { display: inline-flex; flex-wrap: wrap; align-items: center; gap: .3rem; }
.where { color: var(--muted); }
.duty { display: flex; flex-direction: column; gap: .2rem; }
.duty-state { margin: 0; font-weight: 700; }
.duty-state.on { color: var(--ok); }
.duty-state.off { color: var(--muted); }
.danger-zone summary { color: #b42318; }
.pane-tabs { display: none; }
.panes { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(23rem, 100%), 1fr)); gap: 1rem; padding: 1rem 1.25rem; }
.pane { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: .75rem; display: flex; flex-direction: column; gap: .5rem; min-width: 0; }
.pane > header { border-bottom: 1px solid var(--line); padding-bottom: .4rem; }
.pane.role-member > header h2::after { content: " · member"; color: var(--muted); font-weight: 400; font-size: .9rem; }
.pane.role-volunteer > header h2::after { content: " · volunteer"; color: var(--muted); font-weight: 400; font-size: .9rem; }
.pane.role-coordinator > header h2::after { content: " · coordinator"; color: var(--muted); font-weight: 400; font-size: .9rem; }
.feed { flex: 1; min-height: 8rem; max-height: 30rem; overflow-y: auto; display: flex; flex-direction: column; gap: .5rem; padding: .25rem; background: #fafbfc; border-radius: 6px; border: 1px solid #e3e6ea; }
.empty { color: var(--muted); font-style: italic; margin: .5rem; }
.entry { border: 1px solid var(--line); border-left: 5px solid #7b8494; border-radius: 6px; padding: .45rem .6rem; background: var(--card); }
.entry .meta { margin: 0 0 .2rem; font-size: .78rem; color: var(--muted); }
.entry .who { font-weight: 600; color: var(--ink); }
.entry.person { border-left-color: var(--blue); background: #f3f6ff; }
.entry.mention { border-left-color: #1e3a8a; border-style: dashed; border-left-style: solid; background: #f7f9ff; }
.entry.tone-success { border-left-color: var(--ok); }
.entry.tone-warning { border-left-color: #c26a00; background: var(--warn-bg); }
.entry.tone-danger { border-left-color: #b42318; background: #fff4f2; }
.entry.tone-crisis { border: 2px solid var(--crisis); border-left-width: 8px; background: var(--crisis-bg); }
.badge { display: inline-block; margin: 0 0 .25rem; padding: .05rem .45rem; border-radius: 4px; font-size: .78rem; font-weight: 700; }
.badge-crisis { background: var(--crisis); color: #fff; }
.badge-danger { background: #b42318; color: #fff; }
.badge-warning { background: #ffe1b3; color: #5c3200; }
.badge-success { background: #d5f2dd; color: #0f4a23; }
.view-title { margin: .1rem 0; font-size: .95rem; }
.view-text { margin: .2rem 0; }
.mentions { margin: 0; font-size: .85rem; }
.mention { background: #e3e9ff; color: #1e3a8a; border-radius: 4px; padding: 0 .25rem; font-weight: 600; }
.fields { margin: .3rem 0; display: grid; gap: .2rem; }
.fields div { display: grid; grid-template-columns: minmax(7rem, 40%) 1fr; gap: .5rem; }
.fields dt { font-weight: 600; font-size: .85rem; }
.fields dd { margin: 0; font-size: .85rem; overflow-wrap: anywhere; }
.buttons { display: flex; flex-wrap: wrap; gap: .35rem; margin-top: .35rem; }
.links { margin: .35rem 0 0; }
.link-btn { display: inline-block; padding: .2rem .5rem; border: 1px solid var(--blue); border-radius: 6px; text-decoration: none; font-size: .875rem; }
.commands details { border: 1px solid #e3e6ea; border-radius: 6px; padding: .25rem .5rem; margin-bottom: .35rem; }
.commands summary { cursor: pointer; font-weight: 600; font-size: .9rem; }
.control { display: flex; flex-direction: column; gap: .15rem; margin: .3rem 0; }
.control.check { flex-direction: row; align-items: flex-start; gap: .4rem; }
.control.acting { flex-direction: row; align-items: center; gap: .5rem; margin-top: .4rem; }
label { font-size: .85rem; font-weight: 600; }
.control.check label { font-weight: 400; }
input, select, textarea { font: inherit; font-size: .9rem; border: 1px solid #8a93a0; border-radius: 5px; padding: .25rem .4rem; background: #fff; color: var(--ink); max-width: 100%; }
textarea { width: 100%; resize: vertical; }
.msg { border-top: 1px solid var(--line); padding-top: .4rem; }
.space { border: 1px solid var(--line); border-radius: 8px; padding: .4rem; background: #fff; display: flex; flex-direction: column; gap: .4rem; }
.space.closed { border-style: dashed; background: #f8f9fb; }
.space .state { font-weight: 400; color: var(--muted); }
.participants { margin: 0; font-size: .85rem; color: var(--muted); }
footer { padding: 0 1.25rem 1.5rem; color: var(--muted); font-size: .85rem; }
/* Phones: a short header, and the panes one at a time behind tabs (the script turns them on). */
@media (max-width: 40rem) {
  .top { padding: .5rem .75rem; gap: .4rem; }
  .top > div { flex-basis: 100%; }
  .top .intro { display: none; }
  h1 { font-size: 1.1rem; }
  .clock { padding: .3rem .5rem; width: 100%; }
  .clock h2 { font-size: .9rem; display: inline; }
  .clock .clock-now { display: inline; margin: 0 0 0 .4rem; font-size: .8rem; }
  .clock .row { margin: .2rem 0 0; }
  .clock .btn { padding: .2rem .45rem; font-size: .8rem; }
  .clock .hint { display: none; }
  .pane-tabs { display: block; position: sticky; top: 0; z-index: 5; background: var(--card); border-bottom: 1px solid var(--line); }
  .pane-tabs ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; margin: 0; padding: .35rem .5rem; }
  .pane-tabs a { display: inline-block; padding: .25rem .5rem; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; font-size: .875rem; }
  .pane-tabs a[aria-current="true"] { background: var(--blue); color: var(--blue-ink); border-color: var(--blue); font-weight: 700; }
  .pane-tabs a.has-new::after { content: " •"; font-weight: 700; }
  .panes { padding: .5rem; gap: .5rem; }
  body.tabbed .panes > .pane { display: none; }
  body.tabbed .panes > .pane.shown { display: flex; }
  .feed { max-height: none; }
  footer { padding: 0 .75rem 1rem; }
}
/* Dashboard */
.dash .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .04em; font-size: .75rem; }
nav .tabs { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; margin: 0; padding: .5rem 1.25rem 0; border-bottom: 1px solid var(--line); background: var(--card); }
nav .tabs a { display: inline-block; padding: .45rem .8rem; border: 1px solid transparent; border-bottom: none; border-radius: 6px 6px 0 0; text-decoration: none; }
nav .tabs a[aria-current="page"] { border-color: var(--line); background: var(--bg); font-weight: 700; color: var(--ink); margin-bottom: -1px; }
.dash-main { padding: 1rem 1.25rem 2rem; max-width: 72rem; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .6rem; margin: 1rem 0; }
.kpis div { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .5rem .75rem; }
.kpis dt { font-size: .8rem; color: var(--muted); }
.kpis dd { margin: 0; font-size: 1.35rem; font-weight: 700; line-height: 1.25; }
table { border-collapse: collapse; background: var(--card); margin: .5rem 0 1rem; min-width: 50%; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left; font-size: .9rem; }
thead th { background: #eef1f5; }
tr.urgency-crisis td, tr.urgency-crisis th { background: var(--crisis-bg); font-weight: 600; }
tr.urgency-urgent td { background: var(--warn-bg); }
td.expired { color: var(--crisis); font-weight: 700; }
td.expiring { color: var(--warn); font-weight: 600; }
.callout { border-radius: 8px; padding: .6rem .8rem; border: 2px solid; }
.callout-crisis { border-color: var(--crisis); background: var(--crisis-bg); }
.callout-warning { border-color: #c26a00; background: var(--warn-bg); }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(30rem, 100%), 1fr)); gap: 1rem; }
.chart { margin: 0; background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .75rem; }
.chart figcaption { font-weight: 700; margin-bottom: .4rem; }
.chart svg.plot { width: 100%; height: auto; display: block; }
.swatch { width: 14px; height: 14px; display: inline-block; vertical-align: -2px; }
.chart text { font-size: 14px; fill: var(--ink); }
/* One drawing per screen size: the wide one scales down to about 0.85, the phone one is drawn at its width. */
.chart svg.plot.narrow { display: none; }
@media (max-width: 40rem) { .chart svg.plot.wide { display: none; } .chart svg.plot.narrow { display: block; } .chart svg.plot.narrow text { font-size: 12.5px; } }
.chart .axis-title { fill: var(--muted); }
.chart .grid { stroke: #dde1e6; stroke-width: 1; }
.s-accepted { fill: #2563eb; }
.s-cancelled { fill: #d97706; }
.s-expired { fill: #9f1239; }
.s-waiting { fill: #94a3b8; }
.s-elevated { fill: #f59e0b; }
.s-high { fill: #dc2626; }
.s-imminent { fill: #5b0f1e; }
.legend { list-style: none; padding: 0; margin: .4rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .85rem; }
.cell.state-quiet { fill: #f1f3f5; stroke: #d5d9de; }
.cell.state-covered { fill: #bfe3c8; stroke: #8cc79b; }
.cell.state-short { fill: url(#p-short); stroke: #b76e00; }
.cell.state-uncovered { fill: url(#p-uncovered); stroke: #a4001d; stroke-width: 1.5; }
.pat-short-bg { fill: #ffd08a; }
.planned-mark { fill: #1d4ed8; }
.pat-uncovered-bg { fill: #f4a3ae; }
.pat-mark { fill: #6b3a00; }
.pat-line { stroke: #7a0015; stroke-width: 2; }
.chart .cell-count { font-size: 14px; font-weight: 700; fill: #111; pointer-events: none; }
details.data { margin-top: .4rem; font-size: .85rem; }
.weeks { list-style: none; display: flex; flex-wrap: wrap; gap: .3rem; padding: 0; margin: .5rem 0; }
.weeks a { display: inline-block; padding: .25rem .6rem; border: 1px solid var(--line); border-radius: 6px; text-decoration: none; }
.weeks a[aria-current="page"] { background: var(--blue); color: var(--blue-ink); border-color: var(--blue); font-weight: 700; }
table.rota-grid { width: 100%; }
table.rota-grid caption { text-align: left; font-weight: 600; margin-bottom: .3rem; }
table.rota-grid td.shift span, table.rota-grid td.shift strong { display: block; }
table.rota-grid td.shift .when { font-weight: 700; }
table.rota-grid td.gap { background: var(--warn-bg); border: 2px solid #c26a00; }
table.rota-grid th .hint { display: block; font-weight: 400; }
ul.slots { padding-left: 1rem; }
ul.slots li { margin: .25rem 0; }
form.inline { display: inline; }
.slot-form { display: flex; flex-wrap: wrap; gap: .2rem 1rem; align-items: flex-end; }
.problem { color: var(--crisis); font-weight: 600; margin: .1rem 0; }
.glossary dl { display: grid; gap: .4rem; margin: .5rem 0; }
.glossary dt { font-weight: 700; }
.glossary dd { margin: 0 0 0 1rem; }
/* Phones: tables become one card per row, each cell named by its column, so nothing runs off the screen. */
@media (max-width: 40rem) {
  .dash-main { padding: .75rem; }
  table { min-width: 0; width: 100%; }
  th, td { padding: .3rem .4rem; overflow-wrap: anywhere; }
  table.stack, table.stack tbody, table.stack tr, table.stack th, table.stack td { display: block; width: 100%; }
  table.stack thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.stack tr { border: 1px solid var(--line); border-radius: 6px; margin-bottom: .5rem; }
  table.stack th, table.stack td { border: none; }
  table.stack td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  table.rota-grid td.no-shift { display: none; }
  table.rota-grid caption { display: block; }
  nav .tabs { padding: .4rem .5rem 0; }
  nav .tabs a { padding: .4rem .55rem; }
  .top.dash { padding: .6rem .75rem; }
}
.notice { max-width: 40rem; margin: 3rem auto; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.5rem; }
`;

/** The playground's script: forms post without reloading, and panes refresh when the server says they changed. */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var announcer = document.getElementById('announcer');
  // The announcements' words come from the page, in its language ({status}, {pane} filled in here).
  function said(name, value) { var text = (announcer && announcer.getAttribute('data-' + name)) || ''; return value === undefined ? text : text.replace(/\{[a-z]+\}/, value); }
  var panes = ['member', 'channel', 'spaces', 'alex', 'jordan', 'sam'];
  function paneName(pane) { var tab = document.querySelector('.pane-tabs a[data-tab="' + pane + '"]'); return tab ? tab.textContent : pane; }
  function announce(text) { if (announcer) { announcer.textContent = ''; setTimeout(function () { announcer.textContent = text; }, 30); } }
  function setClock(label) { var out = document.getElementById('clock-now'); if (out) out.textContent = label; }
  function scrollDown(feed) { feed.scrollTop = feed.scrollHeight; }

  // Shared panes (the channel, the spaces) say who presses their buttons.
  function applyActingAs(form) {
    var pane = form.closest('.pane');
    var select = pane && pane.querySelector('[data-acting-as]');
    var as = form.querySelector('input[name="as"]');
    if (select && as) as.value = select.value;
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    // getAttribute, not form.action: a field named "action" (the button's action id) shadows that property.
    if (!(form instanceof HTMLFormElement) || (form.getAttribute('method') || '').toLowerCase() !== 'post') return;
    var target = form.getAttribute('action') || '';
    var path = new URL(target, location.href).pathname;
    if (path.indexOf('/playground/') !== 0) return;
    event.preventDefault();
    if (form.dataset.busy === '1') return;
    applyActingAs(form);
    var body = new URLSearchParams(new FormData(form, event.submitter || undefined));
    form.dataset.busy = '1';
    form.setAttribute('aria-busy', 'true');
    fetch(target, { method: 'POST', body: body, headers: { accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (res) {
        if (!res.ok) return res.text().then(function () { announce(said('failed', String(res.status))); });
        return res.json().then(function (json) {
          // The language changed: every word on the page is redrawn.
          if (json.reload) { location.reload(); return; }
          if (json.now) setClock(json.now);
          if (form.classList.contains('msg')) { var text = form.querySelector('textarea'); if (text) text.value = ''; }
          if (form.classList.contains('core-form')) {
            form.reset();
            // The request is made: fold the form away so the replies have the room.
            var details = form.closest('details');
            if (details) details.open = false;
          }
        });
      })
      .catch(function () { announce(said('silent')); })
      .then(function () { delete form.dataset.busy; form.removeAttribute('aria-busy'); });
  });

  function focusKey(el) {
    var form = el.closest('form');
    if (!form) return null;
    var action = form.querySelector('input[name="action"]');
    return (action ? action.value : form.getAttribute('action')) + '|' + el.textContent;
  }

  function updatePlaces(pane, places) {
    var select = document.getElementById(pane + '-msg-to');
    if (!select) return;
    var current = select.value;
    while (select.firstChild) select.removeChild(select.firstChild);
    places.forEach(function (p) { var o = document.createElement('option'); o.value = p.value; o.textContent = p.label; select.appendChild(o); });
    // A new session space becomes the default place to write; otherwise keep the choice.
    var values = places.map(function (p) { return p.value; });
    select.value = values.indexOf(current) >= 0 && current !== 'bot' ? current : values[values.length - 1];
  }

  function apply(pane, json) {
    var feed = document.getElementById('feed-' + pane);
    if (!feed) return;
    var active = document.activeElement;
    var key = active && feed.contains(active) ? focusKey(active) : null;
    var before = feed.querySelectorAll('.entry').length;
    feed.innerHTML = json.html;
    if (key !== null) {
      var again = Array.prototype.find.call(feed.querySelectorAll('button'), function (b) { return focusKey(b) === key; });
      (again || feed).focus();
    }
    scrollDown(feed);
    if (json.places) updatePlaces(pane, json.places);
    // Duty controls are redrawn only when the duty changed, so a focused button keeps its focus.
    var controls = document.getElementById('controls-' + pane);
    if (json.controls && controls && controls.getAttribute('data-sig') !== json.controlsSig) controls.outerHTML = json.controls;
    if (feed.querySelectorAll('.entry').length > before) {
      announce(said('new', paneName(pane)));
      var tab = document.querySelector('.pane-tabs a[data-tab="' + pane + '"]');
      if (tab && tab.getAttribute('aria-current') !== 'true') tab.classList.add('has-new');
    }
  }

  // On a phone the panes show one at a time; the tabs pick which (on a wide screen every pane shows).
  var tabs = document.querySelectorAll('.pane-tabs a[data-tab]');
  function show(id) {
    Array.prototype.forEach.call(document.querySelectorAll('.panes > .pane'), function (p) { p.classList.toggle('shown', p.id === 'pane-' + id); });
    Array.prototype.forEach.call(tabs, function (a) {
      if (a.getAttribute('data-tab') === id) { a.setAttribute('aria-current', 'true'); a.classList.remove('has-new'); } else a.removeAttribute('aria-current');
    });
  }
  if (tabs.length > 0) {
    document.body.classList.add('tabbed');
    show('member');
    document.addEventListener('click', function (event) {
      var link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
      if (!link) return;
      var tab = link.getAttribute('data-tab');
      if (tab) { event.preventDefault(); show(tab); return; }
      // A link to a message in another pane (a mention) shows that pane first.
      var target = document.getElementById(link.getAttribute('href').slice(1));
      var owner = target && target.closest('.pane');
      if (owner) show(owner.id.replace('pane-', ''));
    });
  }

  var state = {};
  function refresh(pane) {
    if (state[pane]) { state[pane] = 'again'; return; }
    state[pane] = 'busy';
    fetch('/playground/panes/' + encodeURIComponent(pane), { headers: { accept: 'application/json' } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (json) { if (json) apply(pane, json); })
      .catch(function () { return null; })
      .then(function () { var again = state[pane] === 'again'; delete state[pane]; if (again) refresh(pane); });
  }
  function refreshAll() { panes.forEach(refresh); }

  Array.prototype.forEach.call(document.querySelectorAll('.feed'), scrollDown);
  if (!window.EventSource) return;
  var events = new EventSource('/playground/events');
  var lost = false;
  events.addEventListener('pane', function (e) { refresh(e.data); });
  events.addEventListener('clock', function (e) { setClock(e.data); });
  events.addEventListener('error', function () { lost = true; });
  // After a dropped connection, changes may have been missed: fetch every pane once.
  events.addEventListener('open', function () { if (lost) { lost = false; refreshAll(); } document.body.dataset.live = '1'; });
})();
`;

/**
 * The dashboard's "now" page script: the server pushes the queue and duty figures over server-sent
 * events when they change, and the page swaps them in; the page works without it (Refresh).
 */
// i18n-exempt: script code; its words come from the page
export const DASHBOARD_SCRIPT = String.raw`
(function () {
  'use strict';
  var live = document.getElementById('live-now');
  if (!live || !window.EventSource) return;
  var events = new EventSource('/dashboard/events');
  events.addEventListener('now', function (e) {
    var data = JSON.parse(e.data);
    live.innerHTML = data.html;
    var asOf = document.getElementById('as-of');
    if (asOf) asOf.textContent = data.asOf;
  });
  events.addEventListener('signed-out', function () { events.close(); location.reload(); });
  events.addEventListener('open', function () { document.body.dataset.live = '1'; });
})();
`;
