/**
 * The TRiM assessment as Discord messages. A modal cannot hold ten selects, so the answers form is an
 * ephemeral message: a consent select, one multi-select of the items answered yes (unselected = no) and
 * a "Score it" button; then the confirm step: score, recommendation, the YES/NO list, an outcome select
 * and "Record". Nothing is stored between clicks: each select re-renders the message and the choices
 * travel in the buttons' custom ids. Core checks everything again on every step.
 * https://discord.com/developers/docs/components/reference#string-select
 */
import {
  ButtonStyle,
  ComponentType,
  TextInputStyle,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIModalInteractionResponseCallbackData,
  type APISelectMenuOption,
  type APIStringSelectComponent,
} from 'discord.js';
import { z } from 'zod';
import { type TextView, type FormField, type FormView, NOTES_MAX, parseAnswersForm, type TrimStage } from '../../core/index.js';
import { type Locale, lines, localise, t } from '../../i18n/index.js';
import { renderView } from './render.js';

/** Where one assessment stands between clicks; everything here fits in a custom id (max 100 characters). */
export interface AssessState {
  readonly caseId: string;
  readonly stage: TrimStage;
  readonly toolVersion: number;
  /** Null until the practitioner records whether the person agreed to take part. */
  readonly consent: boolean | null;
  /** Bit k set: the k-th item of the tool (in the form's order) was answered yes. */
  readonly yes: number;
}

/** The confirm step: the answers, and the chosen outcome as its place among the offered outcomes. */
export interface RecordState extends AssessState {
  readonly outcome: number;
}

const P = 'pl:trim-';
const SCORE = `${P}score:`;
const RECORD = `${P}rec:`;
const RECORD_NOTES = `${P}recn:`;
const NOTES_MODAL = `${P}notes:`;
const CONSENT = `${P}consent:`;
const ITEMS = `${P}items:`;
const OUTCOME = `${P}outcome:`;
/** Discord's limit for a custom id. */
export const CUSTOM_ID_MAX = 100;
/** Discord's limit for a text input's value. */
export const TEXT_INPUT_MAX = 4000;

const stageCode: Record<TrimStage, string> = { initial: 'i', 'follow-up': 'f' };
const tail = (s: AssessState) => `${s.caseId}:${stageCode[s.stage]}:${s.toolVersion}:${s.consent === null ? 'u' : s.consent ? 'y' : 'n'}:${s.yes.toString(16)}`;
export const scoreId = (s: AssessState): string => `${SCORE}${tail(s)}`;
export const recordId = (s: RecordState, withNotes: boolean): string => `${withNotes ? RECORD_NOTES : RECORD}${tail(s)}:${s.outcome}`;
export const notesModalId = (s: RecordState): string => `${NOTES_MODAL}${tail(s)}:${s.outcome}`;

const stateParts = z.tuple([
  z.uuid(),
  z.enum(['i', 'f']).transform((c): TrimStage => (c === 'i' ? 'initial' : 'follow-up')),
  z.coerce.number().int().min(1).max(1_000_000),
  z.enum(['y', 'n', 'u']).transform((c) => (c === 'u' ? null : c === 'y')),
  z.string().regex(/^[0-9a-f]{1,6}$/).transform((h) => Number.parseInt(h, 16)),
]);
const outcomePart = z.coerce.number().int().min(0).max(24);

/** A TRiM component or modal, from its custom id (and, for selects, the values picked). */
export type TrimComponent =
  | { readonly kind: 'assess'; readonly caseId: string }
  | { readonly kind: 'consent' | 'items' | 'outcome' }
  | { readonly kind: 'score'; readonly state: AssessState }
  | { readonly kind: 'record'; readonly state: RecordState; readonly withNotes: boolean }
  | { readonly kind: 'notes'; readonly state: RecordState }
  | { readonly kind: 'unsupported' };

function readState(rest: string): AssessState | null {
  const parsed = stateParts.safeParse(rest.split(':'));
  if (!parsed.success) return null;
  const [caseId, stage, toolVersion, consent, yes] = parsed.data;
  return { caseId, stage, toolVersion, consent, yes };
}

function readRecord(rest: string): RecordState | null {
  const cut = rest.lastIndexOf(':');
  const state = readState(rest.slice(0, cut));
  const outcome = outcomePart.safeParse(rest.slice(cut + 1));
  return state === null || state.consent === null || cut < 0 || !outcome.success ? null : { ...state, outcome: outcome.data };
}

export function parseTrimComponent(customId: string): TrimComponent {
  const after = (prefix: string) => (customId.startsWith(prefix) ? customId.slice(prefix.length) : null);
  const assess = after(`${P}assess:`);
  if (assess !== null) return z.uuid().safeParse(assess).success ? { kind: 'assess', caseId: assess } : { kind: 'unsupported' };
  for (const [prefix, kind] of [[CONSENT, 'consent'], [ITEMS, 'items'], [OUTCOME, 'outcome']] as const) if (after(prefix) !== null) return { kind };
  const score = after(SCORE);
  if (score !== null) {
    const state = readState(score);
    return state === null ? { kind: 'unsupported' } : { kind: 'score', state };
  }
  for (const [prefix, withNotes] of [[RECORD, false], [RECORD_NOTES, true]] as const) {
    const rest = after(prefix);
    if (rest === null) continue;
    const state = readRecord(rest);
    return state === null ? { kind: 'unsupported' } : { kind: 'record', state, withNotes };
  }
  const notes = after(NOTES_MODAL);
  const state = notes === null ? null : readRecord(notes);
  return state === null ? { kind: 'unsupported' } : { kind: 'notes', state };
}

/** The tool's items in the answers form, in order: the bitmask counts in this order. */
export interface FormItem {
  readonly id: string;
  readonly text: string;
}

export function itemsOf(form: FormView): FormItem[] {
  return form.fields.flatMap((f) => (f.kind === 'select' && f.id.startsWith('item_') ? [{ id: f.id.slice('item_'.length), text: f.label }] : []));
}

const formState = z.object({ caseId: z.uuid(), stage: z.enum(['initial', 'follow-up']), toolVersion: z.number().int().min(1) });

/** The case, stage and tool version core put in its answers form. */
export function stateOfForm(form: Pick<FormView, 'id' | 'metadata'>): AssessState | null {
  const parsed = formState.safeParse(parseAnswersForm(form.id, form.metadata ?? '', {}));
  return parsed.success ? { ...parsed.data, consent: null, yes: 0 } : null;
}

/** The answers as core takes them, read from the bitmask against the form's items. */
export function answersOf(state: AssessState, items: readonly FormItem[]): Record<string, boolean> {
  return Object.fromEntries(items.map((item, k) => [item.id, (state.yes & (1 << k)) !== 0]));
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
type Row = APIActionRowComponent<APIComponentInMessageActionRow>;
const row = (...components: APIComponentInMessageActionRow[]): Row => ({ type: ComponentType.ActionRow, components });

/** A deferred reply's (or message's) new body: a view, and these rows instead of its buttons. */
export interface TrimMessage {
  readonly content: string;
  readonly embeds: ReturnType<typeof renderView>['embeds'];
  readonly components: Row[];
  readonly allowedMentions: { readonly parse: []; readonly users: string[] };
}

/** The view in the reader's words (`locale`), with `components` instead of its buttons when given. */
export function message(view: TextView, locale: Locale, components: Row[] | null = null): TrimMessage {
  const m = renderView(view, locale);
  return { content: m.content, embeds: m.embeds, components: components ?? m.components, allowedMentions: { parse: [], users: m.allowed_mentions.users } };
}

const infoOf = (form: FormView, id?: string) => form.fields.find((f): f is Extract<FormField, { kind: 'info' }> => f.kind === 'info' && (id === undefined || f.id === id));

/** Step one: consent, the items answered yes, "Score it" (`form`: core's answers form, already in the reader's words). */
export function answersMessage(form: FormView, state: AssessState, locale: Locale): TrimMessage {
  const info = infoOf(form);
  const consent = form.fields.find((f): f is Extract<FormField, { kind: 'select' }> => f.kind === 'select' && f.id === 'consent');
  const items = itemsOf(form);
  const view: TextView = {
    title: form.title,
    text: lines(info?.text ?? '', t('trim.discord.assess.howTo')),
    fields: info?.about === undefined ? [] : [{ label: t('trim.field.person'), about: info.about, value: '' }],
    tone: 'neutral',
  };
  const say = (id: 'trim.assess.consent' | 'trim.discord.assess.yesItems') => localise(t(id), locale);
  const consentSelect: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: `${CONSENT}${state.caseId}`,
    placeholder: clip(consent?.label ?? say('trim.assess.consent'), 150),
    options: (consent?.options ?? []).map((o) => ({ label: clip(o.label, 100), value: o.value, default: state.consent !== null && (o.value === 'yes') === state.consent })),
  };
  const itemsSelect: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: `${ITEMS}${state.caseId}`,
    placeholder: say('trim.discord.assess.yesItems'),
    min_values: 0,
    max_values: items.length,
    options: items.slice(0, 25).map((item, k) => ({ label: clip(item.text, 100), value: item.id, default: (state.yes & (1 << k)) !== 0 })),
  };
  return message(view, locale, [row(consentSelect), row(itemsSelect), row(scoreButton(form.submitLabel, state))]);
}

const scoreButton = (label: string, state: AssessState): APIButtonComponent => ({
  type: ComponentType.Button,
  style: ButtonStyle.Primary,
  custom_id: scoreId(state),
  label: clip(label, 80),
  // Nothing can be scored before consent is recorded.
  disabled: state.consent === null,
});

/** Step two: the score and recommendation, the answers spelled out, the outcome (recommendation preselected) and Record. */
export function confirmMessage(form: FormView, state: AssessState, items: readonly FormItem[], locale: Locale): TrimMessage {
  const summary = infoOf(form, 'summary');
  const notesOff = infoOf(form, 'notes_off');
  const outcome = form.fields.find((f): f is Extract<FormField, { kind: 'select' }> => f.kind === 'select' && f.id === 'outcome');
  const options = outcome?.options ?? [];
  const chosen = Math.max(0, options.findIndex((o) => o.value === outcome?.initial));
  const answers = answersOf(state, items);
  // The items are already in the reader's words (core's form, localised); " · " only separates them.
  const listed = (yes: boolean) => {
    const texts = items.filter((item) => answers[item.id] === yes).map((item) => item.text);
    return texts.length === 0 ? t('trim.assessment.field.none') : texts.join(' · ');
  };
  const view: TextView = {
    title: form.title,
    text: lines(
      summary?.text ?? '',
      ...(state.consent === true ? ['', t('trim.discord.confirm.yes', { items: listed(true) }), t('trim.discord.confirm.no', { items: listed(false) })] : []),
      ...(notesOff === undefined ? [] : ['', notesOff.text]),
    ),
    fields: summary?.about === undefined ? [] : [{ label: t('trim.field.person'), about: summary.about, value: '' }],
    tone: 'neutral',
  };
  const record: RecordState = { ...state, outcome: chosen };
  const select: APIStringSelectComponent = {
    type: ComponentType.StringSelect,
    custom_id: `${OUTCOME}${state.caseId}`,
    placeholder: localise(t('trim.confirm.outcome'), locale),
    options: options.slice(0, 25).map((o, k): APISelectMenuOption => ({ label: clip(o.label, 100), value: o.value, default: k === chosen })),
  };
  const withNotes = form.fields.some((f) => f.kind === 'text' && f.id === 'notes');
  return message(view, locale, [row(select), row(...recordButtons(record, withNotes, locale))]);
}

const recordButtons = (s: RecordState, withNotes: boolean, locale: Locale): APIButtonComponent[] => [
  { type: ComponentType.Button, style: ButtonStyle.Success, custom_id: recordId(s, false), label: localise(t('trim.discord.record'), locale) },
  ...(withNotes ? [{ type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: recordId(s, true), label: localise(t('trim.discord.recordWithNotes'), locale) } as const] : []),
];

/** The notes modal for "Record with notes": the choices travel in its custom id, the notes only in the submission. */
export function notesModal(s: RecordState, locale: Locale): APIModalInteractionResponseCallbackData {
  const say = (id: 'trim.discord.notes.title' | 'trim.discord.notes.label' | 'trim.discord.notes.placeholder') => localise(t(id), locale);
  return {
    custom_id: notesModalId(s),
    title: clip(say('trim.discord.notes.title'), 45),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: 'notes',
            style: TextInputStyle.Paragraph,
            label: clip(say('trim.discord.notes.label'), 45),
            placeholder: clip(say('trim.discord.notes.placeholder'), 100),
            max_length: NOTES_MAX,
            required: true,
          },
        ],
      },
    ],
  };
}

/** The tool editor: core's form as a modal with one paragraph input, prefilled with the current tool. */
export function toolModal(form: FormView): APIModalInteractionResponseCallbackData | null {
  const field = form.fields.find((f): f is Extract<FormField, { kind: 'text' }> => f.kind === 'text');
  if (field === undefined || (field.initial ?? '').length > TEXT_INPUT_MAX) return null;
  return {
    custom_id: form.id,
    title: clip(form.title, 45),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.TextInput,
            custom_id: field.id,
            style: TextInputStyle.Paragraph,
            label: clip(field.label, 45),
            max_length: TEXT_INPUT_MAX,
            required: field.required,
            ...(field.initial === undefined ? {} : { value: field.initial }),
          },
        ],
      },
    ],
  };
}

// What a select's update needs from the message it is on: exactly the components these steps render,
// parsed (never cast) from what Discord sent back.
const option = z.object({ label: z.string(), value: z.string(), description: z.string().optional(), default: z.boolean().optional() });
const button = z.object({
  type: z.literal(ComponentType.Button),
  style: z.union([z.literal(ButtonStyle.Primary), z.literal(ButtonStyle.Secondary), z.literal(ButtonStyle.Success), z.literal(ButtonStyle.Danger)]),
  custom_id: z.string(),
  label: z.string().optional(),
  disabled: z.boolean().optional(),
});
const select = z.object({
  type: z.literal(ComponentType.StringSelect),
  custom_id: z.string(),
  placeholder: z.string().optional(),
  min_values: z.number().int().optional(),
  max_values: z.number().int().optional(),
  options: z.array(option),
});
const rows = z.array(z.object({ type: z.literal(ComponentType.ActionRow), components: z.array(z.union([button, select])) }));
type Rows = z.output<typeof rows>;
type SelectOption = z.output<typeof option>;

/**
 * The message's rows after a select changed, with the new choices in the selects' defaults and in the
 * buttons' custom ids; null when the message is not a TRiM assessment step (stale or foreign).
 */
export function rechoose(kind: 'consent' | 'items' | 'outcome', values: readonly string[], raw: unknown): Row[] | null {
  const parsed = rows.safeParse(raw);
  if (!parsed.success) return null;
  const current = parsed.data;
  const all = current.flatMap((r) => r.components);
  const buttons = all.flatMap((c) => (c.type === ComponentType.Button ? [parseTrimComponent(c.custom_id)] : []));
  const selectOf = (prefix: string) => all.find((c): c is z.output<typeof select> => c.type === ComponentType.StringSelect && c.custom_id.startsWith(prefix));
  if (kind === 'outcome') {
    const found = buttons.find((c) => c.kind === 'record');
    const outcomes = selectOf(OUTCOME);
    const index = outcomes?.options.findIndex((o) => o.value === values[0]) ?? -1;
    if (found?.kind !== 'record' || index < 0) return null;
    const next: RecordState = { ...found.state, outcome: index };
    return rebuild(current, (id) => (id.startsWith(RECORD_NOTES) ? recordId(next, true) : id.startsWith(RECORD) ? recordId(next, false) : id), (id, o, k) => (id.startsWith(OUTCOME) ? k === index : (o.default ?? false)));
  }
  const found = buttons.find((c) => c.kind === 'score');
  const items = selectOf(ITEMS);
  if (found?.kind !== 'score' || items === undefined) return null;
  const next: AssessState =
    kind === 'consent'
      ? { ...found.state, consent: values[0] === undefined ? null : values[0] === 'yes' }
      : { ...found.state, yes: items.options.reduce((mask, o, k) => (values.includes(o.value) ? mask | (1 << k) : mask), 0) };
  return rebuild(
    current,
    (id) => (id.startsWith(SCORE) ? scoreId(next) : id),
    (id, o, k) => (id.startsWith(CONSENT) ? next.consent !== null && (o.value === 'yes') === next.consent : id.startsWith(ITEMS) ? (next.yes & (1 << k)) !== 0 : (o.default ?? false)),
    next.consent === null,
  );
}

function rebuild(current: Rows, buttonId: (id: string) => string, isDefault: (selectId: string, o: SelectOption, k: number) => boolean, scoreDisabled?: boolean): Row[] {
  return current.map((r) =>
    row(
      ...r.components.map((c): APIComponentInMessageActionRow => {
        if (c.type === ComponentType.StringSelect) {
          return {
            type: ComponentType.StringSelect,
            custom_id: c.custom_id,
            ...(c.placeholder === undefined ? {} : { placeholder: c.placeholder }),
            ...(c.min_values === undefined ? {} : { min_values: c.min_values }),
            ...(c.max_values === undefined ? {} : { max_values: c.max_values }),
            options: c.options.map((o, k) => ({ label: o.label, value: o.value, ...(o.description === undefined ? {} : { description: o.description }), default: isDefault(c.custom_id, o, k) })),
          };
        }
        const id = buttonId(c.custom_id);
        const disabled = id.startsWith(SCORE) && scoreDisabled !== undefined ? scoreDisabled : c.disabled;
        return { type: ComponentType.Button, style: c.style, custom_id: id, ...(c.label === undefined ? {} : { label: c.label }), ...(disabled === undefined ? {} : { disabled }) };
      }),
    ),
  );
}
