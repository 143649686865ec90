/**
 * No words a person reads are written inline in English in src/: every string literal (and template text)
 * under src/ is read with the TypeScript parser, and one that looks like English prose fails here unless it
 * is something no member, volunteer or coordinator reads — a log or error for operators, a command's
 * machine name, CSS, an import path. The words themselves live in the catalogue (src/i18n/messages).
 *
 * The parts of src/ that only operators read are listed below with the reason; everything else is held to
 * the rule; a single text only operators read is marked `// i18n-exempt: <reason>`. The pseudo-locale test (i18n-pseudo.test.ts) checks the other direction: views rendered with
 * every catalogue text bracketed have nothing outside the brackets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

/** Files and folders nobody but an operator reads (paths relative to src/), or that hold data rather than copy. */
const OPERATOR_ONLY: Readonly<Record<string, string>> = {
  'i18n/': 'the catalogue itself',
  'cli/': 'command-line tools run by the operator (peerline migrate, scan, trim:rekey …)',
  'cli.ts': 'the command-line entry',
  'config/': 'configuration errors, printed to the operator at start-up',
  'startup-error.ts': 'start-up failures, printed to the operator',
  'log/': 'the logger',
  'ops/': 'health and metrics endpoints for operators',
  'db/': 'the database layer: SQL and migrations',
  'crisis/lang/': 'language-identification models (data)',
  'crisis/resources-data.ts': 'crisis lines: names and opening hours are data from each service',
  'crisis/rules.ts': 'detection patterns (data, in the languages they match)',
  'crisis/word-table.ts': 'detection data',
  'crisis/characters.ts': 'detection data: the phrases the normaliser folds',
  'core/crisis-answers.ts': 'the words a reply to the safety question is read for (data, in each language)',
  'adapters/slack/manifest.ts': 'the Slack app manifest stays English (Slack shows it to workspace admins, not members)',
  'main.ts': 'process entry: log lines',
  'process-policy.ts': 'process-level errors, logged',
  'discord-replica.ts': 'process entry: log lines',
};

/** Calls whose string arguments are for operators or machines, never shown to a person. */
const MACHINE_CALLS = /^(?:log|logger|this\.log|deps\.log|console)\.|\.(?:info|warn|error|debug|fatal|trace|child)$|^(?:Error|TypeError|RangeError|SyntaxError|assert|invariant|require|import|setHeader|header|type)$/;

const PROSE = /[A-Za-z]{2,}[,.;:!?]?\s+[A-Za-z']{2,}/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function operatorOnly(path: string): boolean {
  return Object.keys(OPERATOR_ONLY).some((p) => (p.endsWith('/') ? path.startsWith(p) : path === p));
}

function callee(node: ts.Node): string | null {
  const parent = node.parent;
  if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== node) return parent.expression.getText();
  return null;
}

/** Whether a literal is for machines or operators by where it stands. */
function machineContext(node: ts.Node): boolean {
  for (let n: ts.Node = node; n.parent !== undefined; n = n.parent) {
    const p = n.parent;
    if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p) || ts.isLiteralTypeNode(p) || ts.isImportTypeNode(p)) return true;
    if (ts.isPropertyAssignment(p) && p.name === n) return true;
    if (ts.isThrowStatement(p)) return true;
    if (ts.isCallExpression(p) || ts.isNewExpression(p)) {
      const name = callee(n);
      if (name !== null && MACHINE_CALLS.test(name)) return true;
      return false;
    }
    if (ts.isBlock(p) || ts.isSourceFile(p)) return false;
  }
  return false;
}

/** CSS, HTML markup without words, SQL, ids and URLs are not prose. */
function looksLikeCode(text: string): boolean {
  // A template split by `${…}` inside a tag leaves a tag open at a piece's end (`<td data-label="`) or
  // closed at its start (`" class="x">`): attribute names, not prose.
  const words = text.replace(/<[^>]*>/g, ' ').replace(/<[^<>]*$/, ' ').replace(/^[^<>]*>/, ' ').replace(/&[a-z]+;/g, ' ');
  if (/[{};]\s*$|^\s*[.#@]?[a-z-]+\s*[:{]/m.test(text) && /:\s*[^;]+;/.test(text)) return true; // CSS
  if (/^\s*(select|insert|update|delete|with|create|alter)\s/i.test(text)) return true;
  return !PROSE.test(words);
}

/**
 * A text only operators or machines read, where the rules above cannot tell, is marked on its line or the
 * line above with `// i18n-exempt: <who reads it>` (e.g. a reason logged, never shown).
 */
function marked(source: ts.SourceFile, line: number): boolean {
  const text = source.text.split('\n');
  return [line, line - 1].some((l) => l >= 0 && /\/\/ i18n-exempt: \S/.test(text[l] ?? ''));
}

interface Finding {
  readonly at: string;
  readonly text: string;
}

/** The English texts in one file's source (`rel`: its path under src/). */
function findingsIn(rel: string, code: string): Finding[] {
  const out: Finding[] = [];
  const source = ts.createSourceFile(rel, code, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node);
    if (literal) {
      const text = (node as ts.LiteralLikeNode).text;
      const holder = ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node) ? node.parent.parent ?? node.parent : node;
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      if (!looksLikeCode(text) && !machineContext(holder) && !marked(source, line)) {
        out.push({ at: `src/${rel}:${line + 1}`, text: text.length > 80 ? `${text.slice(0, 77)}…` : text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

function findings(): Finding[] {
  return files(SRC).flatMap((path) => {
    const rel = relative(SRC, path).split('\\').join('/');
    return operatorOnly(rel) ? [] : findingsIn(rel, readFileSync(path, 'utf8'));
  });
}

describe('words in src/', () => {
  it('come from the catalogue, never inline English', () => {
    expect(findings().map((f) => `${f.at}  ${JSON.stringify(f.text)}`)).toEqual([]);
  });

  it('finds inline English in a reply, a title inside ok(...), a template, and a marked line it lets through (the test can fail)', () => {
    const source = [
      "return ok({ title: 'You are on duty', text: `${n} requests are waiting now.` });",
      "log.warn('job.late', { job });",
      "// i18n-exempt: shown only in the operator's terminal",
      "const line = 'Operators read this line only';",
    ].join('\n');
    expect(findingsIn('core/example.ts', source).map((f) => f.text)).toEqual(['You are on duty', ' requests are waiting now.']);
  });
});
