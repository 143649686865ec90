/**
 * The dashboard's rota tab: a week grid (slots down, days across) where each shift shows the listeners
 * wanted, signed up and expected by recent demand, with gaps marked in words as well as colour; links to
 * the next weeks; forms to add a weekly or one-off slot (problems beside their fields, what was typed
 * kept) and a button to remove each slot. Counts only: no names, no notes.
 */
import { type GridShift, ROTA_GRID_WEEKS, type RotaGridPage, type Result, type View } from '../../../core/index.js';
import { html, type SafeHtml } from '../html.js';
import { frame, type PageFrame } from './pages.js';
import { outcomeNote } from './settings-page.js';

/** Which add form was sent, what was typed in it, and the change's result. */
export interface RotaPageState {
  readonly form?: SlotForm;
  readonly typed?: Readonly<Record<string, string>>;
  readonly outcome?: Result<View>;
}

export type SlotForm = 'weekly' | 'once';

/** The fields of each add form, in order: name, label, input type, hint. */
const FIELDS: Record<SlotForm, readonly { name: string; label: string; type: string; hint: string }[]> = {
  weekly: [
    { name: 'days', label: 'Days', type: 'text', hint: 'mon-fri, or mon,wed,fri' },
    { name: 'start', label: 'Starts', type: 'time', hint: 'local time' },
    { name: 'end', label: 'Ends', type: 'time', hint: 'an end before the start runs past midnight' },
    { name: 'wanted', label: 'Listeners wanted', type: 'number', hint: '1 to 50' },
  ],
  once: [
    { name: 'date', label: 'Date', type: 'date', hint: 'the day it starts' },
    { name: 'start', label: 'Starts', type: 'time', hint: 'local time' },
    { name: 'end', label: 'Ends', type: 'time', hint: 'an end before the start runs past midnight' },
    { name: 'wanted', label: 'Listeners wanted', type: 'number', hint: '1 to 50' },
  ],
};

const dayName = (date: string) => new Date(`${date}T12:00:00Z`).toLocaleString('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "This week", "Next week", "Week of Mon 21 Dec". */
const weekLabel = (week: number, monday: string) => (week === 0 ? 'This week' : week === 1 ? 'Next week' : `Week of ${dayName(monday)}`);

/** Whether the shift has fewer signed up than wanted, or than expected demand calls for (a gap), and what to say. */
export function shiftState(s: GridShift, now: Date): { gap: boolean; text: string } {
  if (s.end <= now) return { gap: false, text: 'ended' };
  const open = s.wanted - s.signedUp;
  const short = s.needed - s.signedUp;
  const parts = [
    ...(open > 0 ? [`${open} place${open === 1 ? '' : 's'} open`] : []),
    ...(short > 0 ? [`${short} below expected demand`] : []),
  ];
  return parts.length === 0 ? { gap: false, text: '✓ covered' } : { gap: true, text: `⚠ gap: ${parts.join(', ')}` };
}

export function rotaPage(f: PageFrame, p: RotaGridPage, state: RotaPageState = {}): SafeHtml {
  const tz = f.community.settings.timeZone;
  const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: tz });
  const monday = p.days[0] ?? '';
  const weekOf = (w: number) => {
    const d = new Date(`${monday}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7 * (w - p.week));
    return d.toISOString().slice(0, 10);
  };
  const weeks = html`<nav aria-label="Weeks of the rota"><ul class="weeks">${Array.from(
    { length: ROTA_GRID_WEEKS },
    (_, w) => html`<li><a href="/dashboard/rota?week=${w}"${w === p.week ? html` aria-current="page"` : ''}>${weekLabel(w, weekOf(w))}</a></li>`,
  )}</ul></nav>`;
  const numbers = [...new Set(p.shifts.map((s) => s.number))].sort((a, b) => a - b);
  const gaps = p.shifts.filter((s) => shiftState(s, p.now).gap).length;
  const cell = (number: number, date: string) => {
    const s = p.shifts.find((x) => x.number === number && x.date === date);
    if (s === undefined) return html`<td class="no-shift" data-label="${dayName(date)}"><span class="visually-hidden">no shift</span></td>`;
    const st = shiftState(s, p.now);
    return html`<td class="shift${st.gap ? ' gap' : ''}" data-label="${dayName(date)}" data-slot="${number}" data-date="${date}" data-wanted="${s.wanted}" data-signed-up="${s.signedUp}" data-needed="${s.needed}"><span class="when">${clock.format(s.start)}–${clock.format(s.end)}</span>
<span>${s.signedUp} of ${s.wanted} signed up</span><span>expected demand ${s.needed}</span><strong class="state">${st.text}</strong></td>`;
  };
  const describe = (n: number) => p.slots.find((s) => s.number === n)?.describe ?? '';
  const grid =
    p.slots.length === 0
      ? html`<p class="empty">No slots yet: add one below, or with <code>/peer rota add</code> on Slack, <code>/rota add-weekly</code> on Discord.</p>`
      : numbers.length === 0
        ? html`<p class="empty">No shifts fall in this week.</p>`
        : html`<table class="rota-grid stack"><caption>Shifts, ${dayName(monday)} to ${dayName(p.days[6] ?? monday)} (${tz}): ${p.shifts.length} shift${p.shifts.length === 1 ? '' : 's'}, ${gaps} with a gap</caption>
<thead><tr><th scope="col">Slot</th>${p.days.map((d) => html`<th scope="col">${dayName(d)}</th>`)}</tr></thead>
<tbody>${numbers.map((n) => html`<tr><th scope="row">#${n} <span class="hint">${describe(n)}</span></th>${p.days.map((d) => cell(n, d))}</tr>`)}</tbody></table>`;
  return frame(
    f,
    'rota',
    'Rota',
    html`${outcomeNote(state.outcome, 'Nothing was changed')}${weeks}
<p>Each shift shows how many listeners are wanted, how many have signed up, and the expected demand: the listeners the busiest hour's average requests over the last 8 weeks call for. A shift with places open or fewer signed up than expected demand is marked “⚠ gap”. Volunteers sign up from the chat platform (<code>/peer rota</code> on Slack, <code>/rota</code> on Discord).</p>
${grid}
<section aria-labelledby="slots-h"><h3 id="slots-h">Slots</h3>${
      p.slots.length === 0
        ? html`<p class="empty">No slots yet.</p>`
        : html`<p>Removing a slot takes its shifts off the rota: nobody signed up for them is reminded or put on duty.</p><ul class="slots">${p.slots.map(
            (s) => html`<li><span>#${s.number} ${s.describe}</span> <form method="post" action="/dashboard/rota/remove" class="inline"><input type="hidden" name="week" value="${p.week}"><input type="hidden" name="number" value="${s.number}"><button type="submit" class="btn btn-secondary" aria-label="Remove slot ${s.number}">Remove</button></form></li>`,
          )}</ul>`
    }</section>
${addForm('weekly', 'Add a weekly slot', p.week, state)}
${addForm('once', 'Add a one-off slot', p.week, state)}`,
  );
}

function addForm(kind: SlotForm, title: string, week: number, state: RotaPageState): SafeHtml {
  // What was typed stays only in the form whose save was refused; a saved form starts empty again.
  const refused = state.form === kind && state.outcome !== undefined && !state.outcome.ok ? state.outcome.error : null;
  const mine = refused !== null;
  const reason = refused?.reason;
  const problemAt = reason?.id === 'invalid' ? reason : null;
  const fields = FIELDS[kind].map((field) => {
    const id = `${kind}-${field.name}`;
    const value = mine ? (state.typed?.[field.name] ?? '') : '';
    const problem = problemAt?.path === field.name ? problemAt.message : undefined;
    const describedBy = `${id}-hint${problem === undefined ? '' : ` ${id}-problem`}`;
    const limits = field.type === 'number' ? html` min="1" max="50" step="1"` : '';
    return html`<div class="control"><label for="${id}">${field.label}</label><input id="${id}" name="${field.name}" type="${field.type}" required value="${value}"${limits} aria-describedby="${describedBy}"${problem === undefined ? '' : html` aria-invalid="true"`}><p class="hint" id="${id}-hint">${field.hint}</p>${
      problem === undefined ? '' : html`<p class="problem" id="${id}-problem" role="alert">${problem}</p>`
    }</div>`;
  });
  return html`<section aria-labelledby="${kind}-h"><h3 id="${kind}-h">${title}</h3>
<form class="slot-form" method="post" action="/dashboard/rota/add" aria-labelledby="${kind}-h"><input type="hidden" name="kind" value="${kind}"><input type="hidden" name="week" value="${week}">${fields}
<button type="submit" class="btn btn-primary">${title}</button></form></section>`;
}
