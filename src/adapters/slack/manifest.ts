/**
 * The Slack app manifest `peerline slack:manifest` prints: what an admin pastes into
 * https://api.slack.com/apps → Create New App → From a manifest.
 */
export interface ManifestOptions {
  readonly name: string;
  /** Public base URL for HTTP mode (events, commands and interactivity go to `<base>/slack/events`); null = Socket Mode. */
  readonly baseUrl: string | null;
}

export const BOT_SCOPES = [
  'commands', // /peer and /listen
  'chat:write', // offer cards, replies, relays
  'im:write', // DMs to members and listeners
  'mpim:write', // group-DM session spaces
  'im:history', // read DMs to the bot (relay, crisis scanning)
  'mpim:history', // read session group DMs (crisis scanning)
  'channels:history', // read opted-in public channels (crisis scanning)
  'groups:history', // read opted-in private channels (crisis scanning)
  'users:read', // is the person a workspace admin (first setup)
] as const;

export function slackManifest(o: ManifestOptions): Record<string, unknown> {
  const url = o.baseUrl === null ? undefined : `${o.baseUrl.replace(/\/+$/, '')}/slack/events`;
  const command = (name: string, description: string, hint: string) => ({
    command: name,
    description,
    usage_hint: hint,
    should_escape: true,
    ...(url === undefined ? {} : { url }),
  });
  return {
    display_information: {
      name: o.name,
      description: 'Peer listening and crisis routing. Listeners are trained volunteers, not clinicians.',
      background_color: '#2c3e50',
    },
    features: {
      app_home: { home_tab_enabled: false, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: o.name, always_online: true },
      slash_commands: [
        command('/peer', 'Peer listening: listen, resources, duty, setup and more', 'help | listen | resources [country] | duty on|off|status | …'),
        command('/listen', 'Ask for a peer listener', '[a short note, optional]'),
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: {
        ...(url === undefined ? {} : { request_url: url }),
        bot_events: ['message.im', 'message.mpim', 'message.channels', 'message.groups'],
      },
      interactivity: { is_enabled: true, ...(url === undefined ? {} : { request_url: url }) },
      org_deploy_enabled: false,
      socket_mode_enabled: o.baseUrl === null,
      token_rotation_enabled: false,
    },
  };
}
