import { once } from 'node:events';
import process from 'node:process';
import { createInterface } from 'node:readline';
import { ConversationContext, detect, english } from '../crisis/index.js';

const HELP = `usage: peerline scan [--context] < messages.txt

Reads UTF-8 text on stdin, one message per line (LF or CRLF), and prints for each line, in order,
one line of JSON: {"tier":"none"|"elevated"|"high"|"imminent","rules":["<rule id>",...]}
An empty line gives {"tier":"none","rules":[]}. Input is streamed, never held whole. Nothing is
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
  const context = args.includes('--context') ? new ConversationContext() : null;
  const read = (line: string) => {
    if (context === null) return detect(line);
    const tab = line.indexOf('\t');
    const author = tab === -1 ? '' : line.slice(0, tab);
    return context.observe(author, 'scan', english.signals(tab === -1 ? line : line.slice(tab + 1)), 0);
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
      const { tier, rules } = read(line);
      pending += `${JSON.stringify({ tier, rules })}\n`;
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
