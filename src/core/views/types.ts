/**
 * Platform-neutral views. Core returns them; each adapter renders them (Block Kit, Discord embeds and
 * components, HTML). Text is plain: no platform markup, so every adapter can show it as it is.
 */
import type { UserRef } from '../ports.js';

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
    }
  | {
      readonly kind: 'text';
      readonly id: string;
      readonly label: string;
      readonly maxLength: number;
      readonly multiline: boolean;
      readonly required: boolean;
      readonly hint?: string;
    }
  | { readonly kind: 'checkbox'; readonly id: string; readonly label: string; readonly hint?: string };

/** A form (Slack modal, Discord modal, HTML form). `id` is an encoded form id adapters hand back on submit. */
export interface FormView {
  readonly id: string;
  readonly title: string;
  readonly submitLabel: string;
  readonly fields: readonly FormField[];
}
