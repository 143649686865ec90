/** Guild-level permission arithmetic, as Discord computes it before channel overwrites. */
import { PermissionFlagsBits } from 'discord.js';

const P = PermissionFlagsBits;

export const ALL_PERMISSIONS: bigint = Object.values(P).reduce((all, bit) => all | bit, 0n);

/** Roughly what a new server's @everyone role grants. */
export const DEFAULT_EVERYONE_PERMISSIONS: bigint =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.CreatePublicThreads |
  P.CreatePrivateThreads |
  P.EmbedLinks |
  P.AttachFiles |
  P.AddReactions |
  P.ReadMessageHistory |
  P.UseApplicationCommands;

/** What a ticket-style bot is typically invited with: enough for Peerline's private session threads. */
export const DEFAULT_BOT_PERMISSIONS: bigint =
  P.ViewChannel |
  P.SendMessages |
  P.SendMessagesInThreads |
  P.CreatePrivateThreads |
  P.ManageThreads |
  P.EmbedLinks |
  P.ReadMessageHistory;

/** What `app_permissions` says in a DM with the bot. */
export const DM_APP_PERMISSIONS: bigint =
  P.ViewChannel | P.SendMessages | P.EmbedLinks | P.AttachFiles | P.ReadMessageHistory | P.AddReactions | P.UseExternalEmojis;

export function toBits(value: bigint | string | undefined, fallback: bigint): bigint {
  if (value === undefined) return fallback;
  return typeof value === 'bigint' ? value : BigInt(value);
}

/** Owner and Administrator get everything; otherwise @everyone OR each role. */
export function memberPermissions(input: {
  readonly isOwner: boolean;
  readonly everyone: bigint;
  readonly rolePermissions: readonly bigint[];
}): bigint {
  if (input.isOwner) return ALL_PERMISSIONS;
  const bits = input.rolePermissions.reduce((all, bits) => all | bits, input.everyone);
  return (bits & P.Administrator) === 0n ? bits : ALL_PERMISSIONS;
}

export function has(bits: bigint, permission: bigint): boolean {
  return (bits & permission) === permission;
}
