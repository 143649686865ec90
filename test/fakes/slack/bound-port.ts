import type { Server } from 'node:net';

/** The TCP port a listening server was given (after `listen({ port: 0 })`). */
export function boundPort(server: Server): number {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('server is not listening on a TCP port');
  return address.port;
}
