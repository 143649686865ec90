import process from 'node:process';
import { slackManifest } from '../adapters/slack/manifest.js';

export async function slackManifestCommand(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    process.stdout.write(
      [
        'usage: peerline slack:manifest [--url https://your.host] [--name Peerline]',
        '',
        'Prints a Slack app manifest (JSON). With --url, HTTP mode: Slack sends commands, events and clicks to',
        '<url>/slack/events. Without it, Socket Mode: no public URL, set SLACK_APP_TOKEN instead.',
        '',
      ].join('\n'),
    );
    return 0;
  }
  const option = (name: string): string | null => {
    const i = args.indexOf(name);
    return i === -1 ? null : (args[i + 1] ?? null);
  };
  const url = option('--url');
  if (url !== null && !/^https:\/\/[^\s/]+/.test(url)) {
    process.stderr.write('peerline: --url must be an https:// address Slack can reach\n');
    return 2;
  }
  process.stdout.write(`${JSON.stringify(slackManifest({ name: option('--name') ?? 'Peerline', baseUrl: url }), null, 2)}\n`);
  return 0;
}
