import { createReadStream } from 'node:fs';
import process from 'node:process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { ConversationContext, detectMessage, signalsOf, TIERS, type Detection, type Tier } from '../crisis/index.js';

const HELP = `usage: peerline eval [--json] FILE.tsv
       peerline eval --context [--json] FILE.tsv

Measures the crisis detector on your own labelled messages, on this machine; nothing is sent or
stored, and no message text is ever printed. FILE is UTF-8, one message per line:

  label<TAB>text                  (default)
  author<TAB>label<TAB>text       (--context: each author's lines are read in order as one
                                   conversation, through the detector's conversation window; the
                                   file has no times, so consecutive lines count as sent together)

label is one of imminent, high, elevated, none (the tier a clinician would give the message). Use
"-" for stdin. Blank lines are skipped. Any other malformed line is reported with its line number,
no figures are printed, and the exit code is 1.

Prints: recall on risk lines (detected above none), false alarms on none lines, imminent recognised
as imminent, exact tier on risk lines (each with a 95% Wilson interval), a tier confusion matrix,
how often each rule fired on risk and on none lines, and per-language counts when the detector
reports a language. --json prints the same as one JSON object.
`;

const LABELS: ReadonlySet<string> = new Set(TIERS);
/** At most this many bad lines are listed; the count covers them all. */
const MAX_ERRORS_SHOWN = 20;

/** A detection, with the language it was read as when the detector identifies languages. */
export type Read = Detection & { readonly lang?: string };

/** Reads one message in context: `author` is undefined without --context. */
export type Reader = (text: string, author: string | undefined) => Read;

/** A share with its counts and a 95% Wilson score interval (null when there is nothing to divide). */
export interface Share {
  readonly hit: number;
  readonly total: number;
  readonly rate: number | null;
  readonly ci95: readonly [number, number] | null;
}

export interface LangCounts {
  lines: number;
  risk: number;
  caught: number;
  none: number;
  alarms: number;
}

export interface Report {
  readonly lines: number;
  readonly blank: number;
  readonly labels: Record<Tier, number>;
  readonly recall: Share;
  readonly falseAlarms: Share;
  readonly imminentAsImminent: Share;
  readonly exactTierOnRisk: Share;
  /** confusion[label][detected] = lines. */
  readonly confusion: Record<Tier, Record<Tier, number>>;
  /** Lines on which each rule fired, on risk lines and on none lines. */
  readonly rules: Record<string, { risk: number; none: number }>;
  /** Present only when the detector reported a language. */
  readonly langs: Record<string, LangCounts> | null;
}

export interface BadLine {
  readonly line: number;
  readonly reason: string;
}

function share(hit: number, total: number): Share {
  if (total === 0) return { hit, total, rate: null, ci95: null };
  const z = 1.959964;
  const p = hit / total;
  const d = 1 + (z * z) / total;
  const centre = (p + (z * z) / (2 * total)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / total + (z * z) / (4 * total * total))) / d;
  return { hit, total, rate: p, ci95: [Math.max(0, centre - half), Math.min(1, centre + half)] };
}

function zeroes(): Record<Tier, number> {
  return { none: 0, elevated: 0, high: 0, imminent: 0 };
}

/**
 * Reads every line, checks it, and counts. Returns the bad lines instead of a report when there are any,
 * so a malformed file never yields figures. Never keeps a message's text past its line.
 */
export async function evaluate(
  lines: AsyncIterable<string>,
  context: boolean,
  read: Reader,
): Promise<{ ok: true; report: Report } | { ok: false; bad: BadLine[]; badCount: number }> {
  const labels = zeroes();
  const confusion: Record<Tier, Record<Tier, number>> = { none: zeroes(), elevated: zeroes(), high: zeroes(), imminent: zeroes() };
  const rules = new Map<string, { risk: number; none: number }>();
  const langs = new Map<string, LangCounts>();
  const bad: BadLine[] = [];
  let badCount = 0;
  let number = 0;
  let blank = 0;
  let counted = 0;
  const fail = (reason: string) => {
    badCount++;
    if (bad.length < MAX_ERRORS_SHOWN) bad.push({ line: number, reason });
  };

  for await (const raw of lines) {
    number++;
    const line = number === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (line.trim() === '') {
      blank++;
      continue;
    }
    const fields = line.split('\t');
    let author: string | undefined;
    let label: string;
    let text: string;
    if (context) {
      if (fields.length < 3) {
        fail('expected author<TAB>label<TAB>text');
        continue;
      }
      author = fields[0]!.trim();
      label = fields[1]!.trim();
      text = fields.slice(2).join('\t');
      if (author === '') {
        fail('the author is empty');
        continue;
      }
    } else {
      if (fields.length < 2) {
        fail('expected label<TAB>text');
        continue;
      }
      label = fields[0]!.trim();
      text = fields.slice(1).join('\t');
    }
    if (!LABELS.has(label)) {
      fail('the label is not one of imminent, high, elevated, none');
      continue;
    }
    if (badCount > 0) continue; // keep checking the rest, but a bad file yields no figures
    const truth = label as Tier;
    const found = read(text, author);
    counted++;
    labels[truth]++;
    confusion[truth][found.tier]++;
    const risk = truth !== 'none';
    for (const id of found.rules) {
      const r = rules.get(id) ?? { risk: 0, none: 0 };
      if (risk) r.risk++;
      else r.none++;
      rules.set(id, r);
    }
    if (found.lang !== undefined) {
      const l = langs.get(found.lang) ?? { lines: 0, risk: 0, caught: 0, none: 0, alarms: 0 };
      l.lines++;
      if (risk) {
        l.risk++;
        if (found.tier !== 'none') l.caught++;
      } else {
        l.none++;
        if (found.tier !== 'none') l.alarms++;
      }
      langs.set(found.lang, l);
    }
  }
  if (badCount > 0) return { ok: false, bad, badCount };

  const riskLines = labels.elevated + labels.high + labels.imminent;
  const sumAbove = (row: Record<Tier, number>) => row.elevated + row.high + row.imminent;
  const caught = sumAbove(confusion.elevated) + sumAbove(confusion.high) + sumAbove(confusion.imminent);
  const exact = confusion.elevated.elevated + confusion.high.high + confusion.imminent.imminent;
  return {
    ok: true,
    report: {
      lines: counted,
      blank,
      labels,
      recall: share(caught, riskLines),
      falseAlarms: share(sumAbove(confusion.none), labels.none),
      imminentAsImminent: share(confusion.imminent.imminent, labels.imminent),
      exactTierOnRisk: share(exact, riskLines),
      confusion,
      rules: Object.fromEntries([...rules.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      langs: langs.size === 0 ? null : Object.fromEntries([...langs.entries()].sort(([a], [b]) => (a < b ? -1 : 1))),
    },
  };
}

function fmtShare(s: Share): string {
  if (s.rate === null || s.ci95 === null) return `—      ${s.hit}/${s.total} (no such lines)`;
  const f = (x: number) => x.toFixed(3);
  return `${f(s.rate)}  ${s.hit}/${s.total}  (95% CI ${f(s.ci95[0])}–${f(s.ci95[1])})`;
}

/** The report as text: figures and rule ids only. */
export function formatReport(name: string, r: Report): string {
  const out: string[] = [];
  const labelList = TIERS.slice()
    .reverse()
    .map((t) => `${t} ${r.labels[t]}`)
    .join(', ');
  out.push(`peerline eval ${name}: ${r.lines} lines (${labelList})${r.blank > 0 ? `, ${r.blank} blank skipped` : ''}`);
  out.push('');
  out.push(`recall on risk lines (detected above none)  ${fmtShare(r.recall)}`);
  out.push(`false alarms on none lines                  ${fmtShare(r.falseAlarms)}`);
  out.push(`imminent recognised as imminent             ${fmtShare(r.imminentAsImminent)}`);
  out.push(`exact tier on risk lines                    ${fmtShare(r.exactTierOnRisk)}`);
  out.push('');
  out.push('tier confusion (rows: label, columns: detected)');
  const width = 10;
  out.push(`${''.padEnd(width)}${TIERS.map((t) => t.padStart(width)).join('')}`);
  for (const label of TIERS.slice().reverse()) {
    out.push(`${label.padEnd(width)}${TIERS.map((t) => String(r.confusion[label][t]).padStart(width)).join('')}`);
  }
  out.push('');
  const ids = Object.keys(r.rules);
  if (ids.length === 0) out.push('rules: none fired');
  else {
    out.push('rules (lines where each fired: on risk lines, on none lines)');
    const w = Math.max(...ids.map((id) => id.length));
    for (const id of ids) {
      const c = r.rules[id]!;
      out.push(`  ${id.padEnd(w)}  ${String(c.risk).padStart(6)}  ${String(c.none).padStart(6)}`);
    }
  }
  if (r.langs !== null) {
    out.push('');
    out.push('languages (lines; risk lines caught; none lines flagged)');
    for (const [lang, c] of Object.entries(r.langs)) {
      out.push(`  ${lang.padEnd(8)}  ${String(c.lines).padStart(6)}  caught ${c.caught}/${c.risk}  flagged ${c.alarms}/${c.none}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** Reads each message alone: the default. */
const alone: Reader = (text) => detectMessage(text);

/**
 * Reads each message with its author's recent ones, as the bot does in one place. The file carries no
 * times, so every line is taken as sent at the same moment: the window is bounded by its message count.
 */
function inContext(window: ConversationContext): Reader {
  return (text, author) => {
    const signals = signalsOf(text);
    return { ...window.observe(author ?? '', 'eval', signals, 0), lang: signals.lang };
  };
}

/**
 * `peerline eval`: the detector against a labelled file. Returns the exit code: 0, 1 for an unreadable
 * or malformed file, 2 for a usage error.
 */
export async function evalCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  let json = false;
  let context = false;
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '--json') json = true;
    else if (arg === '--context') context = true;
    else if (arg.startsWith('--')) {
      process.stderr.write(`peerline eval: unknown option ${JSON.stringify(arg)}\n\n${HELP}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length !== 1) {
    process.stderr.write(`peerline eval: give exactly one FILE.tsv (or - for stdin)\n\n${HELP}`);
    return 2;
  }
  const file = files[0]!;
  const input: Readable = file === '-' ? process.stdin : createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let result: Awaited<ReturnType<typeof evaluate>>;
  try {
    result = await evaluate(lines, context, context ? inContext(new ConversationContext()) : alone);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    process.stderr.write(`peerline eval: cannot read ${file}${code === undefined ? '' : ` (${code})`}\n`);
    return 1;
  } finally {
    lines.close();
  }
  if (!result.ok) {
    for (const b of result.bad) process.stderr.write(`peerline eval: ${file} line ${b.line}: ${b.reason}\n`);
    if (result.badCount > result.bad.length) process.stderr.write(`peerline eval: … and ${result.badCount - result.bad.length} more bad lines\n`);
    process.stderr.write(`peerline eval: ${result.badCount} bad line${result.badCount === 1 ? '' : 's'}; no figures printed\n`);
    return 1;
  }
  process.stdout.write(json ? `${JSON.stringify({ file, ...result.report })}\n` : formatReport(file, result.report));
  return 0;
}
