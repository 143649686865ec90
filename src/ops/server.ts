/**
 * The operators' endpoints on their own small server, for a bot with neither the web adapter nor
 * Slack's HTTP mode running (Discord only, or Slack in Socket Mode): an orchestrator still needs
 * `/healthz`. It listens where the web adapter would (`PEERLINE_WEB_PORT`/`PORT`, `PEERLINE_WEB_HOST`).
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Hono } from 'hono';
import type { AddressInfo } from 'node:net';

export interface OpsServer {
  readonly name: 'ops';
  readonly port: number;
  stop(): Promise<void>;
}

export async function startOpsServer(routes: Hono, port: number, host: string): Promise<OpsServer> {
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: routes.fetch, port, hostname: host, overrideGlobalObjects: false }, () => {
      s.off('error', reject);
      resolve(s);
    });
    s.once('error', reject);
  });
  return {
    name: 'ops',
    port: (server.address() as AddressInfo).port,
    async stop() {
      if ('closeAllConnections' in server) server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
