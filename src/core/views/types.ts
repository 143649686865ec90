/**
 * Platform-neutral views. Core returns them; each adapter renders them (Block Kit, Discord embeds and
 * components, HTML). Text is plain: no platform markup, so every adapter can show it as it is.
 *
 * Words are `Text` in `View<Text>`: message ids with typed parameters from the catalogue (src/i18n),
 * turned into the reader's language by one render step (`localiseView`, `localiseForm`) at the edge,
 * which gives a `View` (= `View<string>`, words). Ports take `View<Text>`, so a view still built from
 * English strings (copy not yet in the catalogue) passes through unchanged. A plain string inside a
 * `View<Text>` is data (a topic, a name) or such copy.
 */
import type { Locale, Text } from '../../i18n/index.js';
import type { UserRef } from '../refs.js';

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'crisis';

export interface Button<T extends Text = string> {
  /** An encoded action id (see `actions.ts`); adapters pass it back unchanged when clicked. */
  readonly action: string;
  readonly label: T;
  readonly style?: 'primary' | 'secondary' | 'danger';
}

export interface Field<T extends Text = string> {
  readonly label: T;
  readonly value: T;
  /** The person this field is about; adapters show them (a mention that does not notify) before the value. */
  readonly about?: UserRef;
}

export interface LinkButton<T extends Text = string> {
  readonly label: T;
  readonly url: string;
}

export interface View<T extends Text = string> {
  readonly text: T;
  readonly title?: T;
  readonly fields?: readonly Field<T>[];
  readonly buttons?: readonly Button<T>[];
  readonly links?: readonly LinkButton<T>[];
  /** People to notify; adapters render platform mentions ahead of the text. */
  readonly mentions?: readonly UserRef[];
  readonly tone?: Tone;
  /**
   * The language this view must be read in whoever reads it (crisis copy follows the language of the
   * person's own message); absent: the reader's.
   */
  readonly locale?: Locale;
}

export type FormField<T extends Text = string> =
  | {
      readonly kind: 'select';
      readonly id: string;
      readonly label: T;
      readonly options: readonly { readonly value: string; readonly label: T }[];
      readonly initial?: string;
      /** Default true. Core checks what it needs either way; false lets a form be sent with it blank. */
      readonly required?: boolean;
    }
  | {
      readonly kind: 'text';
      readonly id: string;
      readonly label: T;
      readonly maxLength: number;
      readonly multiline: boolean;
      readonly required: boolean;
      readonly hint?: T;
      readonly initial?: string;
    }
  | { readonly kind: 'checkbox'; readonly id: string; readonly label: T; readonly hint?: T }
  /** A date and time; submitted as an ISO 8601 instant. */
  | { readonly kind: 'datetime'; readonly id: string; readonly label: T; readonly initial?: Date; readonly hint?: T }
  /** People picked from the workspace or server; submitted as a list of user refs. */
  | { readonly kind: 'users'; readonly id: string; readonly label: T; readonly max: number; readonly hint?: T }
  /** One person; submitted as a user ref. */
  | { readonly kind: 'user'; readonly id: string; readonly label: T; readonly initial?: UserRef; readonly hint?: T }
  /** Text shown in the form, not an input; `about` names a person the next inputs concern. */
  | { readonly kind: 'info'; readonly id: string; readonly text: T; readonly about?: UserRef };

/** A form (Slack modal, Discord modal, HTML form). `id` is an encoded form id adapters hand back on submit. */
export interface FormView<T extends Text = string> {
  readonly id: string;
  readonly title: T;
  readonly submitLabel: T;
  readonly fields: readonly FormField<T>[];
  /** Opaque state for a later step (ids and answers, never free text); adapters hand it back on submit. */
  readonly metadata?: string;
}

/** A view whose words may be message ids: what core hands to a port. */
export type TextView = View<Text>;
/** A form whose words may be message ids. */
export type TextForm = FormView<Text>;
