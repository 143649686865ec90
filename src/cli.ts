#!/usr/bin/env node
/**
 * The `peerline` command. Each sub-command lives in its own module under `src/cli/` and is loaded
 * only when asked for, so `peerline scan` never opens a database or a chat connection.
 */
import process from 'node:process';

type Command = (args: string[]) => Promise<number>;

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  start: {
    summary: 'run the bot (what `npm start` runs)',
    load: async () => (await import('./cli/start.js')).startCommand,
  },
  migrate: {
    summary: 'apply pending database migrations and exit',
    load: async () => (await import('./cli/migrate.js')).migrateCommand,
  },
  'trim:rekey': {
    summary: 're-encrypt every TRiM note under PEERLINE_TRIM_KEY (after a key change) and report counts',
    load: async () => (await import('./cli/trim-rekey.js')).trimRekeyCommand,
  },
  'slack:manifest': {
    summary: 'print a Slack app manifest (--url for HTTP mode, else Socket Mode)',
    load: async () => (await import('./cli/slack-manifest.js')).slackManifestCommand,
  },
  'discord:register': {
    summary: 'register the Discord slash commands (--guild ID for one server) and print the invite URL',
    load: async () => (await import('./cli/discord-register.js')).discordRegisterCommand,
  },
  scan: {
    summary: 'read messages from stdin (one per line), print one JSON detection per line',
    load: async () => (await import('./cli/scan.js')).scanCommand,
  },
  eval: {
    summary: 'measure the crisis detector on a labelled file (label<TAB>text per line); prints figures, never text',
    load: async () => (await import('./cli/eval.js')).evalCommand,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(18)} ${c.summary}`);
  return ['usage: peerline <command> [options]', '', 'commands:', ...lines].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(usage() + '\n');
    return name === undefined ? 1 : 0;
  }
  const command = commands[name];
  if (command === undefined) {
    process.stderr.write(`peerline: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  return (await command.load())(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A start-up problem the operator can fix is one sentence naming the setting; anything else is a bug: its stack.
    const known = error instanceof Error && error.name === 'StartupError';
    process.stderr.write(`peerline: ${known ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
