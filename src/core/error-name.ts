/** The name and code of an error, for logs: never its message, which may quote what someone wrote. */
export function errorName(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' || typeof code === 'number' ? `${error.name}:${code}` : error.name;
  }
  return typeof error;
}
