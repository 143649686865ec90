/**
 * Refs are built and parsed only in each adapter's refs.ts. Their brands (src/model/refs.ts) are
 * optional, so a string read back from the database needs no cast; what keeps anyone from writing a
 * ref by hand is this test: outside the refs.ts files, no source in src/ writes a string or template
 * that starts like a ref (`discord:…`, `slack:…`, `web:…`), nor a template that joins a `PREFIX` with
 * `:`. Comments are skipped: they may show a ref's shape.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/** A quoted string or template starting with a platform prefix and something after the colon. */
const REF_LITERAL = /[`'"](discord|slack|web):(\$\{|[A-Za-z0-9<])/;
const PREFIX_TEMPLATE = /\$\{PREFIX\}:\$\{/;
/** Names that are not refs: CLI command names. */
const NOT_REFS = /['"](slack:manifest|discord:register)['"]/g;

const isRefs = (file: string) => /^src\/adapters\/[a-z]+\/refs\.ts$/.test(file);

function codeLines(text: string): string[] {
  const withoutBlocks = text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '));
  return withoutBlocks.split('\n').map((line) => line.replace(/(^|\s)\/\/.*$/, ''));
}

describe('refs', () => {
  it('are written only in the adapters\u2019 refs.ts', async () => {
    const entries = await readdir('src', { withFileTypes: true, recursive: true });
    const files = entries.filter((e) => e.isFile() && e.name.endsWith('.ts')).map((e) => relative('.', join(e.parentPath, e.name)));
    expect(files.filter(isRefs).sort()).toEqual(['src/adapters/discord/refs.ts', 'src/adapters/slack/refs.ts', 'src/adapters/web/refs.ts']);
    const offenders: string[] = [];
    for (const file of files.filter((f) => !isRefs(f))) {
      codeLines(await readFile(file, 'utf8')).forEach((line, i) => {
        const code = line.replace(NOT_REFS, '');
        if (REF_LITERAL.test(code) || (PREFIX_TEMPLATE.test(code) && !file.startsWith('src/core/actions.ts'))) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it('would catch a ref written by hand', () => {
    expect(REF_LITERAL.test('const role = `discord:${guild}:${id}`;')).toBe(true);
    expect(REF_LITERAL.test("const c = 'slack:T1:C1';")).toBe(true);
  });
});
