/** Route templates such as '/channels/:channelId/messages': `:name` matches one path segment. */

export function matchTemplate(template: string, path: string): Record<string, string> | null {
  const want = template.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = got[index];
    if (actual === undefined) return null;
    if (part.startsWith(':')) {
      if (actual === '') return null;
      params[part.slice(1)] = actual;
    } else if (part !== actual) {
      return null;
    }
  }
  return params;
}

/** A template string, or a RegExp tested against the path (after '/api/v10'). */
export type PathPattern = string | RegExp;

export function pathMatches(pattern: PathPattern, path: string): boolean {
  return typeof pattern === 'string' ? matchTemplate(pattern, path) !== null : pattern.test(path);
}
