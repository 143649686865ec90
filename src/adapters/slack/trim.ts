/**
 * TRiM on Slack: `/peer trim …`, its modals, and the Assess buttons. Every reply is private (ephemeral
 * or DM). Steps of a form answer Slack within its 3 seconds: core runs before the answer, bounded by a
 * deadline, and a late or failed step says so in the form instead of closing it.
 */
import type { App, RespondFn } from '@slack/bolt';
import { type Actor, type TextView, ASSESS_FORM_PREFIX, assessmentForm, assessmentFormFor, beforeDeadline, CONFIRM_FORM_PREFIX, confirmForm, type CoreDeps, type CoreError, errorText, errorView, FORM_DEADLINE_MS, type TextForm, INCIDENT_ASSIGN_FORM_ID, INCIDENT_FORM_ID, incidentAssignForm, incidentForm, localiseView, logIncident, parseAnswersForm, parseAssignForm, recordAssessment, type Result, saveTool, TOOL_FORM_ID, toolForm } from '../../core/index.js';
import { localise, t } from '../../i18n/index.js';
import { viewOf, type Guard } from '../guard.js';
import { formValues, submissionOrRefuse, type ViewSubmission } from './inbound.js';
import type { SlackPlatform } from './platform.js';
import { communityRef, userRef } from './refs.js';
import { renderForm } from './render.js';
import type { Locale } from '../../i18n/index.js';
import type { TrimFormCommand } from './trim-commands.js';

export interface SlackTrimContext {
  readonly app: App;
  readonly deps: CoreDeps;
  readonly platform: SlackPlatform;
  readonly guard: Guard;
  /** A private reply, in `user`'s language where the person is known. */
  readonly reply: (respond: RespondFn, view: TextView, user?: string) => Promise<void>;
  /** Opens a form with a trigger; when Slack will not, replies `fallback` privately (in `user`'s language). */
  readonly openFormOr: (what: string, respond: RespondFn, open: () => Promise<unknown>, fallback: TextView, user?: string) => Promise<void>;
  readonly sendDm: (user: string, view: TextView) => Promise<void>;
}

const actorOf = (team: string, user: string): Actor => ({ user: userRef(team, user), community: communityRef(team) });

const NOT_OPENED: TextView = { title: t('trim.slack.notOpened.title'), text: t('trim.slack.notOpened.text'), tone: 'warning' };

/** A person's language as last heard (never waits: a form step answers Slack within 3 seconds). */
const localeOf = (ctx: SlackTrimContext, actor: Actor) => ctx.platform.locales.person(actor.user, actor.community);

/** Opens a TRiM form for a command or a button, after core has checked the person may (within Slack's trigger window). */
async function openForm(ctx: SlackTrimContext, what: string, actor: Actor, build: () => Promise<Result<TextForm>>, trigger: string, respond: RespondFn): Promise<void> {
  const timed = await beforeDeadline(FORM_DEADLINE_MS, () => ctx.guard.run(what, build));
  if (!timed.inTime) {
    await ctx.reply(respond, errorView({ code: 'unavailable' }), actor.user);
    return;
  }
  const form = timed.value;
  if (!form.ok) await ctx.reply(respond, errorView(form.error), actor.user);
  else await ctx.openFormOr(what, respond, () => ctx.platform.openForm(actor.user, form.value, trigger), localiseView(NOT_OPENED, localeOf(ctx, actor)));
}

/** Which core form each TRiM form command opens. */
const FORMS: { readonly [K in TrimFormCommand['kind']]: (deps: CoreDeps, actor: Actor, cmd: Extract<TrimFormCommand, { kind: K }>) => Promise<Result<TextForm>> } = {
  'trim-incident-form': (deps, actor) => incidentForm(deps, actor),
  'trim-assess-form': (deps, actor, cmd) => assessmentFormFor(deps, actor, { number: cmd.number, person: cmd.person }),
  'trim-tool-form': (deps, actor) => toolForm(deps, actor),
};

export function openTrimCommandForm(ctx: SlackTrimContext, cmd: TrimFormCommand, actor: Actor, trigger: string, respond: RespondFn): Promise<void> {
  const build = FORMS[cmd.kind] as (deps: CoreDeps, actor: Actor, cmd: TrimFormCommand) => Promise<Result<TextForm>>;
  return openForm(ctx, cmd.kind, actor, () => build(ctx.deps, actor, cmd), trigger, respond);
}

/** An Assess button (in the due list or a reminder DM). */
export function openAssessFromButton(ctx: SlackTrimContext, team: string, user: string, caseId: string, trigger: string, respond: RespondFn): Promise<void> {
  const actor = actorOf(team, user);
  return openForm(ctx, 'trim-assess-button', actor, () => assessmentForm(ctx.deps, actor, caseId), trigger, respond);
}

type Ack = (response?: Record<string, unknown>) => Promise<void>;

/** What a form step answers Slack: the next step, closing (with the result sent by DM), or the problem shown in the form. */
type Step = { readonly next: TextForm } | { readonly done: TextView } | { readonly error: CoreError };

/** Slack shows errors only beside input blocks of the open view; anything else goes beside `fallbackBlock`. */
function inFormError(error: CoreError, s: ViewSubmission, fallbackBlock: string, locale: Locale): Record<string, unknown> {
  const text = errorText(error, locale);
  const block = error.field !== undefined && Object.hasOwn(s.view.state.values, error.field) ? error.field : fallbackBlock;
  return { response_action: 'errors', errors: { [block]: text.slice(0, 300) } };
}

/** Slack ids in people fields become refs here; core never sees a bare Slack id. */
function values(submission: ViewSubmission): Record<string, unknown> {
  const team = submission.team.id;
  const out: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(formValues(submission))) {
    if (id === 'people' && Array.isArray(v)) out[id] = v.map((u: string) => userRef(team, u));
    else if (id.startsWith('practitioner_') && typeof v === 'string') out[id] = userRef(team, v);
    else out[id] = v;
  }
  return out;
}

export function registerTrimForms(ctx: SlackTrimContext): void {
  const { app, deps, guard } = ctx;
  const step = (id: string | RegExp, fallbackBlock: string, run: (actor: Actor, s: ViewSubmission, v: Record<string, unknown>) => Promise<Step>) => {
    app.view(id, async ({ ack, body }) => {
      const a = ack as Ack;
      const s = await submissionOrRefuse(body, a, fallbackBlock);
      if (s === null) return;
      const actor = actorOf(s.team.id, s.user.id);
      const what = `trim-form:${s.view.callback_id.split(':')[2] ?? ''}`;
      const timed = await beforeDeadline(FORM_DEADLINE_MS, async (): Promise<Step> => {
        const step = await guard.run(what, async () => ({ ok: true, value: await run(actor, s, values(s)) }));
        return step.ok ? step.value : { error: step.error };
      });
      if (!timed.inTime) {
        // The step may still finish; saying so stops a second submission being made blindly.
        await a({ response_action: 'errors', errors: { [fallbackBlock]: localise(t('trim.slack.slow'), localeOf(ctx, actor)) } });
        return;
      }
      const result = timed.value;
      if ('next' in result) await a({ response_action: 'update', view: renderForm(result.next, localeOf(ctx, actor)) });
      else if ('error' in result) await a(inFormError(result.error, s, fallbackBlock, localeOf(ctx, actor)));
      else {
        await a();
        await ctx.sendDm(actor.user, result.done);
      }
    });
  };
  const toStep = (r: Result<TextForm>): Step => (r.ok ? { next: r.value } : { error: r.error });
  const toDone = (r: Result<TextView>): Step => (r.ok ? { done: r.value } : r.error.field !== undefined || r.error.code === 'bad-input' ? { error: r.error } : { done: viewOf(r) });

  step(INCIDENT_FORM_ID, 'title', async (actor, _s, v) =>
    toStep(await incidentAssignForm(deps, actor, { title: v['title'], occurredAt: v['occurred_at'], people: v['people'] })),
  );
  step(INCIDENT_ASSIGN_FORM_ID, 'practitioner_0', async (actor, s, v) => toDone(await logIncident(deps, actor, parseAssignForm(s.view.private_metadata ?? '', v))));
  step(new RegExp(`^${ASSESS_FORM_PREFIX}`), 'consent', async (actor, s, v) => toStep(await confirmForm(deps, actor, parseAnswersForm(s.view.callback_id, s.view.private_metadata ?? '', v))));
  step(new RegExp(`^${CONFIRM_FORM_PREFIX}`), 'outcome', async (actor, s, v) => toDone(await recordAssessment(deps, actor, parseAnswersForm(s.view.callback_id, s.view.private_metadata ?? '', v))));
  step(TOOL_FORM_ID, 'tool', async (actor, _s, v) => toDone(await saveTool(deps, actor, { json: typeof v['tool'] === 'string' ? v['tool'] : '' })));
}
