/**
 * Volunteers' private shift calendars over HTTP: `GET /rota/feed/<token>.ics` answers the shifts core
 * finds for the token as iCalendar (RFC 5545), written with ical.js (Mozilla's iCalendar library), times
 * in UTC. An unknown or revoked token is a plain 404, the same as any other path.
 */
import { Hono } from 'hono';
import ICAL from 'ical.js';
import { type CoreDeps, FEED_PATH, rotaFeed, type ShiftFeed } from '../../core/index.js';
import { localiser } from '../../i18n/index.js';

/** The feed as an iCalendar document (CRLF lines, folded as the standard asks), in the feed's language. */
export function renderShiftFeed(feed: ShiftFeed, now: Date): string {
  const words = localiser(feed.locale);
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', '-//Peerline//Rota//EN');
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('x-wr-calname', words.text(feed.name));
  calendar.updatePropertyWithValue('x-wr-timezone', feed.timeZone);
  const stamp = ICAL.Time.fromJSDate(now, true);
  for (const shift of feed.shifts) {
    const component = new ICAL.Component('vevent');
    const event = new ICAL.Event(component);
    event.uid = shift.uid;
    event.summary = words.text(shift.summary);
    event.description = words.text(shift.description);
    // The language of the event's words (RFC 5545 §3.2.10), for calendar apps that read it.
    for (const name of ['summary', 'description']) component.getFirstProperty(name)?.setParameter('language', feed.locale);
    event.startDate = ICAL.Time.fromJSDate(shift.start, true);
    event.endDate = ICAL.Time.fromJSDate(shift.end, true);
    component.updatePropertyWithValue('dtstamp', stamp);
    calendar.addSubcomponent(component);
  }
  return calendar.toString();
}

export function rotaFeedRoutes(deps: Pick<CoreDeps, 'db' | 'clock'>): Hono {
  const app = new Hono({ strict: false });
  app.get(`${FEED_PATH}:file`, async (c) => {
    const file = c.req.param('file');
    const feed = file.endsWith('.ics') ? await rotaFeed(deps, file.slice(0, -'.ics'.length)) : null;
    if (feed === null || !feed.ok) return c.notFound();
    c.header('Content-Type', 'text/calendar; charset=utf-8'); // i18n-exempt: an HTTP header, read by calendar apps
    // Private to whoever holds the address; calendar apps poll, so a short cache is enough.
    c.header('Cache-Control', 'private, max-age=300'); // i18n-exempt: an HTTP header, read by caches
    return c.body(renderShiftFeed(feed.value, deps.clock()));
  });
  return app;
}
