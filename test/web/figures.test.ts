/** The dashboard's figures and charts: pure functions of times and counts. */
import { describe, expect, it } from 'vitest';
import { barChart, coverageHeatmap, niceScale } from '../../src/adapters/web/dashboard/charts.js';
import { localiser } from '../../src/i18n/index.js';

const en = localiser('en');
import { coverage, coverageState, crisisByWeek, dutyIntervals, outcomesByDay, plannedByHour, waitHistogram, ZonedCalendar } from '../../src/adapters/web/dashboard/figures.js';

const at = (iso: string) => new Date(iso);
const facts = (createdAt: string, acceptedAfterMin: number | null, status: 'queued' | 'closed' | 'cancelled' | 'expired' = 'closed') => ({
  createdAt: at(createdAt),
  acceptedAt: acceptedAfterMin === null ? null : new Date(at(createdAt).getTime() + acceptedAfterMin * 60_000),
  endedAt: null,
  status,
});

describe('waiting times', () => {
  it('counts accepted requests per bucket, and ignores those never accepted', () => {
    const counts = waitHistogram([facts('2026-11-23T10:00:00Z', 0.5), facts('2026-11-23T10:00:00Z', 7), facts('2026-11-23T10:00:00Z', 15), facts('2026-11-23T10:00:00Z', 300), facts('2026-11-23T10:00:00Z', null, 'cancelled')]);
    expect(counts).toEqual([1, 0, 1, 1, 0, 0, 1]);
  });
});

describe('the community calendar', () => {
  it('puts hours in the local week, across daylight saving and half-hour zones', () => {
    const london = new ZonedCalendar('Europe/London');
    // Summer time: 09:30 UTC is 10:30 in London, a Monday.
    expect(london.hourOfWeek(at('2026-07-06T09:30:00Z'))).toEqual({ day: 0, hour: 10 });
    // Winter: the same UTC time is 09:30.
    expect(london.hourOfWeek(at('2026-11-23T09:30:00Z'))).toEqual({ day: 0, hour: 9 });
    const kolkata = new ZonedCalendar('Asia/Kolkata');
    // 18:45 UTC Sunday is 00:15 Monday in India (UTC+5:30).
    expect(kolkata.hourOfWeek(at('2026-11-22T18:45:00Z'))).toEqual({ day: 0, hour: 0 });
    expect(kolkata.date(at('2026-11-22T18:45:00Z'))).toBe('2026-11-23');
  });
});

describe('duty shifts from the audit log', () => {
  const window = { from: at('2026-11-23T00:00:00Z'), to: at('2026-11-23T12:00:00Z') };

  it('pairs starts with ends, treats a confirmation as a continuation, and clips to the window', () => {
    const shifts = dutyIntervals(
      [
        { who: 'a', kind: 'end', at: at('2026-11-23T01:00:00Z') }, // began before the events read
        { who: 'b', kind: 'start', at: at('2026-11-23T08:00:00Z') },
        { who: 'b', kind: 'start', at: at('2026-11-23T09:00:00Z') }, // confirmed: same shift
        { who: 'b', kind: 'end', at: at('2026-11-23T10:00:00Z') },
        { who: 'c', kind: 'start', at: at('2026-11-23T11:00:00Z') }, // still on duty
        { who: 'd', kind: 'start', at: at('2026-11-23T02:00:00Z') }, // no end, not on duty now
      ],
      [{ who: 'c' }],
      window,
      4,
    );
    const hours = (i: { start: number; end: number }) => [new Date(i.start).toISOString().slice(11, 16), new Date(i.end).toISOString().slice(11, 16)];
    expect(shifts.map(hours)).toEqual([
      ['00:00', '01:00'],
      ['08:00', '10:00'],
      ['11:00', '12:00'],
      ['02:00', '06:00'],
    ]);
  });

  it('counts volunteer-hours and requests per hour of the week, and says where demand outran cover', () => {
    const calendar = new ZonedCalendar('UTC');
    const cells = coverage(
      [at('2026-11-23T08:10:00Z'), at('2026-11-23T08:20:00Z'), at('2026-11-23T09:05:00Z'), at('2026-11-24T03:00:00Z')],
      [{ start: at('2026-11-23T08:30:00Z').getTime(), end: at('2026-11-23T10:00:00Z').getTime() }],
      calendar,
    );
    expect(cells).toHaveLength(168);
    const cell = (day: number, hour: number) => cells[day * 24 + hour]!;
    expect(cell(0, 8)).toMatchObject({ requests: 2, volunteerHours: 0.5 });
    expect(coverageState(cell(0, 8))).toBe('short');
    expect(cell(0, 9)).toMatchObject({ requests: 1, volunteerHours: 1 });
    expect(coverageState(cell(0, 9))).toBe('covered');
    expect(coverageState(cell(1, 3))).toBe('uncovered');
    expect(coverageState(cell(2, 3))).toBe('quiet');
  });
});

describe('outcomes and crisis counts over time', () => {
  const calendar = new ZonedCalendar('Europe/London');
  const now = at('2026-11-23T10:00:00Z');

  it('sorts each day\'s requests by what became of them', () => {
    const days = outcomesByDay(
      [facts('2026-11-22T09:00:00Z', 3), facts('2026-11-23T09:00:00Z', null, 'cancelled'), facts('2026-11-23T09:30:00Z', null, 'expired'), facts('2026-11-23T09:50:00Z', null, 'queued'), facts('2026-10-01T09:00:00Z', 1)],
      3,
      now,
      calendar,
    );
    expect(days).toEqual([
      { date: '2026-11-21', accepted: 0, cancelled: 0, expired: 0, waiting: 0 },
      { date: '2026-11-22', accepted: 1, cancelled: 0, expired: 0, waiting: 0 },
      { date: '2026-11-23', accepted: 0, cancelled: 1, expired: 1, waiting: 1 },
    ]);
  });

  it('counts crisis events per local week, Monday first', () => {
    const weeks = crisisByWeek(
      [
        { createdAt: at('2026-11-22T23:30:00Z'), tier: 'high' }, // Sunday night: last week
        { createdAt: at('2026-11-23T00:30:00Z'), tier: 'imminent' },
        { createdAt: at('2026-11-23T08:00:00Z'), tier: 'elevated' },
      ],
      2,
      now,
      calendar,
    );
    expect(weeks).toEqual([
      { week: '2026-11-16', elevated: 0, high: 1, imminent: 0 },
      { week: '2026-11-23', elevated: 1, high: 0, imminent: 1 },
    ]);
  });
});

describe('charts', () => {
  it('picks round scales', () => {
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0, 1] });
    expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(37)).toEqual({ top: 40, ticks: [0, 10, 20, 30, 40] });
  });

  it('draws one group per category, stacks series, and escapes labels', () => {
    const svg = String(
      barChart(en, {
        id: 'c',
        title: 'T <b>',
        description: 'D',
        categories: ['a', '<x>'],
        series: [
          { name: 'one', cls: 's-accepted', values: [1, 0] },
          { name: 'two', cls: 's-cancelled', values: [2, 0] },
        ],
        yLabel: 'n',
      }),
    );
    expect(svg.match(/class="bar-group"/g)).toHaveLength(2);
    expect(svg.match(/<rect class="bar /g)).toHaveLength(2);
    expect(svg).toContain('<title>&lt;x&gt;: one 0, two 0</title>');
    expect(svg).toContain('T &lt;b&gt;');
    expect(svg).toContain('<th scope="row">a</th><td>1</td><td>2</td><td>3</td>');
  });

  it('marks uncovered hours with a pattern and says so in words', () => {
    const cells = coverage([at('2026-11-24T03:00:00Z')], [], new ZonedCalendar('UTC'));
    const svg = String(coverageHeatmap(en, { id: 'h', cells, weeks: 4, timeZone: 'UTC' }));
    expect(svg.match(/<rect class="cell state-[a-z]+" data-day=/g)).toHaveLength(168);
    expect(svg).toContain('data-day="1" data-hour="3" data-requests="1"');
    expect(svg).toContain('Tue 03:00–04:00: 1 request, on average 0.0 volunteers on duty — uncovered: requests with nobody on duty');
    expect(svg).toContain('1 request was made in hours with nobody on duty');
    expect(svg).toContain('<pattern id="p-uncovered"');
  });

  it('adds the rota as a second layer: listeners planned per local hour, shifts in one hour adding up', () => {
    const london = new ZonedCalendar('Europe/London');
    // Sat 24 Oct 2026 22:00–02:00 local crosses the end of summer time (02:00 BST becomes 01:00 GMT):
    // 5 real hours, in 4 local hours of the week (01:00 comes twice and counts once).
    const planned = plannedByHour(
      [
        { start: at('2026-11-23T18:00:00Z'), end: at('2026-11-23T20:00:00Z'), signedUp: 2 },
        { start: at('2026-11-23T19:30:00Z'), end: at('2026-11-23T21:00:00Z'), signedUp: 1 },
        { start: at('2026-10-24T21:00:00Z'), end: at('2026-10-25T02:00:00Z'), signedUp: 1 },
        { start: at('2026-11-24T09:00:00Z'), end: at('2026-11-24T10:00:00Z'), signedUp: 0 },
      ],
      london,
    );
    const atHour = (day: number, hour: number) => planned[day * 24 + hour];
    expect([atHour(0, 17), atHour(0, 18), atHour(0, 19), atHour(0, 20), atHour(0, 21)]).toEqual([0, 2, 3, 1, 0]);
    expect([atHour(5, 22), atHour(5, 23), atHour(6, 0), atHour(6, 1), atHour(6, 2)]).toEqual([1, 1, 1, 1, 0]);
    expect(planned.reduce((a, b) => a + b, 0)).toBe(10);

    const cells = coverage([at('2026-11-23T18:10:00Z')], [], london);
    const svg = String(coverageHeatmap(en, { id: 'h', cells, weeks: 4, timeZone: 'Europe/London', planned }));
    expect(svg.match(/<rect class="planned-mark" data-planned=/g)).toHaveLength(2 * 7);
    expect(svg).toContain('Mon 18:00–19:00: 1 request, on average 0.0 volunteers on duty — uncovered: requests with nobody on duty; 2 listeners planned on the rota');
    expect(svg).toContain('bar: listeners planned on the rota (next 7 days)');
    expect(svg).toContain('<th scope="row">Mon 19:00</th><td>0</td><td>0.0</td><td>no requests, nobody on duty</td><td>3</td>');
    // Without the rota layer the chart is as before: no marks, no column.
    expect(String(coverageHeatmap(en, { id: 'h', cells, weeks: 4, timeZone: 'Europe/London' }))).not.toContain('planned');
  });
});
