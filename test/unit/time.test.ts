import { describe, expect, it } from 'vitest';
import { formatLocal, localDate, parseLocalDateTime } from '../../src/core/time.js';

describe('reading "YYYY-MM-DD HH:MM" in a community time zone', () => {
  it('applies the zone offset in force on that date', () => {
    expect(parseLocalDateTime('2026-01-15 14:30', 'Europe/London')?.toISOString()).toBe('2026-01-15T14:30:00.000Z');
    expect(parseLocalDateTime('2026-07-15 14:30', 'Europe/London')?.toISOString()).toBe('2026-07-15T13:30:00.000Z');
    expect(parseLocalDateTime('2026-07-15 14:30', 'America/New_York')?.toISOString()).toBe('2026-07-15T18:30:00.000Z');
    expect(parseLocalDateTime('2026-12-31 23:59', 'Asia/Tokyo')?.toISOString()).toBe('2026-12-31T14:59:00.000Z');
    expect(parseLocalDateTime('2026-03-01 00:00', 'UTC')?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });

  it('settles the offset on the days the clocks change', () => {
    // London: 01:00 GMT on 29 March 2026 becomes 02:00 BST; 25 October 2026 goes back at 02:00 BST.
    expect(parseLocalDateTime('2026-03-29 00:30', 'Europe/London')?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parseLocalDateTime('2026-03-29 03:00', 'Europe/London')?.toISOString()).toBe('2026-03-29T02:00:00.000Z');
    expect(parseLocalDateTime('2026-10-25 12:00', 'Europe/London')?.toISOString()).toBe('2026-10-25T12:00:00.000Z');
  });

  it('accepts a T between date and time and surrounding spaces', () => {
    expect(parseLocalDateTime(' 2026-07-15T09:05 ', 'UTC')?.toISOString()).toBe('2026-07-15T09:05:00.000Z');
  });

  it('refuses what is not a real local time in that shape', () => {
    for (const text of ['', 'yesterday', '2026-07-15', '2026-07-15 9:05', '15/07/2026 09:05', '2026-02-30 10:00', '2026-13-01 10:00', '2026-00-10 10:00', '2026-07-00 10:00', '2026-07-15 24:00', '2026-07-15 10:60', '2026-07-15 10:00:00']) {
      expect(parseLocalDateTime(text, 'Europe/London'), text).toBeNull();
    }
    expect(parseLocalDateTime('2028-02-29 10:00', 'UTC')?.toISOString()).toBe('2028-02-29T10:00:00.000Z');
    expect(parseLocalDateTime('2027-02-29 10:00', 'UTC')).toBeNull();
  });
});

describe('local dates with formatters kept per time zone', () => {
  it('gives each zone its own date for the same instant, however often and in whatever order it is asked', () => {
    const at = new Date('2026-12-06T23:30:00Z');
    for (let round = 0; round < 3; round += 1) {
      expect(localDate(at, 'Europe/London')).toBe('2026-12-06');
      expect(localDate(at, 'Asia/Tokyo')).toBe('2026-12-07');
      expect(localDate(at, 'America/Los_Angeles')).toBe('2026-12-06');
      expect(formatLocal(at, 'Asia/Tokyo')).toBe('Mon, 7 Dec 2026, 08:30');
      expect(formatLocal(at, 'UTC')).toBe('Sun, 6 Dec 2026, 23:30');
    }
  });

  it('still refuses a time zone that does not exist, every time', () => {
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});
