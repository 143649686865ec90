/** The HTML document every page shares: local stylesheet, and the playground's script where it is wanted. */
import { html, type SafeHtml } from './html.js';

/** `script`: true for the playground's script, or the path of another of this adapter's scripts. */
/** `lang`: the page's language (English when not given). */
export function layout(title: string, body: SafeHtml, options: { script: boolean | string; lang?: string }): SafeHtml {
  const src = options.script === true ? '/assets/peerline.js' : options.script;
  // i18n-exempt: markup only (the viewport meta tag), no words
  return html`<!doctype html>
<html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/assets/peerline.css">
${src === false ? '' : html`<script src="${src}" defer></script>`}</head>
<body>${body}</body></html>`;
}
