/**
 * Platform-neutral views. Core returns them; each adapter renders them (Block Kit, Discord embeds and
 * components, HTML). Text is plain: no platform markup, so every adapter can show it as it is.
 */
import type { UserRef } from '../refs.js';

export type Tone = 'neutral' | 'success' | 'warning' | 'danger' | 'crisis';

export interface Button {
  /** An encoded action id (see `actions.ts`); adapters pass it back unchanged when clicked. */
  readonly action: string;
  readonly label: string;
  readonly style?: 'primary' | 'secondary' | 'danger';
}

export interface Field {
  readonly label: string;
  readonly value: string;
  /** The person this field is about; adapters show them (a mention that does not notify) before the value. */
  readonly about?: UserRef;
}

export interface LinkButton {
  readonly label: string;
  readonly url: string;
}

export interface View {
  readonly text: string;
  readonly title?: string;
  readonly fields?: readonly Field[];
  readonly buttons?: readonly Button[];
  readonly links?: readonly LinkButton[];
  /** People to notify; adapters render platform mentions ahead of the text. */
  readonly mentions?: readonly UserRef[];
  readonly tone?: Tone;
}

export type FormField =
  | {
      readonly kind: 'select';
      readonly id: string;
      readonly label: string;
      readonly options: readonly { readonly value: string; readonly label: string }[];
      readonly initial?: string;
      /** Default true. Core checks what it needs either way; false lets a form be sent with it blank. */
      readonly required?: boolean;
    }
  | {
      readonly kind: 'text';
      readonly id: string;
      readonly label: string;
      readonly maxLength: number;
      readonly multiline: boolean;
      readonly required: boolean;
      readonly hint?: string;
      readonly initial?: string;
    }
  | { readonly kind: 'checkbox'; readonly id: string; readonly label: string; readonly hint?: string }
  /** A date and time; submitted as an ISO 8601 instant. */
  | { readonly kind: 'datetime'; readonly id: string; readonly label: string; readonly initial?: Date; readonly hint?: string }
  /** People picked from the workspace or server; submitted as a list of user refs. */
  | { readonly kind: 'users'; readonly id: string; readonly label: string; readonly max: number; readonly hint?: string }
  /** One person; submitted as a user ref. */
  | { readonly kind: 'user'; readonly id: string; readonly label: string; readonly initial?: UserRef; readonly hint?: string }
  /** Text shown in the form, not an input; `about` names a person the next inputs concern. */
  | { readonly kind: 'info'; readonly id: string; readonly text: string; readonly about?: UserRef };

/** A form (Slack modal, Discord modal, HTML form). `id` is an encoded form id adapters hand back on submit. */
export interface FormView {
  readonly id: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly fields: readonly FormField[];
  /** Opaque state for a later step (ids and answers, never free text); adapters hand it back on submit. */
  readonly metadata?: string;
}
