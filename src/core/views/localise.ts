/**
 * The render step: a view or form whose words are `Text` becomes one in words, in the reader's locale
 * (or the view's own `locale`, which wins: crisis copy follows the language the person wrote in).
 * Adapters call it just before they turn a view into Block Kit, Discord components or HTML.
 */
import { type Locale, Localiser, localiser, type Text } from '../../i18n/index.js';
import type { Field, FormField, FormView, TextForm, TextView, View } from './types.js';

const pick = (to: Locale | Localiser): Localiser => (to instanceof Localiser ? to : localiser(to));

export function localiseView(view: TextView, to: Locale | Localiser): View {
  const l = view.locale !== undefined && !(to instanceof Localiser) ? localiser(view.locale) : pick(to);
  const w = l.text.bind(l);
  const field = (f: Field<Text>): Field => ({ ...f, label: w(f.label), value: w(f.value) });
  const { text, title, fields, buttons, links, ...rest } = view;
  return {
    ...rest,
    text: w(text),
    ...(title === undefined ? {} : { title: w(title) }),
    ...(fields === undefined ? {} : { fields: fields.map(field) }),
    ...(buttons === undefined ? {} : { buttons: buttons.map((b) => ({ ...b, label: w(b.label) })) }),
    ...(links === undefined ? {} : { links: links.map((k) => ({ ...k, label: w(k.label) })) }),
  };
}

function localiseField(f: FormField<Text>, l: Localiser): FormField {
  const w = l.text.bind(l);
  switch (f.kind) {
    case 'select':
      return { ...f, label: w(f.label), options: f.options.map((o) => ({ ...o, label: w(o.label) })) };
    case 'info':
      return { ...f, text: w(f.text) };
    case 'text':
    case 'checkbox':
    case 'datetime':
    case 'users':
    case 'user': {
      const { hint, ...rest } = f;
      return { ...rest, label: w(f.label), ...(hint === undefined ? {} : { hint: w(hint) }) };
    }
  }
}

export function localiseForm(form: TextForm, to: Locale | Localiser): FormView {
  const l = pick(to);
  return { ...form, title: l.text(form.title), submitLabel: l.text(form.submitLabel), fields: form.fields.map((f) => localiseField(f, l)) };
}

/** Whether any words of this view or form come from the catalogue (else it reads the same in every locale). */
export function speaksCatalogue(v: TextView | TextForm): boolean {
  const texts: (Text | undefined)[] =
    'submitLabel' in v
      ? [v.title, v.submitLabel, ...v.fields.flatMap((f) => (f.kind === 'info' ? [f.text] : f.kind === 'select' ? [f.label, ...f.options.map((o) => o.label)] : [f.label, f.hint]))]
      : [v.text, v.title, ...(v.fields ?? []).flatMap((f) => [f.label, f.value]), ...(v.buttons ?? []).map((b) => b.label), ...(v.links ?? []).map((k) => k.label)];
  return texts.some((t) => t !== undefined && typeof t !== 'string');
}
