/**
 * TRiM on Discord: `/trim …`, the assessment steps (selects and buttons on an ephemeral message), the
 * notes and risk-tool modals, and the Assess buttons core puts in the due list and in reminder DMs.
 * Every reply is ephemeral (or in the practitioner's own DM): nothing TRiM is posted to a channel.
 * Interactions are acknowledged before any database work, except the tool editor: its modal must be
 * the first answer, so core runs for it within a deadline, as on Slack.
 */
import {
  MessageFlags,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { type Actor, type TextView, assessmentForm, assessmentFormFor, beforeDeadline, confirmForm, type CoreDeps, type CoreError, errorView, fail, FORM_DEADLINE_MS, localiseForm, logIncident, ok, parseLocalDateTime, reasonText, recordAssessment, type Result, saveTool, type TextForm, TOOL_FORM_ID, toolForm } from '../../core/index.js';
import { type Locale, localise, resolveLocale, t } from '../../i18n/index.js';
import { runCommand, type CommandContext } from '../command-table.js';
import type { Guard } from '../guard.js';
import { UNKNOWN_GUILD } from './commands.js';
import { communityRef, userRef } from './refs.js';
import {
  answersMessage,
  answersOf,
  confirmMessage,
  itemsOf,
  message,
  notesModal,
  parseTrimComponent,
  rechoose,
  stateOfForm,
  toolModal,
  type AssessState,
  type FormItem,
  type RecordState,
  type TrimMessage,
} from './trim-assess.js';
import { parseTrimCommand, type TrimCommand } from './trim-commands.js';

export interface DiscordTrimContext {
  readonly deps: CoreDeps;
  readonly guard: Guard;
  /** The shared command table's context, for the TRiM commands that are plain use cases. */
  readonly commands: CommandContext;
  /** Who acts, read as the rest of the adapter reads it (a DM's community included). */
  readonly actorOf: (i: Interaction) => Promise<Actor>;
  /** True when Discord delivered this interaction before, so its effect already happened. */
  readonly isReplay: (i: Interaction) => Promise<boolean>;
}

/** The `/trim` command, the TRiM components and modals, and core's Assess buttons (`pl:trim-assess:`). */
export function isTrimInteraction(i: Interaction): boolean {
  if (i.isChatInputCommand()) return i.commandName === 'trim';
  // The planning reminder's button is a plain core action: the adapter's usual button path runs it.
  if (i.isMessageComponent()) return i.customId.startsWith('pl:trim-') && !i.customId.startsWith('pl:trim-planned:');
  if (i.isModalSubmit()) return i.customId === TOOL_FORM_ID || i.customId.startsWith('pl:trim-');
  return false;
}

export async function onTrimInteraction(ctx: DiscordTrimContext, i: Interaction): Promise<void> {
  if (i.isChatInputCommand()) return onCommand(ctx, i);
  if (i.isStringSelectMenu()) return onSelect(ctx, i);
  if (i.isButton()) return onButton(ctx, i);
  if (i.isModalSubmit()) return onModal(ctx, i);
  if (i.isRepliable()) await replyNow(ctx, i, errorView({ code: 'stale' }));
}

/** Whose words: the person's own (Discord sends it with every interaction), else the server's default language, else English. */
const localeOf = (ctx: DiscordTrimContext, i: Interaction): Locale => resolveLocale(i.locale, ctx.deps.communities.peek(communityRef(i.guildId ?? UNKNOWN_GUILD))?.settings.language);

const EPHEMERAL = MessageFlags.Ephemeral;
const replyNow = (ctx: DiscordTrimContext, i: RepliableInteraction, view: TextView) => i.reply({ ...message(view, localeOf(ctx, i)), flags: EPHEMERAL });
/** The error as the message's new body; the steps stay on it only when trying again could help. */
function errorBody(error: CoreError, locale: Locale): Omit<TrimMessage, 'components'> | TrimMessage {
  const { components: _dropped, ...body } = message(errorView(error), locale);
  return error.code === 'unavailable' ? body : { ...body, components: [] };
}

const attempt = <T>(ctx: DiscordTrimContext, what: string, run: () => Promise<Result<T>>): Promise<Result<T>> => ctx.guard.run(what, run);

async function onCommand(ctx: DiscordTrimContext, i: ChatInputCommandInteraction): Promise<void> {
  // `/trim` is not offered in DMs, so the guild is the interaction's.
  const guild = i.guildId ?? UNKNOWN_GUILD;
  const locale = localeOf(ctx, i);
  const cmd = parseTrimCommand(i, (user) => userRef(guild, user), locale);
  if (cmd.kind === 'trim-tool-form') return openToolEditor(ctx, i);
  // Acknowledge first: the database may be slow and Discord drops what is not answered in 3 s.
  await i.deferReply({ flags: EPHEMERAL });
  if (await ctx.isReplay(i)) {
    await i.editReply(message({ text: t('trim.discord.alreadyDone') }, locale));
    return;
  }
  const actor = await ctx.actorOf(i);
  if (cmd.kind === 'trim-assess') {
    const form = await attempt(ctx, 'trim-assess', () => assessmentFormFor(ctx.deps, actor, { number: cmd.number, person: cmd.person }));
    await i.editReply(answersStep(form, locale));
    return;
  }
  if (cmd.kind === 'trim-incident') {
    await i.editReply(message(await ctx.guard.view('trim-incident', () => incident(ctx.deps, actor, cmd, i.id, locale)), locale));
    return;
  }
  await i.editReply(message(await runCommand(ctx.commands, ctx.guard, actor, cmd), locale));
}

/**
 * `/trim incident`: "when" is read in the community's time zone; core checks the role before anything else.
 * The interaction id is the step's key: a replay another instance let through while the database was slow logs nothing twice.
 */
async function incident(deps: CoreDeps, actor: Actor, cmd: Extract<TrimCommand, { kind: 'trim-incident' }>, interaction: string, locale: Locale): Promise<Result<TextView>> {
  const tz = (await deps.communities.get(deps.db, actor.community))?.settings.timeZone ?? 'UTC';
  const at = parseLocalDateTime(cmd.when, tz);
  const r = await logIncident(deps, actor, {
    title: cmd.title,
    // An unreadable time goes to core as typed, so a person without a TRiM role hears that first.
    occurredAt: at?.toISOString() ?? cmd.when,
    people: cmd.people,
    key: `discord-interaction:${interaction}`,
  });
  if (r.ok) return r;
  // Discord's own words for what its options are called: the edge knows them, core does not.
  const { field, reason } = r.error;
  if (field === 'occurred_at' && at === null) return ok(errorView(r.error, localise(t('trim.discord.incident.when', { tz }), locale)));
  const k = /^practitioner_(\d+)$/.exec(field ?? '')?.[1];
  return k === undefined || reason === undefined ? r : ok(errorView(r.error, localise(t('trim.discord.incident.which', { reason: reasonText(reason), k: String(Number(k) + 1) }), locale)));
}

/** The first assessment step, from core's answers form. */
function answersStep(form: Result<TextForm>, locale: Locale): TrimMessage | Omit<TrimMessage, 'components'> {
  if (!form.ok) return errorBody(form.error, locale);
  const state = stateOfForm(form.value);
  return state === null ? errorBody({ code: 'unavailable' }, locale) : answersMessage(localiseForm(form.value, locale), state, locale);
}

async function onButton(ctx: DiscordTrimContext, i: ButtonInteraction): Promise<void> {
  const c = parseTrimComponent(i.customId);
  const locale = localeOf(ctx, i);
  switch (c.kind) {
    case 'assess': {
      await i.deferReply({ flags: EPHEMERAL });
      const actor = await ctx.actorOf(i);
      await i.editReply(answersStep(await attempt(ctx, 'trim-assess-button', () => assessmentForm(ctx.deps, actor, c.caseId)), locale));
      return;
    }
    case 'score': {
      await i.deferUpdate();
      const actor = await ctx.actorOf(i);
      const confirm = await attempt(ctx, 'trim-score', async () => {
        const a = await answersFor(ctx.deps, actor, c.state, locale);
        if (!a.ok) return a;
        const form = await confirmForm(ctx.deps, actor, a.value.input);
        return form.ok ? ok(confirmMessage(localiseForm(form.value, locale), c.state, a.value.items, locale)) : form;
      });
      await i.editReply(confirm.ok ? confirm.value : errorBody(confirm.error, locale));
      return;
    }
    case 'record':
      // The notes modal needs nothing from the database, so it can be the first answer.
      if (c.withNotes) return i.showModal(notesModal(c.state, locale));
      await i.deferUpdate();
      return record(ctx, i, c.state, undefined);
    default:
      await replyNow(ctx, i, errorView({ code: 'stale' }));
  }
}

/** A select changed: the message is drawn again with the choice in it, without the database. */
async function onSelect(ctx: DiscordTrimContext, i: StringSelectMenuInteraction): Promise<void> {
  const c = parseTrimComponent(i.customId);
  const rows = c.kind === 'consent' || c.kind === 'items' || c.kind === 'outcome' ? rechoose(c.kind, i.values, i.message.components.map((r) => r.toJSON())) : null;
  if (rows === null) await replyNow(ctx, i, errorView({ code: 'stale' }, localise(t('trim.discord.startAgain'), localeOf(ctx, i))));
  else await i.update({ components: rows });
}

async function onModal(ctx: DiscordTrimContext, i: ModalSubmitInteraction): Promise<void> {
  const locale = localeOf(ctx, i);
  if (i.customId === TOOL_FORM_ID) {
    await i.deferReply({ flags: EPHEMERAL });
    if (await ctx.isReplay(i)) {
      await i.editReply(message({ text: t('trim.discord.alreadyDone') }, locale));
      return;
    }
    const actor = await ctx.actorOf(i);
    const json = textOf(i, 'tool') ?? '';
    await i.editReply(message(await ctx.guard.view('trim-tool-save', () => saveTool(ctx.deps, actor, { json })), locale));
    return;
  }
  const c = parseTrimComponent(i.customId);
  if (c.kind !== 'notes') return void (await replyNow(ctx, i, errorView({ code: 'stale' })));
  if (i.isFromMessage()) await i.deferUpdate();
  else await i.deferReply({ flags: EPHEMERAL });
  const notes = textOf(i, 'notes');
  return record(ctx, i, c.state, notes === null || notes.trim() === '' ? undefined : notes);
}

/** A text input's value, or null when the submission does not have it. */
function textOf(i: ModalSubmitInteraction, id: string): string | null {
  const field = i.fields.fields.get(id);
  return field !== undefined && 'value' in field && typeof field.value === 'string' ? field.value : null;
}

/** The answers as core takes them: the bitmask read against the form's items, when the case and tool are unchanged. */
async function answersFor(deps: CoreDeps, actor: Actor, state: AssessState, locale: Locale) {
  const form = await assessmentForm(deps, actor, state.caseId);
  if (!form.ok) {
    // The form is for the case's next stage; asked about this step's stage, core says why it no longer
    // applies ("already recorded" after a second click) instead of what the next stage needs.
    const probe = await confirmForm(deps, actor, { caseId: state.caseId, stage: state.stage, toolVersion: state.toolVersion, consented: false, answers: {} });
    return probe.ok ? form : probe;
  }
  const current = stateOfForm(form.value);
  if (current === null || current.stage !== state.stage || current.toolVersion !== state.toolVersion) {
    return fail<never>('stale', { id: 'assessment-changed' });
  }
  if (state.consent === null) return fail<never>('bad-input', { id: 'consent-first' });
  const items: FormItem[] = itemsOf(localiseForm(form.value, locale));
  return ok({ items, input: { caseId: state.caseId, stage: state.stage, toolVersion: state.toolVersion, consented: state.consent, answers: answersOf(state, items) } });
}

/** "Record": the outcome is read against the outcomes core offers, then core stores the assessment. */
async function record(ctx: DiscordTrimContext, i: ButtonInteraction | ModalSubmitInteraction, state: RecordState, notes: string | undefined): Promise<void> {
  // A replayed click must not answer twice; the first delivery shows the result.
  if (await ctx.isReplay(i)) return;
  const actor = await ctx.actorOf(i);
  const locale = localeOf(ctx, i);
  const done = await attempt(ctx, 'trim-record', async () => {
    const a = await answersFor(ctx.deps, actor, state, locale);
    if (!a.ok) return a;
    const form = await confirmForm(ctx.deps, actor, a.value.input);
    if (!form.ok) return form;
    const outcomes = form.value.fields.find((f) => f.kind === 'select' && f.id === 'outcome');
    const outcome = outcomes?.kind === 'select' ? outcomes.options[state.outcome]?.value : undefined;
    if (outcome === undefined) return fail<TextView>('stale', { id: 'outcomes-changed' });
    return recordAssessment(ctx.deps, actor, { ...a.value.input, outcome, ...(notes === undefined ? {} : { notes }) });
  });
  await i.editReply(done.ok ? message(done.value, locale, []) : errorBody(done.error, locale));
}

/** `/trim tool-edit`: the modal must be the first answer, so core checks the role and reads the tool within the deadline. */
async function openToolEditor(ctx: DiscordTrimContext, i: ChatInputCommandInteraction): Promise<void> {
  const timed = await beforeDeadline(FORM_DEADLINE_MS, () => attempt(ctx, 'trim-tool-form', async () => toolForm(ctx.deps, await ctx.actorOf(i))));
  if (!timed.inTime) return void (await replyNow(ctx, i, errorView({ code: 'unavailable' })));
  if (!timed.value.ok) return void (await replyNow(ctx, i, errorView(timed.value.error)));
  const modal = toolModal(localiseForm(timed.value.value, localeOf(ctx, i)));
  if (modal === null) {
    await replyNow(ctx, i, { title: t('trim.discord.toolTooLong.title'), text: t('trim.discord.toolTooLong.text'), tone: 'warning' });
    return;
  }
  await i.showModal(modal);
}
