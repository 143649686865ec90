/**
 * The pseudo-locale: every catalogue message wrapped in ⟦…⟧, so a word rendered outside the brackets was
 * written inline instead of coming from the catalogue. Shared by test/unit/i18n-pseudo*.test.ts.
 */
import { localiseView } from '../../src/core/views/localise.js';
import type { TextView, View } from '../../src/core/views/types.js';
import { en, Localiser, type MessageId, sourceText, type Translation } from '../../src/i18n/index.js';

export const pseudo = new Localiser('en', Object.fromEntries(Object.keys(en).map((id) => [id, `⟦${sourceText(id as MessageId)}⟧`])) as Translation);

/** The words left outside the brackets once `data` (topics, names, numbers the view was given) is taken out. */
export function untranslated(texts: readonly string[], data: readonly string[] = []): string[] {
  return texts.flatMap((text) => {
    let outside = text;
    while (/⟦[^⟦⟧]*⟧/.test(outside)) outside = outside.replace(/⟦[^⟦⟧]*⟧/g, ' ');
    // Longest first, so a name holding a shorter one ("Samaritans Ireland", "Samaritans") goes whole.
    for (const d of [...data].sort((a, b) => b.length - a.length)) if (d.length > 0) outside = outside.split(d).join(' ');
    return outside.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w));
  });
}

/** Every text a reader sees in a rendered view. */
export function textsOf(view: View): string[] {
  return [view.title ?? '', view.text, ...(view.fields ?? []).flatMap((f) => [f.label, f.value]), ...(view.buttons ?? []).map((b) => b.label), ...(view.links ?? []).map((k) => k.label)];
}

/** The words of a core view, rendered in the pseudo-locale, that did not come from the catalogue. */
export function inlineWords(view: TextView, data: readonly string[] = []): string[] {
  return untranslated(textsOf(localiseView(view, pseudo)), data);
}
