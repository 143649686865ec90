/**
 * Runs work that must finish before a deadline: a platform's (Slack's 3 s to answer a form submission), or
 * the crisis reply's, which never waits long on the database.
 * The work is not cancelled when time runs out — the caller answers anyway and says so honestly.
 */
export type Timed<T> = { readonly inTime: true; readonly value: T } | { readonly inTime: false };

/** Milliseconds we allow core before answering a platform that gives us 3 seconds. */
export const FORM_DEADLINE_MS = 2300;

export async function beforeDeadline<T>(ms: number, run: () => Promise<T>): Promise<Timed<T>> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<{ inTime: false }>((resolve) => {
    timer = setTimeout(() => resolve({ inTime: false }), ms);
  });
  try {
    return await Promise.race([run().then((value) => ({ inTime: true as const, value })), late]);
  } finally {
    clearTimeout(timer);
  }
}
