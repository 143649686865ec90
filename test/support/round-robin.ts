/** A round-robin HTTP proxy on 127.0.0.1, as a load balancer without sticky sessions sends Slack's requests to replicas. */
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobin {
  /** Slack's request URL through the proxy. */
  readonly url: string;
  /** Which upstream (index into the ports) each request went to, in order. */
  readonly log: number[];
  close(): Promise<void>;
}

/** Each request goes to the next upstream port in turn, over kept-alive connections. */
export async function roundRobin(ports: readonly number[]): Promise<RoundRobin> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const log: number[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    const upstream = next++ % ports.length;
    log.push(upstream);
    const forward = request({ host: '127.0.0.1', port: ports[upstream], method: req.method, path: req.url, headers: req.headers, agent }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`,
    log,
    close: () => {
      agent.destroy();
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
