/**
 * Charts drawn by the server as inline SVG: no chart library, no script. Each chart has a title and a
 * description for screen readers, a legend in words, a data table, and never relies on colour alone
 * (stack order is fixed and named; the coverage heatmap marks short and uncovered hours with patterns).
 */
import type { Localiser, MessageId } from '../../../i18n/index.js';
import { html, raw, type SafeHtml } from '../html.js';
import { decimal } from '../locale.js';
import { coverageState, type CoverageCell, type CoverageState } from './figures.js';

export interface Series {
  readonly name: string;
  /** CSS class giving the series its fill (`s-accepted`, …). */
  readonly cls: string;
  readonly values: readonly number[];
}

export interface BarChartInput {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly categories: readonly string[];
  /** Stacked bottom-up in this order. */
  readonly series: readonly Series[];
  readonly yLabel: string;
}

const W = 640;
const H = 240;
const M = { top: 22, right: 8, bottom: 58, left: 40 };

/** A round upper bound and integer ticks (at most six) for counts up to `max`. */
export function niceScale(max: number): { top: number; ticks: number[] } {
  if (max <= 0) return { top: 1, ticks: [0, 1] };
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw);
  const top = Math.ceil(max / step) * step;
  return { top, ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step) };
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** A stacked bar chart; `input` is in `l`'s language already, `l` adds the chart's own words. */
export function barChart(l: Localiser, input: BarChartInput): SafeHtml {
  const totals = input.categories.map((_, i) => input.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  const { top, ticks } = niceScale(Math.max(0, ...totals));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / Math.max(1, input.categories.length);
  const barW = Math.max(2, band * 0.7);
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const rotate = input.categories.length > 8;
  const groups = input.categories.map((label, i) => {
    let base = 0;
    const rects = input.series.map((s) => {
      const v = s.values[i] ?? 0;
      const y0 = y(base);
      base += v;
      return v === 0 ? '' : html`<rect class="bar ${s.cls}" x="${fmt(M.left + i * band + (band - barW) / 2)}" y="${fmt(y(base))}" width="${fmt(barW)}" height="${fmt(y0 - y(base))}"></rect>`;
    });
    const detail = input.series.length === 1 ? String(totals[i] ?? 0) : input.series.map((s) => l.format('dash.chart.seriesValue', { name: s.name, n: s.values[i] ?? 0 })).join(', ');
    const x = M.left + i * band + band / 2;
    const labelY = H - M.bottom + 14;
    return html`<g class="bar-group" data-total="${totals[i] ?? 0}"><title>${l.format('dash.chart.count', { label, n: detail })}</title>${rects}
<text class="x-label" x="${fmt(x)}" y="${labelY}"${rotate ? html` transform="rotate(-40 ${fmt(x)} ${labelY})" text-anchor="end"` : html` text-anchor="middle"`}>${label}</text></g>`;
  });
  const grid = ticks.map(
    (t) => html`<line class="grid" x1="${M.left}" x2="${W - M.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}"></line><text class="y-label" x="${M.left - 6}" y="${fmt(y(t) + 4)}" text-anchor="end">${t}</text>`,
  );
  const legend =
    input.series.length > 1
      ? html`<ul class="legend">${input.series.map((s, i) => html`<li><svg class="swatch" width="14" height="14" aria-hidden="true"><rect class="${s.cls}" width="14" height="14"></rect></svg> ${s.name}${i === 0 ? l.format('dash.chart.bottom') : ''}</li>`)}</ul>`
      : '';
  return html`<figure class="chart" id="${input.id}"><figcaption>${input.title}</figcaption>
<svg class="plot wide" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${input.id}-t ${input.id}-d" preserveAspectRatio="xMinYMin meet">
<title id="${input.id}-t">${input.title}</title><desc id="${input.id}-d">${input.description}</desc>
${grid}<text class="axis-title" x="4" y="13" text-anchor="start">${input.yLabel}</text>${groups}</svg>
${narrowBars(input, totals, top)}
${legend}${dataTable(l, input, totals)}</figure>`;
}

/** Width of the phone drawing: about the width it is shown at on a 390 px screen, so text keeps its size. */
const NW = 340;

/**
 * The same chart for a phone (CSS shows one drawing or the other): bars run across, one row per
 * category with its label in words on the left, so labels stay readable instead of shrinking.
 */
function narrowBars(input: BarChartInput, totals: readonly number[], top: number): SafeHtml {
  const labelW = 84;
  const row = 24;
  const plotW = NW - labelW - 34;
  const height = 8 + input.categories.length * row + 4;
  const rows = input.categories.map((label, i) => {
    let base = 0;
    const y = 8 + i * row;
    const rects = input.series.map((s) => {
      const v = s.values[i] ?? 0;
      const x0 = labelW + (base / top) * plotW;
      base += v;
      return v === 0 ? '' : html`<rect class="${s.cls}" x="${fmt(x0)}" y="${y + 3}" width="${fmt((v / top) * plotW)}" height="${row - 8}"></rect>`;
    });
    return html`<g class="row-group"><text x="${labelW - 6}" y="${y + row / 2 + 3}" text-anchor="end">${label}</text><line class="grid" x1="${labelW}" x2="${labelW}" y1="${y}" y2="${y + row}"></line>${rects}<text x="${fmt(labelW + (base / top) * plotW + 4)}" y="${y + row / 2 + 3}">${totals[i] ?? 0}</text></g>`;
  });
  return html`<svg class="plot narrow" viewBox="0 0 ${NW} ${height}" role="img" aria-labelledby="${input.id}-nt ${input.id}-d" preserveAspectRatio="xMinYMin meet">
<title id="${input.id}-nt">${input.title}</title>${rows}</svg>`;
}

function dataTable(l: Localiser, input: BarChartInput, totals: readonly number[]): SafeHtml {
  return html`<details class="data"><summary>${l.format('dash.chart.dataTable', { title: input.title })}</summary><table><thead><tr><th scope="col"></th>${input.series.map((s) => html`<th scope="col">${s.name}</th>`)}${input.series.length > 1 ? html`<th scope="col">${l.format('dash.chart.total')}</th>` : ''}</tr></thead>
<tbody>${input.categories.map((c, i) => html`<tr><th scope="row">${c}</th>${input.series.map((s) => html`<td>${s.values[i] ?? 0}</td>`)}${input.series.length > 1 ? html`<td>${totals[i] ?? 0}</td>` : ''}</tr>`)}</tbody></table></details>`;
}

/** The days of the week, Monday first, shortened. */
export const DAYS: readonly MessageId[] = ['dash.day.mon', 'dash.day.tue', 'dash.day.wed', 'dash.day.thu', 'dash.day.fri', 'dash.day.sat', 'dash.day.sun'];

const STATE_TEXT: Record<CoverageState, MessageId> = {
  quiet: 'dash.coverage.quiet',
  covered: 'dash.coverage.covered',
  short: 'dash.coverage.short',
  uncovered: 'dash.coverage.uncovered',
};

export interface HeatmapInput {
  readonly id: string;
  readonly cells: readonly CoverageCell[];
  readonly weeks: number;
  readonly timeZone: string;
  /** The rota's second layer: listeners signed up in each hour of the week over the next 7 days (168, Monday 00:00 first). */
  readonly planned?: readonly number[];
}


/** The rota layer's mark: a bar along the bottom of a cell with listeners planned in its hour. */
const plannedMark = (planned: number, x: number, y: number, w: number, h: number) =>
  planned > 0 ? html`<rect class="planned-mark" data-planned="${planned}" x="${x}" y="${y + h - 5}" width="${w}" height="4"></rect>` : '';

/** Requests per hour of the week against volunteers on duty: 7 × 24 cells, Monday first; with the rota's listeners planned as a second layer. */
export function coverageHeatmap(l: Localiser, input: HeatmapInput): SafeHtml {
  const days = DAYS.map((d) => l.format(d));
  const state = (c: CoverageCell) => l.format(STATE_TEXT[coverageState(c)]);
  const cw = 24;
  const ch = 22;
  const left = 40;
  const topPad = 20;
  const width = left + 24 * cw + 4;
  const height = topPad + 7 * ch + 4;
  const hourLabels = Array.from({ length: 8 }, (_, i) => i * 3).map(
    (h) => html`<text class="x-label" x="${left + h * cw + cw / 2}" y="${topPad - 6}" text-anchor="middle">${String(h).padStart(2, '0')}</text>`,
  );
  const dayLabels = days.map((d, i) => html`<text class="y-label" x="${left - 6}" y="${topPad + i * ch + ch / 2 + 4}" text-anchor="end">${d}</text>`);
  const cells = input.cells.map((c) => {
    const cellState = coverageState(c);
    const avg = c.volunteerHours / input.weeks;
    const planned = input.planned?.[c.day * 24 + c.hour] ?? 0;
    const label = l.format('dash.coverage.cell', {
      day: days[c.day] ?? '',
      from: `${String(c.hour).padStart(2, '0')}:00`,
      to: `${String(c.hour + 1).padStart(2, '0')}:00`,
      requests: c.requests,
      avg: decimal(l.tag, avg),
      one: avg.toFixed(1) === '1.0' ? 'yes' : 'no',
      state: state(c),
      planned,
    });
    const x = left + c.hour * cw;
    const y = topPad + c.day * ch;
    return html`<g><rect class="cell state-${cellState}" data-day="${c.day}" data-hour="${c.hour}" data-requests="${c.requests}" x="${x}" y="${y}" width="${cw - 2}" height="${ch - 2}" rx="2"><title>${label}</title></rect>${plannedMark(planned, x, y, cw - 2, ch - 2)}${c.requests > 0 ? html`<text class="cell-count" x="${x + (cw - 2) / 2}" y="${y + ch / 2 + 3}" text-anchor="middle" aria-hidden="true">${c.requests}</text>` : ''}</g>`;
  });
  const worst = input.cells.filter((c) => coverageState(c) === 'uncovered').reduce((n, c) => n + c.requests, 0);
  const plannedAt = (c: CoverageCell) => input.planned?.[c.day * 24 + c.hour] ?? 0;
  const rota = input.planned === undefined ? '' : l.format('dash.coverage.rota', { hours: input.planned.filter((n) => n > 0).length });
  const withRota = input.planned !== undefined;
  return html`<figure class="chart heatmap" id="${input.id}"><figcaption>${l.format('dash.coverage.caption', { weeks: input.weeks, zone: input.timeZone, rota: withRota ? 'yes' : 'no' })}</figcaption>
<svg class="plot wide" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${input.id}-t ${input.id}-d" preserveAspectRatio="xMinYMin meet">
<title id="${input.id}-t">${l.format('dash.coverage.title')}</title><desc id="${input.id}-d">${l.format('dash.coverage.description', { worst })}${rota}</desc>
${raw(`<defs><pattern id="p-short" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" class="pat-short-bg"></rect><circle cx="3" cy="3" r="1.2" class="pat-mark"></circle></pattern><pattern id="p-uncovered" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="pat-uncovered-bg"></rect><line x1="0" y1="0" x2="0" y2="6" class="pat-line"></line></pattern></defs>`)}
${hourLabels}${dayLabels}${cells}</svg>
${narrowHeatmap(l, input)}
<ul class="legend">${(['quiet', 'covered', 'short', 'uncovered'] as const).map((s) => html`<li><svg class="swatch" width="14" height="14" aria-hidden="true"><rect class="cell state-${s}" width="14" height="14"></rect></svg> ${l.format(STATE_TEXT[s])}</li>`)}${
  input.planned === undefined ? '' : html`<li><svg class="swatch" width="14" height="14" aria-hidden="true"><rect class="planned-mark" y="10" width="14" height="4"></rect></svg> ${l.format('dash.coverage.legendRota')}</li>`
}</ul>
<details class="data"><summary>${l.format('dash.coverage.dataTable', { rota: withRota ? 'yes' : 'no' })}</summary><table><thead><tr><th scope="col">${l.format('dash.coverage.col.hour')}</th><th scope="col">${l.format('dash.kpi.requests')}</th><th scope="col">${l.format('dash.coverage.col.average')}</th><th scope="col">${l.format('dash.coverage.col.state')}</th>${input.planned === undefined ? '' : html`<th scope="col">${l.format('dash.coverage.col.planned')}</th>`}</tr></thead><tbody>
${input.cells
  .filter((c) => c.requests > 0 || c.volunteerHours > 0 || plannedAt(c) > 0)
  .map((c) => html`<tr><th scope="row">${days[c.day] ?? ''} ${String(c.hour).padStart(2, '0')}:00</th><td>${c.requests}</td><td>${decimal(l.tag, c.volunteerHours / input.weeks)}</td><td>${state(c)}</td>${input.planned === undefined ? '' : html`<td>${plannedAt(c)}</td>`}</tr>`)}
</tbody></table></details></figure>`;
}

/** The heatmap for a phone: hours down, days across (7 columns fit where 24 would not). */
function narrowHeatmap(l: Localiser, input: HeatmapInput): SafeHtml {
  const left = 44;
  const cw = 40;
  const ch = 18;
  const topPad = 18;
  const width = left + 7 * cw + 4;
  const height = topPad + 24 * ch + 4;
  const dayLabels = DAYS.map((d, i) => html`<text x="${left + i * cw + cw / 2}" y="${topPad - 5}" text-anchor="middle">${l.format(d)}</text>`);
  const hourLabels = Array.from({ length: 24 }, (_, h) => html`<text x="${left - 6}" y="${topPad + h * ch + ch / 2 + 4}" text-anchor="end">${String(h).padStart(2, '0')}:00</text>`);
  const cells = input.cells.map((c) => {
    const x = left + c.day * cw;
    const y = topPad + c.hour * ch;
    return html`<rect class="cell state-${coverageState(c)}" x="${x}" y="${y}" width="${cw - 2}" height="${ch - 2}" rx="2"></rect>${plannedMark(input.planned?.[c.day * 24 + c.hour] ?? 0, x, y, cw - 2, ch - 2)}${c.requests > 0 ? html`<text class="cell-count" x="${x + (cw - 2) / 2}" y="${y + ch / 2 + 4}" text-anchor="middle" aria-hidden="true">${c.requests}</text>` : ''}`;
  });
  return html`<svg class="plot narrow" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${input.id}-nt ${input.id}-d" preserveAspectRatio="xMinYMin meet">
<title id="${input.id}-nt">${l.format('dash.coverage.title')}</title>${dayLabels}${hourLabels}${cells}</svg>`;
}
