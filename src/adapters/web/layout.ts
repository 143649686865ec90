/** The HTML document every page shares: local stylesheet, and the playground's script where it is wanted. */
import { html, type SafeHtml } from './html.js';

export function layout(title: string, body: SafeHtml, options: { script: boolean }): SafeHtml {
  return html`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="stylesheet" href="/assets/peerline.css">
${options.script ? html`<script src="/assets/peerline.js" defer></script>` : ''}</head>
<body>${body}</body></html>`;
}
