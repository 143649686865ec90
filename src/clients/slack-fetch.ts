/**
 * The HTTP transport of the Slack clients. Bolt's replies to `response_url` and every Web API call go
 * through a `fetch` function the SDK lets us choose (`clientOptions.fetch`). Node's own `fetch` wraps
 * each request and response in WHATWG streams and transferable abort signals: on these machines it costs
 * about 260 µs of client CPU per small POST against about 55 µs this way, over undici's `request`, the
 * engine under that same `fetch` (`npm run bench -- transport`, BENCHMARKS.md). A `/listen` makes two
 * such calls (the reply and the card), so this is where the cheaper path matters.
 *
 * Only what the SDK uses is implemented (`@slack/web-api`'s `FetchFunction`): a POST or GET with a
 * string body and string headers, answered with status, headers and a body read whole (Slack's answers
 * are small JSON). Redirects are not followed: Slack's API and response URLs do not redirect, and a
 * redirect reaches the SDK as the HTTP error it is. A body that is not a string (a multipart upload) is
 * left to Node's `fetch`.
 */
import type { webApi } from '@slack/bolt';
import { Agent, request } from 'undici';

type FetchFunction = webApi.FetchFunction;
type FetchResponse = Awaited<ReturnType<FetchFunction>>;

/** One keep-alive connection pool per origin, as Node's `fetch` keeps; connections idle 4 s are closed. */
const agent = new Agent({ keepAliveTimeout: 4_000 });

/** A response's headers as the SDK reads them (`get`, `entries`); repeated headers are joined with ", ". */
function headersOf(raw: Record<string, string | string[] | undefined>): FetchResponse['headers'] {
  const flat = new Map<string, string>();
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) flat.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }
  return { get: (name: string) => flat.get(name.toLowerCase()) ?? null, entries: () => flat.entries() };
}

export const slackFetch: FetchFunction = async (url, init = {}) => {
  const { body } = init;
  if (body !== undefined && typeof body !== 'string') return fetch(url, init);
  const href = typeof url === 'string' ? url : url.href;
  const res = await request(href, {
    dispatcher: agent,
    method: init.method ?? 'GET',
    ...(init.headers === undefined ? {} : { headers: init.headers }),
    ...(body === undefined ? {} : { body }),
    ...(init.signal === undefined ? {} : { signal: init.signal }),
  });
  // Read whole before answering, so the connection goes back to the pool whatever the caller reads.
  const bytes = Buffer.from(await res.body.arrayBuffer());
  const status = res.statusCode;
  if (init.redirect === 'error' && status >= 300 && status < 400) {
    // What fetch does with `redirect: 'error'` (the Web API client asks for it).
    throw new TypeError(`fetch failed: ${href} redirected (${status})`);
  }
  const response: FetchResponse = {
    ok: status >= 200 && status < 300,
    status,
    statusText: res.statusText ?? '',
    url: href,
    headers: headersOf(res.headers),
    arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    text: () => Promise.resolve(bytes.toString('utf8')),
    json: () => Promise.resolve(JSON.parse(bytes.toString('utf8')) as unknown),
  };
  return response;
};
