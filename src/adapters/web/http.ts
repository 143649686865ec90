/**
 * What the web adapter adds to Hono: the Host allow-list, same-origin form posts, bounded form bodies,
 * and replies with the security headers. URL, query and cookie parsing are Hono's (malformed input is
 * answered, never thrown past the handler).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import type { MessageId } from '../../i18n/index.js';

/** Largest request body accepted (a form with a 500-character note fits many times over). */
export const MAX_BODY_BYTES = 16 * 1024;

/** An expected refusal: the status and a sentence safe to show (a catalogue message, shown in the reader's language). */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 429,
    readonly publicMessage: MessageId,
  ) {
    super(publicMessage);
  }
}

/** Host names the server answers to when no other is configured: this machine only. */
export const LOCAL_HOSTS: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** The host name of a `Host` header value (`example.org:3000` → `example.org`, `[::1]:80` → `[::1]`), lower case. */
export function hostName(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) return lower.slice(0, lower.indexOf(']') + 1);
  const colon = lower.indexOf(':');
  return colon < 0 ? lower : lower.slice(0, colon);
}

/**
 * Refuses a request whose `Host` is not one of `allowed` (host names, no port). A page on another site
 * whose DNS name is re-pointed at this machine (DNS rebinding) sends its own name as `Host`, so it is
 * refused before it can drive the playground.
 */
export function hostAllowList(allowed: readonly string[]): MiddlewareHandler {
  const names = new Set(allowed.map(hostName));
  return async (c, next) => {
    const host = c.req.header('host');
    if (host === undefined || !names.has(hostName(host))) throw new HttpError(403, 'web.wrongHost');
    await next();
  };
}

/**
 * Refuses cross-site form posts (another site making a visitor's browser act here). A browser's
 * `Sec-Fetch-Site` decides when sent: only `same-origin` passes. Without it, the `Origin` must name this
 * server's host; `Origin: null` (sandboxed frames, `data:` pages) is not this site, and a post with
 * neither header is refused. (Our pages send `Referrer-Policy: no-referrer`, under which Chromium sends
 * `Origin: null` even on a same-origin form post, so `Sec-Fetch-Site` has to come first.) Hosts are
 * compared without the scheme, so this holds behind a TLS-terminating proxy too.
 */
export const sameOrigin = (): MiddlewareHandler =>
  csrf({
    secFetchSite: 'same-origin',
    origin: (origin, c) => {
      if (c.req.header('sec-fetch-site') !== undefined) return false;
      if (origin === 'null' || !URL.canParse(origin)) return false;
      return new URL(origin).host === c.req.header('host');
    },
  });

/** Bounds every request body at `MAX_BODY_BYTES` (413 beyond), before anything reads it. */
export const limitBody = (): MiddlewareHandler =>
  bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new HttpError(413, 'web.tooLong');
    },
  });

/** The posted form; only `application/x-www-form-urlencoded` is read. */
export async function readForm(c: Context): Promise<URLSearchParams> {
  const type = c.req.header('content-type') ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) throw new HttpError(415, 'web.formType');
  return new URLSearchParams(await c.req.text());
}

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Everything is served from here: no CDN, no external font, no inline script.
  // i18n-exempt: an HTTP header's value
  'content-security-policy': "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** Adds the security headers to every reply that does not set its own. */
export const securityHeaders = (): MiddlewareHandler => async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) if (!c.res.headers.has(name)) c.res.headers.set(name, value);
};

export function sendAsset(type: string, body: string): Response {
  return new Response(body, { status: 200, headers: { 'content-type': `${type}; charset=utf-8`, 'x-content-type-options': 'nosniff', 'cache-control': 'no-cache' } });
}

/** Whether the client asked for JSON (the playground script) rather than a page (a form post without script). */
export const wantsJson = (c: Context): boolean => (c.req.header('accept') ?? '').includes('application/json');
