/**
 * Child process of the burst benchmarks: the SDK alone, doing only what the 3-second deadline asks — a
 * Bolt app that acks every command and click, a discord.js client that defers every interaction. It
 * runs under the same load as the bot, in the same run, as the baseline for the bot's ack latency.
 * Prints `bare.ready` when it can take requests.
 */
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import { Client, Events, GatewayIntentBits, MessageFlags, Partials } from 'discord.js';
import { B } from './protocol.js';

const kind = process.argv[2];
const apiUrl = process.argv[3]!;

if (kind === 'slack') {
  const port = Number(process.argv[4]);
  const receiver = new HTTPReceiver({ signingSecret: B.secret, endpoints: '/slack/events', logLevel: LogLevel.ERROR });
  const app = new App({ token: 'xoxb-bench', receiver, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: apiUrl, retryConfig: { retries: 0 } } });
  app.command(/.*/, async ({ ack }) => ack());
  app.action(/.*/, async ({ ack }) => ack());
  await app.start({ port, host: '127.0.0.1' });
  process.stdout.write('bare.ready\n');
} else {
  const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages], partials: [Partials.Channel], rest: { api: apiUrl } });
  client.on(Events.InteractionCreate, (i) => {
    if (i.isChatInputCommand() || i.isButton()) i.deferReply({ flags: MessageFlags.Ephemeral }).catch(() => undefined);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login('bench-token');
  await ready;
  process.stdout.write('bare.ready\n');
  process.once('SIGTERM', () => void client.destroy());
}
