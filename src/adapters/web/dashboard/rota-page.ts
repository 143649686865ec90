/**
 * The dashboard's rota tab: a week grid (slots down, days across) where each shift shows the listeners
 * wanted, signed up and expected by recent demand, with gaps marked in words as well as colour; links to
 * the next weeks; forms to add a weekly or one-off slot (problems beside their fields, what was typed
 * kept) and a button to remove each slot. Counts only: no names, no notes.
 */
import { dateText, type GridShift, localiseView, ROTA_GRID_WEEKS, type RotaGridPage, type Result, schemaText, type TextView } from '../../../core/index.js';
import { type Localiser, type MessageId, t, type Text } from '../../../i18n/index.js';
import { html, type SafeHtml } from '../html.js';
import { frame, type PageFrame } from './pages.js';
import { outcomeNote } from './settings-page.js';

/** Which add form was sent, what was typed in it, and the change's result. */
export interface RotaPageState {
  readonly form?: SlotForm;
  readonly typed?: Readonly<Record<string, string>>;
  readonly outcome?: Result<TextView>;
}

export type SlotForm = 'weekly' | 'once';

/** The fields of each add form, in order: name, label, input type, hint. */
const FIELDS: Record<SlotForm, readonly { name: string; label: MessageId; type: string; hint: MessageId }[]> = {
  weekly: [
    { name: 'days', label: 'rota.page.days', type: 'text', hint: 'rota.page.days.hint' },
    { name: 'start', label: 'rota.page.starts', type: 'time', hint: 'rota.page.localTime' },
    { name: 'end', label: 'rota.page.ends', type: 'time', hint: 'rota.page.pastMidnight' },
    { name: 'wanted', label: 'rota.page.wanted', type: 'number', hint: 'rota.page.wanted.hint' },
  ],
  once: [
    { name: 'date', label: 'rota.page.date', type: 'date', hint: 'rota.page.date.hint' },
    { name: 'start', label: 'rota.page.starts', type: 'time', hint: 'rota.page.localTime' },
    { name: 'end', label: 'rota.page.ends', type: 'time', hint: 'rota.page.pastMidnight' },
    { name: 'wanted', label: 'rota.page.wanted', type: 'number', hint: 'rota.page.wanted.hint' },
  ],
};

/** The chat commands the page names, as typed on each platform (shown as code, never translated). */
// i18n-exempt: command names, typed as they are
const COMMANDS = { peer: '/peer rota', peerAdd: '/peer rota add', rota: '/rota', rotaAdd: '/rota add-weekly' } as const;

/** "18:00" in the community's time zone: a 24-hour clock reads the same in every language Peerline speaks. One formatter per zone. */
const CLOCKS = new Map<string, Intl.DateTimeFormat>();
function clockIn(timeZone: string): Intl.DateTimeFormat {
  let clock = CLOCKS.get(timeZone);
  if (clock === undefined) {
    clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone });
    CLOCKS.set(timeZone, clock);
  }
  return clock;
}

/** "This week", "Next week", "Week of Mon 21 Dec". */
const weekLabel = (week: number, monday: string): Text => (week === 0 ? t('rota.page.thisWeek') : week === 1 ? t('rota.page.nextWeek') : t('rota.page.weekOf', { date: dateText(monday) }));

/** Whether the shift has fewer signed up than wanted, or than expected demand calls for (a gap), and what to say. */
export function shiftState(s: GridShift, now: Date): { gap: boolean; text: Text } {
  if (s.end <= now) return { gap: false, text: t('rota.page.ended') };
  const open = s.wanted - s.signedUp;
  const short = s.needed - s.signedUp;
  const parts = [...(open > 0 ? [t('rota.page.open', { open })] : []), ...(short > 0 ? [t('rota.page.short', { short })] : [])];
  const [first, second] = parts;
  if (first === undefined) return { gap: false, text: t('rota.page.covered') };
  return { gap: true, text: t('rota.page.gap', { parts: second === undefined ? first : t('rota.comma', { first, rest: second }) }) };
}

/** A message naming two commands, with the commands shown as code. */
function withCommands(l: Localiser, id: 'rota.page.intro' | 'rota.page.noSlotsAdd', slack: string, discord: string): SafeHtml {
  const parts = l.format(id, { slack: '\u0001', discord: '\u0002' }).split(/([\u0001\u0002])/);
  return html`${parts.map((part) => (part === '\u0001' ? html`<code>${slack}</code>` : part === '\u0002' ? html`<code>${discord}</code>` : part))}`;
}

/**
 * The rota tab in `l`'s words: the reader's language where the dashboard knows it (its caller passes it),
 * else the community's default.
 */
export function rotaPage(f: PageFrame, p: RotaGridPage, state: RotaPageState = {}, l: Localiser = f.l): SafeHtml {
  const w = (text: Text) => l.text(text);
  const tz = f.community.settings.timeZone;
  const clock = clockIn(tz);
  const dayName = (date: string) => w(dateText(date));
  const monday = p.days[0] ?? '';
  const weekOf = (n: number) => {
    const d = new Date(`${monday}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 7 * (n - p.week));
    return d.toISOString().slice(0, 10);
  };
  // i18n-exempt: HTML markup; its words come from the catalogue
  const weeks = html`<nav aria-label="${w(t('rota.page.weeks'))}"><ul class="weeks">${Array.from(
    { length: ROTA_GRID_WEEKS },
    (_, n) => html`<li><a href="/dashboard/rota?week=${n}"${n === p.week ? html` aria-current="page"` : ''}>${w(weekLabel(n, weekOf(n)))}</a></li>`,
  )}</ul></nav>`;
  const numbers = [...new Set(p.shifts.map((s) => s.number))].sort((a, b) => a - b);
  const gaps = p.shifts.filter((s) => shiftState(s, p.now).gap).length;
  const cell = (number: number, date: string) => {
    const s = p.shifts.find((x) => x.number === number && x.date === date);
    // i18n-exempt: HTML markup; its words come from the catalogue
    if (s === undefined) return html`<td class="no-shift" data-label="${dayName(date)}"><span class="visually-hidden">${w(t('rota.page.noShift'))}</span></td>`;
    const st = shiftState(s, p.now);
    // i18n-exempt: HTML markup; its words come from the catalogue
    return html`<td class="shift${st.gap ? ' gap' : ''}" data-label="${dayName(date)}" data-slot="${number}" data-date="${date}" data-wanted="${s.wanted}" data-signed-up="${s.signedUp}" data-needed="${s.needed}"><span class="when">${clock.format(s.start)}–${clock.format(s.end)}</span>
<span>${w(t('rota.page.signedUp', { signedUp: s.signedUp, wanted: s.wanted }))}</span><span>${w(t('rota.page.demand', { needed: s.needed }))}</span><strong class="state">${w(st.text)}</strong></td>`;
  };
  const describe = (n: number) => w(p.slots.find((s) => s.number === n)?.describe ?? '');
  const grid =
    p.slots.length === 0
      ? html`<p class="empty">${withCommands(l, 'rota.page.noSlotsAdd', COMMANDS.peerAdd, COMMANDS.rotaAdd)}</p>`
      : numbers.length === 0
        ? html`<p class="empty">${w(t('rota.page.noShifts'))}</p>`
        : html`<table class="rota-grid stack"><caption>${w(t('rota.page.caption', { from: dateText(monday), to: dateText(p.days[6] ?? monday), zone: tz, count: p.shifts.length, gaps }))}</caption>
<thead><tr><th scope="col">${w(t('rota.page.slot'))}</th>${p.days.map((d) => html`<th scope="col">${dayName(d)}</th>`)}</tr></thead>
<tbody>${numbers.map((n) => html`<tr><th scope="row">#${n} <span class="hint">${describe(n)}</span></th>${p.days.map((d) => cell(n, d))}</tr>`)}</tbody></table>`;
  const outcome = state.outcome === undefined || !state.outcome.ok ? state.outcome : { ok: true as const, value: localiseView(state.outcome.value, l) };
  return frame(
    f,
    'rota',
    w(t('rota.page.title')),
    html`${outcomeNote(outcome, w(t('rota.page.nothingChanged')))}${weeks}
<p>${withCommands(l, 'rota.page.intro', COMMANDS.peer, COMMANDS.rota)}</p>
${grid}
<section aria-labelledby="slots-h"><h3 id="slots-h">${w(t('rota.page.slots'))}</h3>${
      p.slots.length === 0
        ? html`<p class="empty">${w(t('rota.page.noSlots'))}</p>`
        : html`<p>${w(t('rota.page.removing'))}</p><ul class="slots">${p.slots.map(
            // i18n-exempt: HTML markup; its words come from the catalogue
            (s) => html`<li><span>#${s.number} ${w(s.describe)}</span> <form method="post" action="/dashboard/rota/remove" class="inline"><input type="hidden" name="week" value="${p.week}"><input type="hidden" name="number" value="${s.number}"><button type="submit" class="btn btn-secondary" aria-label="${w(t('rota.page.removeSlot', { slot: String(s.number) }))}">${w(t('rota.page.remove'))}</button></form></li>`,
          )}</ul>`
    }</section>
${addForm('weekly', w(t('rota.page.addWeekly')), p.week, state, l)}
${addForm('once', w(t('rota.page.addOnce')), p.week, state, l)}`,
  );
}

function addForm(kind: SlotForm, title: string, week: number, state: RotaPageState, l: Localiser): SafeHtml {
  // What was typed stays only in the form whose save was refused; a saved form starts empty again.
  const refused = state.form === kind && state.outcome !== undefined && !state.outcome.ok ? state.outcome.error : null;
  const mine = refused !== null;
  const reason = refused?.reason;
  const problemAt = reason?.id === 'invalid' ? reason : null;
  const fields = FIELDS[kind].map((field) => {
    const id = `${kind}-${field.name}`;
    const value = mine ? (state.typed?.[field.name] ?? '') : '';
    const problem = problemAt?.path === field.name ? l.text(schemaText(problemAt.message, problemAt.limit)) : undefined;
    const describedBy = `${id}-hint${problem === undefined ? '' : ` ${id}-problem`}`;
    const limits = field.type === 'number' ? html` min="1" max="50" step="1"` : '';
    // i18n-exempt: HTML markup; its words come from the catalogue
    return html`<div class="control"><label for="${id}">${l.text(t(field.label))}</label><input id="${id}" name="${field.name}" type="${field.type}" required value="${value}"${limits} aria-describedby="${describedBy}"${problem === undefined ? '' : html` aria-invalid="true"`}><p class="hint" id="${id}-hint">${l.text(t(field.hint))}</p>${
      problem === undefined ? '' : html`<p class="problem" id="${id}-problem" role="alert">${problem}</p>`
    }</div>`;
  });
  // i18n-exempt: HTML markup; its words come from the catalogue
  const hidden = html`<input type="hidden" name="kind" value="${kind}"><input type="hidden" name="week" value="${week}">`;
  // i18n-exempt: HTML markup; its words come from the catalogue
  return html`<section aria-labelledby="${kind}-h"><h3 id="${kind}-h">${title}</h3>
<form class="slot-form" method="post" action="/dashboard/rota/add" aria-labelledby="${kind}-h">${hidden}${fields}
<button type="submit" class="btn btn-primary">${title}</button></form></section>`;
}
