import { once } from 'node:events';
import process from 'node:process';
import { createInterface } from 'node:readline';

const HELP = `usage: peerline scan [--context] < messages.txt

Reads UTF-8 text on stdin, one message per line (LF or CRLF), and prints for each line, in order,
one line of JSON: {"tier":"none"|"elevated"|"high"|"imminent","rules":["<rule id>",...],"lang":"<code>"}
"lang" is the language the line was read as (ISO 639-1, or "und" when it cannot be placed); lines in
languages without rules (not en, es, pt, fr, de) are read with the English rules only.
An empty line gives {"tier":"none","rules":[],"lang":"und"}. Input is streamed, never held whole. Nothing is
stored or sent anywhere.

  --context   lines are author<TAB>text, and each is read with the same author's recent lines, as
              the bot reads a conversation: signals (never text) of an author's last 5 lines combine,
              so "i have the pills" then "tonight" is imminent. Lines carry no times, so the 15-minute
              limit does not apply here. A line without a TAB is text from an unnamed author.
`;

/** Output is written in chunks of about this many characters, waiting when stdout is full. */
const CHUNK = 64 * 1024;

/**
 * `peerline scan`: the crisis detector over stdin, one JSON detection per line on stdout.
 * Returns the exit code: 0, or 2 for an unknown option.
 */
export async function scanCommand(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const unknown = args.find((a) => a !== '--context');
  if (unknown !== undefined) {
    process.stderr.write(`peerline scan: unknown option ${JSON.stringify(unknown)}\n\n${HELP}`);
    return 2;
  }
  // Loaded here, not at the top: the language model takes a second to load, and help needs none of it.
  const { ConversationContext, detectMessage, signalsOf } = await import('../crisis/index.js');
  const context = args.includes('--context') ? new ConversationContext() : null;
  const read = (line: string) => {
    if (context === null) return detectMessage(line);
    const tab = line.indexOf('\t');
    const author = tab === -1 ? '' : line.slice(0, tab);
    const signals = signalsOf(tab === -1 ? line : line.slice(tab + 1));
    return { ...context.observe(author, 'scan', signals, 0), lang: signals.lang };
  };
  // A reader that stops early (`peerline scan < big.txt | head`) closes the pipe: stop, quietly.
  // (An object, because the handler changes it between awaits.)
  const out: { closed: boolean; failure: Error | null } = { closed: false, failure: null };
  const onError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') out.closed = true;
    else out.failure = error;
  };
  const drained = async () => {
    try {
      await once(process.stdout, 'drain');
    } catch (error) {
      onError(error as NodeJS.ErrnoException);
    }
  };
  process.stdout.on('error', onError);
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    let pending = '';
    for await (const line of lines) {
      const { tier, rules, lang } = read(line);
      pending += `${JSON.stringify({ tier, rules, lang })}\n`;
      if (pending.length >= CHUNK) {
        if (out.closed || out.failure !== null) break;
        const full = !process.stdout.write(pending);
        pending = '';
        if (full) await drained();
      }
    }
    if (pending.length > 0 && !out.closed && out.failure === null && !process.stdout.write(pending)) await drained();
  } finally {
    lines.close();
    process.stdout.off('error', onError);
  }
  if (out.failure !== null) throw out.failure;
  return 0;
}
