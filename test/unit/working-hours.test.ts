/** Working hours read as people write them, and the next moment inside them, across daylight-saving changes (fixed instants, no clock). */
import { describe, expect, it } from 'vitest';
import { formatWorkingHours, nextWorkingTime, readWorkingHours } from '../../src/core/working-hours.js';
import type { WorkingHours } from '../../src/core/settings.js';

const WEEKDAYS: WorkingHours = { days: [1, 2, 3, 4, 5], startMinute: 9 * 60, endMinute: 17 * 60 + 30 };
const next = (at: string, hours: WorkingHours | null = WEEKDAYS, zone = 'Europe/London') => nextWorkingTime(new Date(at), hours, zone).toISOString();

describe('the next moment within working hours', () => {
  it('is the moment itself inside the hours, and the next start outside them', () => {
    // Wednesday 25 November 2026, London on GMT.
    expect(next('2026-11-25T10:15:00Z')).toBe('2026-11-25T10:15:00.000Z');
    expect(next('2026-11-25T17:29:59Z')).toBe('2026-11-25T17:29:59.000Z');
    // Late in the evening: the next morning at 09:00.
    expect(next('2026-11-25T21:40:00Z')).toBe('2026-11-26T09:00:00.000Z');
    expect(next('2026-11-25T17:30:00Z')).toBe('2026-11-26T09:00:00.000Z');
    // Early morning: 09:00 the same day.
    expect(next('2026-11-25T06:00:00Z')).toBe('2026-11-25T09:00:00.000Z');
    // Friday evening and the weekend: Monday 09:00.
    expect(next('2026-11-27T19:00:00Z')).toBe('2026-11-30T09:00:00.000Z');
    expect(next('2026-11-29T12:00:00Z')).toBe('2026-11-30T09:00:00.000Z');
    // No working hours: at once, whenever.
    expect(next('2026-11-29T03:00:00Z', null)).toBe('2026-11-29T03:00:00.000Z');
  });

  it('keeps 09:00 local when the clocks change in between', () => {
    // Saturday 24 October 2026, 20:00 BST (19:00Z); the clocks go back on Sunday: Monday 09:00 is GMT.
    expect(next('2026-10-24T19:00:00Z')).toBe('2026-10-26T09:00:00.000Z');
    // Friday 26 March 2027, 18:00 GMT; the clocks go forward on Sunday: Monday 09:00 BST is 08:00Z.
    expect(next('2027-03-26T18:00:00Z')).toBe('2027-03-29T08:00:00.000Z');
    // Inside the hours on the Monday after, in BST: 08:30Z is 09:30 local.
    expect(next('2027-03-29T08:30:00Z')).toBe('2027-03-29T08:30:00.000Z');
    // New York, every day: 23:00 EST on Saturday 7 March 2026 → 09:00 EDT on Sunday 8 March (13:00Z).
    expect(next('2026-03-08T04:00:00Z', { days: [0, 1, 2, 3, 4, 5, 6], startMinute: 540, endMinute: 1050 }, 'America/New_York')).toBe('2026-03-08T13:00:00.000Z');
  });

  it('reads the hours as written, and says what is wrong otherwise', () => {
    expect(readWorkingHours('Mon-Fri 09:00-17:30')).toEqual(WEEKDAYS);
    expect(readWorkingHours('mon–fri 9:00 to 17:30')).toEqual(WEEKDAYS);
    expect(readWorkingHours('every day 08:00-20:00')).toEqual({ days: [0, 1, 2, 3, 4, 5, 6], startMinute: 480, endMinute: 1200 });
    expect(readWorkingHours('Fri-Mon 10:00-24:00')).toEqual({ days: [0, 1, 5, 6], startMinute: 600, endMinute: 1440 });
    expect(readWorkingHours('Mon, Wed, Friday 07:30-12:00')).toEqual({ days: [1, 3, 5], startMinute: 450, endMinute: 720 });
    expect(readWorkingHours('any time')).toBeNull();
    expect(readWorkingHours('Mon-Fri 17:30-09:00')).toContain('no overnight hours');
    expect(readWorkingHours('Mon-Fri 09:00-25:00')).toContain('is not a time');
    expect(readWorkingHours('Weekdays 09:00-17:00')).toContain('is not a day');
    expect(readWorkingHours('from nine')).toContain('Write the days then the hours');
    for (const h of [WEEKDAYS, { days: [0, 1, 2, 3, 4, 5, 6], startMinute: 0, endMinute: 1440 }, { days: [1, 3, 5], startMinute: 450, endMinute: 720 }, null]) {
      expect(readWorkingHours(formatWorkingHours(h))).toEqual(h);
    }
    expect(formatWorkingHours(WEEKDAYS)).toBe('Mon–Fri 09:00–17:30');
  });
});
