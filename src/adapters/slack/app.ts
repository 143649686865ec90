/**
 * The Slack adapter on Bolt. Every listener acknowledges first — before any database work, within
 * Slack's 3 seconds — then calls one core use case and renders its view privately (an ephemeral reply
 * through `response_url`, or a DM). Payloads are parsed with zod; what does not parse gets a calm reply.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RespondFn } from '@slack/bolt';
import type { SlackClients } from '../../clients/slack.js';
import { AFTER_ACK_CONCURRENCY, type Actor, answering, Limiter, ReaderLocales, type TextView, applySettingsText, changeSettings, configureCommunity, type CoreDeps, defaultSettings, errorName, errorText, errorView, handleAction, handleMessage, LISTEN_FORM_ID, listenForm, type Logger, type MessagePlace, NOTE_MAX, ok, openSettingsForm, parseAction, parseListenForm, repeatable, requestListener, setCoordinators, SETTINGS_FORM_ID, TEXT_SETTING_KEYS, type TextSettingKey } from '../../core/index.js';
import { actionSkipsTheQueue, runCommand, skipsTheQueue, type CommandContext, type HelpTopic } from '../command-table.js';
import { DELIVERY_CHECK_MS, DeliveryGate, ROUTINE_DELIVERY_CHECK_MS } from '../deliveries.js';
import { createGuard, okView } from '../guard.js';
import type { PlatformRouter } from '../router.js';
import { HELP, isFormCommand, parseSlackCommand, type SlackFormCommand } from './commands.js';
import { isSlackError } from './errors.js';
import { blockActionPayload, commandPayload, eventEnvelope, formValues, messageEvent, senderOf, submissionOrRefuse, type CommandPayload } from './inbound.js';
import { lines, type Locale, localise, t, type Text } from '../../i18n/index.js';
import { SlackPlatform } from './platform.js';
import { channelRef, communityRef, messageRef, spaceRef, userRef } from './refs.js';
import { renderView } from './render.js';
import { SETUP_CALLBACK, setupFormErrors, setupModal } from './setup-modal.js';
import { openAssessFromButton, openTrimCommandForm, registerTrimForms, type SlackTrimContext } from './trim.js';
import { STRAW_HELP } from './straw-commands.js';
import { TRIM_HELP_TEXT } from './trim-commands.js';
import { SETTINGS_HELP } from './settings-commands.js';
import { ROTA_HELP } from './rota-commands.js';
import { MENTOR_HELP } from './mentor-commands.js';
import { SlackRequestGuard } from './request-guard.js';

export interface SlackOptions {
  readonly deps: CoreDeps;
  readonly router: PlatformRouter;
  readonly log: Logger;
  /** Built by src/clients/slack.ts; HTTP mode when it carries a receiver, else Socket Mode. */
  readonly clients: SlackClients;
  /** HTTP mode: the port (0 = any free one) and interface to listen on. */
  readonly port: number;
  readonly host?: string;
  /** Where the coordinator dashboard is reached, for `/peer dashboard`; unset = not offered. */
  readonly dashboardUrl?: string;
  /**
   * HTTP mode: answers the operators' GET paths (`/healthz`, `/readyz`, `/metrics`) on Slack's port.
   * `/metrics` is answered only to this machine (the port faces Slack, the numbers are for operators).
   */
  readonly ops?: { readonly paths: readonly string[]; readonly listener: (req: IncomingMessage, res: ServerResponse) => void };
  /** Bounds the work after each ack; shared with the Discord adapter in one process (a new one when unset). */
  readonly afterAck?: Limiter;
}

export interface SlackService {
  readonly name: 'slack';
  /** The bound HTTP port (HTTP mode), or null in Socket Mode. */
  readonly port: number | null;
  readonly platform: SlackPlatform;
  /** Null when connected (HTTP mode: listening), else why not; for `/readyz`. */
  ready(): string | null;
  stop(): Promise<void>;
}


const HELP_TITLE: Record<HelpTopic, Text> = {
  main: t('adapter.slack.title.main'),
  trim: t('adapter.slack.title.trim'),
  settings: t('adapter.slack.title.settings'),
  rota: t('adapter.slack.title.rota'),
  straw: t('adapter.slack.title.straw'),
  mentor: t('adapter.slack.title.mentor'),
};
const HELP_TEXT: Record<HelpTopic, Text> = { main: HELP, trim: TRIM_HELP_TEXT, settings: SETTINGS_HELP, rota: ROTA_HELP, straw: STRAW_HELP, mentor: MENTOR_HELP };

export async function startSlack(o: SlackOptions): Promise<SlackService> {
  const { deps, log } = o;
  const { app, http } = o.clients;
  // Whose language: each person's from Slack (`users.info`, asked once and remembered), else the workspace's default.
  const platform = new SlackPlatform(app.client, new ReaderLocales(deps.communities, deps));
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

  // Every exception in a listener ends here (Bolt's global handler) or in a `guard.run`: one log line
  // with a code, and the reply says what is known (database, Slack) or that it is our bug.
  const guard = createGuard(log, 'slack', isSlackError);
  app.error(async (error) => {
    guard.report('listener', error);
  });

  /** Whether Slack says this person administers the workspace; consulted only for setup (no = not an admin). */
  const isWorkspaceAdmin = async (user: string): Promise<boolean> => {
    const info = await guard.run('users-info', async () => ok(await app.client.users.info({ user })));
    return info.ok && (info.value.user?.is_admin === true || info.value.user?.is_owner === true);
  };

  /** A private reply, in `user`'s language (English where no person is known: copy not in the catalogue). */
  const reply = async (respond: RespondFn, view: TextView, user?: string) => {
    const locale = user === undefined ? 'en' : await platform.localeOf(user, view);
    await respond({ response_type: 'ephemeral', replace_original: false, ...renderView(view, locale) });
  };
  /** Opens a form with the command's trigger; when Slack will not, says `fallback` privately instead. */
  const openFormOr = async (what: string, respond: RespondFn, open: () => Promise<unknown>, fallback: TextView, user?: string) => {
    const opened = await guard.run(what, async () => ok(await open()));
    if (!opened.ok) await reply(respond, fallback, user);
  };
  /** The language of whoever sent `body`, from memory only (an ack cannot wait); English when the payload names nobody. */
  const senderLocale = (body: unknown): Locale => {
    const sender = senderOf(body);
    return sender === null ? 'en' : platform.locales.person(userRef(sender.team, sender.user), communityRef(sender.team));
  };
  const trim: SlackTrimContext = { app, deps, platform, guard, reply, openFormOr, sendDm: (user, view) => sendDm(user, view) };
  registerTrimForms(trim);

  const plain = (text: Text): Text => (typeof text === 'string' ? text.replace(/[*`]/g, '') : 'join' in text ? { ...text, join: text.join.map(plain) } : text);
  const commands: CommandContext = {
    deps,
    dashboardUrl: o.dashboardUrl,
    help: (topic) => ({ title: HELP_TITLE[topic], text: plain(HELP_TEXT[topic]) }),
    unsupported: (cmd) => ({ title: t('adapter.notUnderstood'), text: lines(cmd.reason, '', plain(HELP_TEXT[cmd.topic])), tone: 'warning' }),
  };

  /** A command that opens a form: the trigger is only good for 3 s, so this runs before anything slow. */
  async function openCommandForm(cmd: SlackFormCommand, p: CommandPayload, respond: RespondFn): Promise<void> {
    if (cmd.kind === 'listen-form') {
      // Use the cached community, or the defaults, not a slow query.
      const cached = deps.communities.peek(communityRef(p.team_id));
      const fallback: TextView = { title: t('adapter.slack.form.unopened'), text: t('adapter.slack.form.listenFallback'), tone: 'warning' };
      await openFormOr('listen-form', respond, () => platform.openForm(userRef(p.team_id, p.user_id), listenForm(cached?.settings ?? defaultSettings()), p.trigger_id), fallback, userRef(p.team_id, p.user_id));
      return;
    }
    if (cmd.kind === 'setup-form') {
      const existing = deps.communities.peek(communityRef(p.team_id));
      await openFormOr('setup-form', respond, () => app.client.views.open({ trigger_id: p.trigger_id, view: setupModal(existing, deps.catalogue, senderLocale(p)) }), errorView({ code: 'platform' }), userRef(p.team_id, p.user_id));
      return;
    }
    if (cmd.kind === 'settings-form') {
      const form = await guard.run('settings-form', () => openSettingsForm(deps, actorOf(p.team_id, p.user_id)));
      if (!form.ok) await reply(respond, errorView(form.error), userRef(p.team_id, p.user_id));
      else await openFormOr('settings-form', respond, () => platform.openForm(userRef(p.team_id, p.user_id), form.value, p.trigger_id), { title: t('adapter.slack.form.unopened'), text: t('adapter.slack.form.settingsFallback'), tone: 'warning' }, userRef(p.team_id, p.user_id));
      return;
    }
    await openTrimCommandForm(trim, cmd, actorOf(p.team_id, p.user_id), p.trigger_id, respond);
  }

  app.command(/^\/(peer|listen)$/, async ({ ack, body, respond }) => {
    const parsed = commandPayload.safeParse(body);
    if (!parsed.success) {
      await ack({ response_type: 'ephemeral', text: localise(t('adapter.slack.unreadableCommand'), senderLocale(body)) });
      return;
    }
    const p = parsed.data;
    const cmd = parseSlackCommand(p);
    await ack();
    if (isFormCommand(cmd)) await openCommandForm(cmd, p, respond);
    else {
      // What core leaves for after the answer (a new request's card) starts once the reply is sent.
      const work = () => answering(async () => reply(respond, await runCommand(commands, guard, actorOf(p.team_id, p.user_id), cmd), userRef(p.team_id, p.user_id)));
      if (skipsTheQueue(cmd)) await work();
      else await afterAck.run(work);
    }
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
    const work = async () => {
      const view = await guard.view('action', async () => {
        // Slack does not retry clicks, but a double click or a replayed payload must have one effect. A
        // crisis answer waits on the database for that no longer than DELIVERY_CHECK_MS (invariant 2).
        const key = `${p.team.id}:${p.user.id}:${action.action_id}:${action.action_ts ?? ''}`;
        const waitMs = actionSkipsTheQueue(decoded) ? DELIVERY_CHECK_MS : ROUTINE_DELIVERY_CHECK_MS;
        if (action.action_ts !== undefined && !repeatable(decoded) && !(await deliveries.first('slack-action', key, waitMs))) {
          return okView({ text: t('adapter.alreadyDone') });
        }
        return handleAction(deps, actor, action.action_id);
      });
      await reply(respond, view, actor.user);
    };
    // A person's answer to "are you safe?" and the support line never wait behind a burst.
    if (actionSkipsTheQueue(decoded)) await answering(work);
    else await afterAck.run(() => answering(work));
  });

  app.view(LISTEN_FORM_ID, async ({ ack, body }) => {
    const submission = await submissionOrRefuse(body, (errors) => ack(errors), 'topic', senderLocale(body));
    if (submission === null) return;
    const values = formValues(submission);
    const note = typeof values['note'] === 'string' ? values['note'] : '';
    if (note.length > NOTE_MAX) {
      const words = t('adapter.slack.noteTooLong', { max: String(NOTE_MAX), length: String(note.length) });
      await ack({ response_action: 'errors', errors: { note: localise(words, senderLocale(body)) } });
      return;
    }
    const input = parseListenForm(values);
    if (!input.ok) {
      // Beside the field it is about, while the form is still open.
      await ack({ response_action: 'errors', errors: { [input.error.field ?? 'topic']: errorText(input.error, await platform.localeOf(userRef(submission.team.id, submission.user.id), null, 0)) } });
      return;
    }
    await ack();
    const { team, user } = submission;
    const actor = actorOf(team.id, user.id);
    await afterAck.run(() =>
      answering(async () => {
        const view = await guard.view('listen-form', async () => {
          const r = await requestListener(deps, actor, input.value);
          return r.ok ? okView(r.value.view) : r;
        });
        await sendDm(actor.user, view);
      }),
    );
  });

  app.view(SETUP_CALLBACK, async ({ ack, body }) => {
    const submission = await submissionOrRefuse(body, (errors) => ack(errors), 'volunteer_channel', senderLocale(body));
    if (submission === null) return;
    const v = formValues(submission);
    const country = typeof v['country'] === 'string' && v['country'].trim() !== '' ? v['country'].trim() : null;
    const retention = Number(v['retention_days']);
    const errors = setupFormErrors(deps.catalogue, { country, retentionDays: retention, timeZone: v['time_zone'] }, senderLocale(body));
    if (errors !== null) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    const { team, user } = submission;
    const view = await guard.view('setup', async () => {
      const actor = actorOf(team.id, user.id, await isWorkspaceAdmin(user.id));
      const channel = typeof v['volunteer_channel'] === 'string' ? channelRef(team.id, v['volunteer_channel']) : null;
      const configured = await configureCommunity(deps, actor, {
        name: `Slack ${team.id}`,
        // setupFormErrors has read the time zone with core's schema: a string here.
        settings: { volunteerChannel: channel, country, timeZone: typeof v['time_zone'] === 'string' ? v['time_zone'] : undefined, retentionDays: retention },
      });
      if (!configured.ok) return configured;
      const picked = v['coordinators'];
      const coordinators = typeof picked === 'object' ? picked.map((u) => userRef(team.id, u)) : [];
      const set = await setCoordinators(deps, actor, { users: coordinators });
      return set.ok ? configured : set;
    });
    await sendDm(userRef(team.id, user.id), view);
  });

  app.view(SETTINGS_FORM_ID, async ({ ack, body }) => {
    const submission = await submissionOrRefuse(body, (errors) => ack(errors), TEXT_SETTING_KEYS[0]!, senderLocale(body));
    if (submission === null) return;
    const v = formValues(submission);
    // The form shows every value, so a field left empty was emptied (no extra resources, say).
    const values: Partial<Record<TextSettingKey, string>> = Object.fromEntries(TEXT_SETTING_KEYS.map((k) => [k, typeof v[k] === 'string' ? v[k] : '']));
    const { team, user } = submission;
    // Beside each field while the form is open, from the last known settings; core reads them again under a lock.
    const known = deps.communities.peek(communityRef(team.id))?.settings;
    const checked = known === undefined ? null : applySettingsText(known, values);
    if (checked !== null && !checked.ok) {
      const locale = senderLocale(body);
      await ack({ response_action: 'errors', errors: Object.fromEntries(checked.problems.map((pr) => [pr.setting, localise(pr.message, locale).slice(0, 150)])) });
      return;
    }
    await ack();
    await afterAck.run(async () => {
      const actor = actorOf(team.id, user.id);
      await sendDm(actor.user, await guard.view('settings', () => changeSettings(deps, actor, values)));
    });
  });

  app.event('message', async ({ body, event }) => {
    const envelope = eventEnvelope.safeParse(body);
    const parsed = messageEvent.safeParse(event);
    // Edits, deletions, joins and the bot's own posts are subtypes or carry bot_id: not people talking.
    if (!envelope.success || !parsed.success) return;
    const e = parsed.data;
    const team = envelope.data.team_id;
    const place: MessagePlace =
      e.channel_type === 'im'
        ? { kind: 'dm', channel: channelRef(team, e.channel) }
        : e.channel_type === 'mpim'
          ? { kind: 'space', space: spaceRef(team, e.channel) }
          : { kind: 'channel', channel: channelRef(team, e.channel) };
    // A failure here reaches the guard through Bolt's global handler (`app.error` above).
    await handleMessage(deps, {
      community: communityRef(team),
      author: userRef(team, e.user),
      place,
      text: e.text,
      message: messageRef(team, e.channel, e.ts),
      // Core asks within the crisis reply's bounded wait: the database never holds that reply.
      isFirstDelivery: () => deliveries.first('slack-event', envelope.data.event_id),
    });
  });

  /** The reply to a form, by DM once the form has closed; a failure is logged by the guard and goes no further. */
  async function sendDm(user: string, view: TextView): Promise<void> {
    await guard.run('dm', async () => ok(await platform.sendPrivate(user, view)));
  }

  let port: number | null = null;
  let server: Server | null = null;
  // Socket Mode: whether Slack can reach us now. While the SDK reconnects, Slack sends this app's
  // envelopes to its other connections (other replicas); /readyz says so meanwhile.
  // i18n-exempt: a readiness reason for /readyz, read by operators and orchestrators
  let socketProblem: string | null = o.clients.socket === null ? null : 'Socket Mode: not connected yet';
  o.clients.socket?.client
    .on('connected', () => {
      socketProblem = null;
    })
    .on('close', () => {
      // i18n-exempt: a readiness reason for /readyz, read by operators and orchestrators
      socketProblem = 'Socket Mode: connection lost, reconnecting';
    });
  if (http !== null) {
    const { receiver, path: eventsPath } = http;
    // Our server, with the guard in front of Bolt's request listener (see request-guard.ts); Bolt's own
    // `receiver.start()` would put its listener on the socket directly.
    const guard = new SlackRequestGuard({ signingSecret: http.signingSecret, endpoint: eventsPath, log });
    const slackRequests = guard.listener((req, res) => {
      try {
        receiver.requestListener(req, res);
      } catch (error) {
        log.warn('slack.receiver_failed', { error: errorName(error) });
        if (!res.headersSent) res.writeHead(400).end();
      }
    });
    const ops = o.ops;
    const listening = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      if (ops === undefined || req.method !== 'GET' || !ops.paths.includes(path)) {
        // Bolt answers Slack when a listener acks: the response's end is the acknowledgement.
        const arrived = performance.now();
        if (path === eventsPath) res.once('finish', () => deps.metrics?.interactionAcked('slack', performance.now() - arrived));
        slackRequests(req, res);
        return;
      }
      if (path === '/metrics' && !isLoopback(req.socket.remoteAddress)) {
        res.writeHead(403).end();
        return;
      }
      ops.listener(req, res);
    });
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
  log.info('slack.started', { mode: http === null ? 'socket' : 'http', port });

  return {
    name: 'slack',
    port,
    platform,
    // i18n-exempt: a readiness reason for /readyz, read by operators and orchestrators
    ready: () => (server === null ? socketProblem : server.listening ? null : 'not listening'),
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

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}
