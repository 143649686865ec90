import process from 'node:process';
import { Routes } from 'discord.js';
import { buildDiscordRest } from '../clients/discord.js';
import { COMMANDS } from '../adapters/discord/commands.js';
import { INVITE_PERMISSIONS, inviteUrl } from '../adapters/discord/invite.js';
import { configForCommand } from './environment.js';

/** `peerline discord:register [--guild ID]`: registers the slash commands and prints the invite link. */
export async function discordRegisterCommand(args: string[]): Promise<number> {
  const config = configForCommand(
    args,
    [
      'usage: peerline discord:register [--guild ID]',
      '',
      'Registers Peerline’s slash commands with Discord (globally, or for one server with --guild, which',
      'takes effect at once) using DISCORD_TOKEN and DISCORD_APPLICATION_ID, and prints the invite URL.',
      '',
    ].join('\n'),
  );
  if (typeof config === 'number') return config;
  const discord = config.discord;
  if (discord === null) {
    process.stderr.write('peerline: set DISCORD_TOKEN and DISCORD_APPLICATION_ID first (see .env.example)\n');
    return 2;
  }
  const i = args.indexOf('--guild');
  const guild = i === -1 ? null : (args[i + 1] ?? '');
  if (guild !== null && !/^\d{5,20}$/.test(guild)) {
    process.stderr.write('peerline: --guild takes a numeric server id\n');
    return 2;
  }
  const rest = buildDiscordRest(discord);
  const route = guild === null ? Routes.applicationCommands(discord.applicationId) : Routes.applicationGuildCommands(discord.applicationId, guild);
  await rest.put(route, { body: COMMANDS });
  process.stdout.write(
    [
      `Registered ${COMMANDS.length} commands ${guild === null ? 'globally (may take up to an hour to appear)' : `for server ${guild}`}.`,
      '',
      `Invite the bot (permissions ${INVITE_PERMISSIONS}):`,
      inviteUrl(discord.applicationId),
      '',
    ].join('\n'),
  );
  return 0;
}
