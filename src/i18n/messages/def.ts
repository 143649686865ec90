/** What every part of the catalogue is made of (see en.ts, which puts the parts together). */

/** A message with parameters `P`; the type travels with the English source, the text is what ICU reads. */
export interface Def<P> {
  readonly text: string;
  /** Never set: carries `P` for the compiler. */
  readonly params?: P;
}

export const def = <P>(text: string): Def<P> => ({ text });

/**
 * A text inside a part's message parameters: any `Text` (en.ts) fits. Written structurally here because a
 * part importing `Text` from en.ts, which spreads the part in, is an import cycle.
 */
export type PartText =
  | string
  | { readonly msg: string }
  | { readonly join: readonly unknown[]; readonly sep: string }
  | { readonly byLocale: Readonly<Record<string, string | undefined>>; readonly other: string };

/** An English part of the catalogue: ids to ICU text, typed where the message has parameters. */
export type Messages = Record<string, string | Def<unknown>>;

/** One part translated: every key of its English source, as ICU text with the same placeholders. */
export type AreaTranslation<E extends Messages> = Readonly<Record<keyof E, string>>;
