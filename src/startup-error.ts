/**
 * A failure at start-up the operator can fix, said in one sentence that names the setting to change.
 * The `peerline` command prints its message alone (no stack) and exits with status 1.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** A listening failure (port taken, no permission, no such interface) as a StartupError naming the keys. */
export function listenProblem(error: unknown, what: string, port: number, portKey: string, host: string, hostKey: string): unknown {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRINUSE') return new StartupError(`${what} cannot listen on port ${port}: another process already uses it; set ${portKey} to a free port (or stop the other process).`);
  if (code === 'EACCES') return new StartupError(`${what} is not allowed to listen on port ${port}; set ${portKey} to a port above 1023.`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return new StartupError(`${what} cannot listen on ${host}: this machine has no such address; set ${hostKey} to one of its addresses (127.0.0.1, 0.0.0.0).`);
  return error;
}
