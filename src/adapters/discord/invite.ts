/** The invite link with exactly the permissions Peerline uses, and why each is needed. */
import { PermissionFlagsBits } from 'discord.js';

const NEEDED = [
  PermissionFlagsBits.ViewChannel, // see the volunteer and sessions channels
  PermissionFlagsBits.SendMessages, // offer cards and alerts
  PermissionFlagsBits.EmbedLinks, // cards are embeds
  PermissionFlagsBits.ReadMessageHistory, // update its own cards
  PermissionFlagsBits.CreatePrivateThreads, // session spaces
  PermissionFlagsBits.SendMessagesInThreads, // intros and relayed messages
  PermissionFlagsBits.ManageThreads, // archive and lock a session when it ends
];

export const INVITE_PERMISSIONS = NEEDED.reduce((a, b) => a | b, 0n).toString();

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot%20applications.commands&permissions=${INVITE_PERMISSIONS}`;
}
