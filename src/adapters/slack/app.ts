/**
 * The Slack adapter on Bolt. Every listener acknowledges first — before any database work, within
 * Slack's 3 seconds — then calls one core use case and renders its view privately (an ephemeral reply
 * through `response_url`, or a DM). Payloads are parsed with zod; what does not parse gets a calm reply.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, LogLevel, type RespondFn } from '@slack/bolt';
import type { Actor } from '../../core/actor.js';
import type { CoreDeps } from '../../core/deps.js';
import type { Logger } from '../../core/ports.js';
import { cancelRequest } from '../../core/use-cases/cancel-request.js';
import { configureCommunity } from '../../core/use-cases/configure-community.js';
import { duty } from '../../core/use-cases/duty.js';
import { endSession } from '../../core/use-cases/end-session.js';
import { forgetMe } from '../../core/use-cases/forget-me.js';
import { handleAction } from '../../core/use-cases/handle-action.js';
import { DASHBOARD_OFF } from '../../core/views/dashboard-off.js';
import { issueDashboardLink } from '../../core/use-cases/issue-dashboard-link.js';
import { handleMessage } from '../../core/use-cases/handle-message.js';
import { enrolVolunteer, listVolunteers, removeVolunteer, setCoordinators } from '../../core/use-cases/manage-volunteers.js';
import { NOTE_MAX, requestListener } from '../../core/use-cases/request-listener.js';
import { errorName } from '../../core/use-cases/route-crisis.js';
import { showResources } from '../../core/use-cases/show-resources.js';
import { showStats } from '../../core/use-cases/stats.js';
import { defaultSettings } from '../../core/settings.js';
import { errorView } from '../../core/views/errors.js';
import { LISTEN_FORM_ID, listenForm, parseListenForm } from '../../core/views/forms.js';
import type { View } from '../../core/views/types.js';
import { DeliveryGate } from '../deliveries.js';
import { AFTER_ACK_CONCURRENCY, Limiter } from '../limiter.js';
import { guardedRunner, okView, viewOf } from '../replies.js';
import type { PlatformRouter } from '../router.js';
import { HELP, parsePeerCommand, type PeerCommand } from './commands.js';
import { blockActionPayload, commandPayload, eventEnvelope, formValues, messageEvent, viewSubmissionPayload, type CommandPayload } from './inbound.js';
import { SlackPlatform } from './platform.js';
import { channelRef, communityRef, messageRef, userRef } from './refs.js';
import { renderView } from './render.js';
import { SETUP_CALLBACK, setupCountryError, setupModal } from './setup-modal.js';
import { isTrimFormCommand, openAssessFromButton, openTrimCommandForm, registerTrimForms, runTrimCommand, type SlackTrimContext } from './trim.js';
import { parseAction, repeatable } from '../../core/actions.js';
import { SlackRequestGuard } from './request-guard.js';

export interface SlackOptions {
  readonly deps: CoreDeps;
  readonly router: PlatformRouter;
  readonly log: Logger;
  readonly botToken: string;
  /** HTTP mode: requests are verified with this secret. */
  readonly signingSecret: string;
  /** Socket Mode when set (`xapp-…`). */
  readonly appToken?: string;
  /** Web API base URL with trailing slash; Slack's own when unset. */
  readonly apiUrl?: string;
  readonly port: number;
  readonly host?: string;
  /** Web API retries (tests pass 0; the default retries for a long time). */
  readonly retries?: number;
  /** Where the coordinator dashboard is reached, for `/peer dashboard`; unset = not offered. */
  readonly dashboardUrl?: string;
  /** Bounds the work after each ack; shared with the Discord adapter in one process (a new one when unset). */
  readonly afterAck?: Limiter;
}

export interface SlackService {
  readonly name: 'slack';
  /** The bound HTTP port (HTTP mode), or null in Socket Mode. */
  readonly port: number | null;
  readonly platform: SlackPlatform;
  stop(): Promise<void>;
}


/** The path Slack posts commands, interactivity and events to (HTTP mode). */
const EVENTS_PATH = '/slack/events';

export async function startSlack(o: SlackOptions): Promise<SlackService> {
  const { deps, log } = o;
  const appToken = o.appToken;
  const receiver =
    appToken === undefined
      ? new HTTPReceiver({
          signingSecret: o.signingSecret,
          endpoints: EVENTS_PATH,
          // Answer Slack (with an error) before its 3-second deadline if a listener never acks.
          unhandledRequestTimeoutMillis: 2800,
          logLevel: LogLevel.ERROR,
          // Bolt throws on a signed payload of an odd shape (`"event": null`, `"view": null`) before any
          // listener runs, and answers 500 by default. That is a bad request: answer 400. (Our listeners
          // ack before they work and catch their own errors, so a bug of ours rarely lands here.)
          processEventErrorHandler: ({ error, response }) => {
            log.warn('slack.event_rejected', { error: errorName(error) });
            if (!response.headersSent) response.writeHead(400).end();
            return Promise.resolve(false);
          },
        })
      : undefined;
  const app = new App({
    token: o.botToken,
    ...(receiver === undefined && appToken !== undefined ? { socketMode: true, appToken, signingSecret: o.signingSecret } : receiver === undefined ? {} : { receiver }),
    logLevel: LogLevel.ERROR,
    clientOptions: {
      // A 429 comes back at once as a rate-limit error with Retry-After, mapped in errors.ts; waiting it
      // out inside the client would stall every other call (the scheduler retries jobs with backoff).
      rejectRateLimitedCalls: true,
      ...(o.apiUrl === undefined ? {} : { slackApiUrl: o.apiUrl }),
      ...(o.retries === undefined ? {} : { retryConfig: { retries: o.retries } }),
    },
  });
  const platform = new SlackPlatform(app.client);
  o.router.register('slack', platform);
  const deliveries = new DeliveryGate(deps.db, deps.clock, log);
  // The database and Web API work after an ack waits its turn here, so the next acks are never starved
  // of the event loop. Forms are opened outside it: their trigger is valid for only ~3 seconds.
  const afterAck = o.afterAck ?? new Limiter(AFTER_ACK_CONCURRENCY);

  const actorOf = (team: string, user: string, platformAdmin = false): Actor => ({
    user: userRef(team, user),
    community: communityRef(team),
    platformAdmin,
  });

  /** Whether Slack says this person administers the workspace; consulted only for setup. */
  const isWorkspaceAdmin = async (user: string): Promise<boolean> => {
    try {
      const info = await app.client.users.info({ user });
      return info.user?.is_admin === true || info.user?.is_owner === true;
    } catch (error) {
      log.warn('slack.users_info_failed', { error: errorName(error) });
      return false;
    }
  };

  const guarded = guardedRunner(log, 'slack');

  const reply = async (respond: RespondFn, view: View) => {
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderView(view) });
  };
  const trim: SlackTrimContext = { app, deps, log, platform, guarded, reply, sendDm: (user, view) => sendDm(user, view) };
  registerTrimForms(trim);

  async function runCommand(cmd: PeerCommand, p: CommandPayload): Promise<View> {
    const actor = actorOf(p.team_id, p.user_id);
    const team = p.team_id;
    switch (cmd.kind) {
      case 'help':
        return { title: 'Peerline help', text: HELP.replace(/[*`]/g, '') };
      case 'unsupported':
        return { title: 'I did not understand that', text: `${cmd.reason}\n\n${HELP.replace(/[*`]/g, '')}`, tone: 'warning' };
      case 'resources':
        return viewOf(showResources(deps, actor, cmd.country ?? undefined));
      case 'listen':
        return guarded('listen', async () => {
          const r = await requestListener(deps, actor, cmd.note === null ? {} : { note: cmd.note });
          return r.ok ? okView(r.value.view) : r;
        });
      case 'cancel':
        return guarded('cancel', () => cancelRequest(deps, actor));
      case 'forget-me':
        return guarded('forget-me', () => forgetMe(deps, actor));
      case 'duty':
        return guarded('duty', () => duty(deps, actor, cmd.mode));
      case 'end':
        return guarded('end', () => endSession(deps, actor, { spaceRef: channelRef(team, p.channel_id) }));
      case 'volunteer-add':
        return guarded('volunteer-add', () =>
          enrolVolunteer(deps, actor, { user: userRef(team, cmd.user), tags: [...cmd.tags], trainedUntil: cmd.trainedUntil }),
        );
      case 'volunteer-remove':
        return guarded('volunteer-remove', () => removeVolunteer(deps, actor, { user: userRef(team, cmd.user) }));
      case 'volunteers':
        return guarded('volunteers', () => listVolunteers(deps, actor));
      case 'stats':
        return guarded('stats', () => showStats(deps, actor, cmd.days === null ? {} : { days: cmd.days }));
      case 'dashboard': {
        const url = o.dashboardUrl;
        return url === undefined ? DASHBOARD_OFF : guarded('dashboard', () => issueDashboardLink(deps, actor, url));
      }
      case 'trim':
        // Form commands were handled before this (they need the trigger); the rest answer privately.
        return isTrimFormCommand(cmd.command) ? { text: 'Opening the form…' } : runTrimCommand(trim, cmd.command, team, p.user_id);
      case 'setup':
        // Handled before the ack: the modal needs the trigger within 3 seconds.
        return { text: 'Opening the setup form…' };
    }
  }

  app.command(/^\/(peer|listen)$/, async ({ ack, body, respond }) => {
    const parsed = commandPayload.safeParse(body);
    if (!parsed.success) {
      await ack({ response_type: 'ephemeral', text: 'That command could not be read. Please try again.' });
      return;
    }
    const p = parsed.data;
    const cmd = parsePeerCommand(p.command, p.text);
    await ack();
    if (cmd.kind === 'listen' && cmd.note === null) {
      // The form needs the trigger within 3 s: use the cached community, or the defaults, not a slow query.
      const cached = deps.communities.peek(communityRef(p.team_id));
      try {
        await platform.openForm(userRef(p.team_id, p.user_id), listenForm(cached?.settings ?? defaultSettings()), p.trigger_id);
      } catch (error) {
        log.warn('slack.form_failed', { error: errorName(error) });
        await reply(respond, { title: 'Could not open the form', text: 'Type your request after the command instead, e.g. `/listen I had a rough day`.', tone: 'warning' });
      }
      return;
    }
    if (cmd.kind === 'trim' && isTrimFormCommand(cmd.command)) {
      await openTrimCommandForm(trim, cmd.command, p.team_id, p.user_id, p.trigger_id, respond);
      return;
    }
    if (cmd.kind === 'setup') {
      try {
        const existing = deps.communities.peek(communityRef(p.team_id));
        await app.client.views.open({ trigger_id: p.trigger_id, view: setupModal(existing, deps.catalogue) as never });
      } catch (error) {
        log.warn('slack.form_failed', { error: errorName(error) });
        await reply(respond, errorView({ code: 'platform' }));
      }
      return;
    }
    await afterAck.run(async () => reply(respond, await runCommand(cmd, p)));
  });

  app.action(/^link:/, async ({ ack }) => {
    await ack();
  });

  app.action(/^pl:/, async ({ ack, body, respond }) => {
    await ack();
    const parsed = blockActionPayload.safeParse(body);
    if (!parsed.success) {
      await reply(respond, errorView({ code: 'stale' }));
      return;
    }
    const p = parsed.data;
    const action = p.actions[0]!;
    const decoded = parseAction(action.action_id);
    if (decoded.kind === 'trim-assess' && p.trigger_id !== undefined) {
      // Opening a form is harmless to repeat, so this needs no dedupe; it needs the trigger, fast.
      await openAssessFromButton(trim, p.team.id, p.user.id, decoded.caseId, p.trigger_id, respond);
      return;
    }
    const actor = actorOf(p.team.id, p.user.id);
    await afterAck.run(async () => {
      const view = await guarded('action', async () => {
        // Slack does not retry clicks, but a double click or a replayed payload must have one effect.
        const key = `${p.team.id}:${p.user.id}:${action.action_id}:${action.action_ts ?? ''}`;
        if (action.action_ts !== undefined && !repeatable(decoded) && !(await deliveries.first('slack-action', key))) {
          return okView({ text: 'Already done.' });
        }
        return handleAction(deps, actor, action.action_id);
      });
      await reply(respond, view);
    });
  });

  app.view(LISTEN_FORM_ID, async ({ ack, body }) => {
    const parsed = viewSubmissionPayload.safeParse(body);
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { topic: 'That form could not be read. Please try again.' } });
      return;
    }
    const values = formValues(parsed.data);
    const note = typeof values['note'] === 'string' ? values['note'] : '';
    if (note.length > NOTE_MAX) {
      await ack({ response_action: 'errors', errors: { note: `Please keep it to ${NOTE_MAX} characters (you wrote ${note.length}).` } });
      return;
    }
    await ack();
    const { team, user } = parsed.data;
    const actor = actorOf(team.id, user.id);
    await afterAck.run(async () => {
      const view = await guarded('listen-form', async () => {
        const r = await requestListener(deps, actor, parseListenForm(values));
        return r.ok ? okView(r.value.view) : r;
      });
      await sendDm(actor.user, view);
    });
  });

  app.view(SETUP_CALLBACK, async ({ ack, body }) => {
    const parsed = viewSubmissionPayload.safeParse(body);
    if (!parsed.success) {
      await ack({ response_action: 'errors', errors: { volunteer_channel: 'That form could not be read. Please try again.' } });
      return;
    }
    const v = formValues(parsed.data);
    const country = typeof v['country'] === 'string' && v['country'].trim() !== '' ? v['country'].trim() : null;
    const errors: Record<string, string> = {};
    const countryError = setupCountryError(deps.catalogue, country);
    if (countryError !== null) errors['country'] = countryError;
    const retention = Number(v['retention_days']);
    if (!Number.isInteger(retention) || retention < 1) errors['retention_days'] = 'A whole number of days.';
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const { team, user } = parsed.data;
    const view = await guarded('setup', async () => {
      const actor = actorOf(team.id, user.id, await isWorkspaceAdmin(user.id));
      const channel = typeof v['volunteer_channel'] === 'string' ? channelRef(team.id, v['volunteer_channel']) : null;
      const configured = await configureCommunity(deps, actor, {
        name: `Slack ${team.id}`,
        settings: { volunteerChannel: channel, country, timeZone: v['time_zone'], retentionDays: retention },
      });
      if (!configured.ok) return configured;
      const picked = v['coordinators'];
      const coordinators = typeof picked === 'object' ? picked.map((u) => userRef(team.id, u)) : [];
      const set = await setCoordinators(deps, actor, { users: coordinators });
      return set.ok ? configured : set;
    });
    await sendDm(userRef(team.id, user.id), view);
  });

  app.event('message', async ({ body, event }) => {
    const envelope = eventEnvelope.safeParse(body);
    const parsed = messageEvent.safeParse(event);
    // Edits, deletions, joins and the bot's own posts are subtypes or carry bot_id: not people talking.
    if (!envelope.success || !parsed.success) return;
    const e = parsed.data;
    const team = envelope.data.team_id;
    const channel = channelRef(team, e.channel);
    const place =
      e.channel_type === 'im' ? { kind: 'dm' as const, channel } : e.channel_type === 'mpim' ? { kind: 'space' as const, space: channel } : { kind: 'channel' as const, channel };
    try {
      await handleMessage(deps, {
        community: communityRef(team),
        author: userRef(team, e.user),
        place,
        text: e.text,
        message: messageRef(team, e.channel, e.ts),
        // Core asks within the crisis reply's bounded wait: the database never holds that reply.
        isFirstDelivery: () => deliveries.first('slack-event', envelope.data.event_id),
      });
    } catch (error) {
      log.error('slack.message_failed', { error: errorName(error) });
    }
  });

  async function sendDm(user: string, view: View): Promise<void> {
    try {
      await platform.sendPrivate(user, view);
    } catch (error) {
      log.error('slack.dm_failed', { error: errorName(error) });
    }
  }

  app.error(async (error) => {
    log.error('slack.unhandled', { error: errorName(error) });
  });

  let port: number | null = null;
  let server: Server | null = null;
  if (receiver !== undefined) {
    // Our server, with the guard in front of Bolt's request listener (see request-guard.ts); Bolt's own
    // `receiver.start()` would put its listener on the socket directly.
    const guard = new SlackRequestGuard({ signingSecret: o.signingSecret, endpoint: EVENTS_PATH, log });
    const listening = createServer(
      guard.listener((req, res) => {
        try {
          receiver.requestListener(req, res);
        } catch (error) {
          log.warn('slack.receiver_failed', { error: errorName(error) });
          if (!res.headersSent) res.writeHead(400).end();
        }
      }),
    );
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject);
      listening.listen(o.port, o.host ?? '0.0.0.0', () => {
        listening.off('error', reject);
        resolve();
      });
    });
    server = listening;
    port = (listening.address() as AddressInfo).port;
    // Bolt's own init (auth.test) runs on first use; call it now so a bad token fails at start-up.
    try {
      await app.client.auth.test();
    } catch (error) {
      listening.close();
      throw error;
    }
  } else {
    await app.start();
  }
  log.info('slack.started', { mode: receiver === undefined ? 'socket' : 'http', port });

  return {
    name: 'slack',
    port,
    platform,
    async stop() {
      o.router.unregister('slack');
      if (server === null) {
        await app.stop();
        return;
      }
      const closing = server;
      closing.closeAllConnections();
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    },
  };
}
