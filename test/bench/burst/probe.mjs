/**
 * Loaded into a benchmarked process with `--import` (never by the bot itself): answers the parent's
 * `{ type: 'usage' }` over IPC with this process's CPU time and RSS, so the CPU figure is the bot's
 * own, measured inside it. On SIGTERM it lets go of the IPC channel so the process can exit (and write
 * its CPU profile when started with --cpu-prof). Plain JavaScript, so the built bot (`dist/cli.js`) is
 * measured with no TypeScript loader in its process.
 */
import process from 'node:process';

if (process.send !== undefined) {
  process.on('message', (/** @type {{ type?: string }} */ m) => {
    if (m.type !== 'usage') return;
    const cpu = process.cpuUsage();
    process.send?.({ type: 'usage', cpuUserMicros: cpu.user, cpuSystemMicros: cpu.system, rss: process.memoryUsage.rss(), uptimeMs: process.uptime() * 1000 });
  });
  process.once('SIGTERM', () => {
    setTimeout(() => process.disconnect(), 200).unref();
  });
}
