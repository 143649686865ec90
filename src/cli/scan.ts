import process from 'node:process';
import { createInterface } from 'node:readline';
import { detect } from '../crisis/index.js';

/**
 * `peerline scan`: one message per line on stdin, one JSON detection per line on stdout, in order.
 * Streams, so a large input is never held in memory whole.
 */
export async function scanCommand(args: string[]): Promise<number> {
  if (args.includes('--help')) {
    process.stdout.write(
      'usage: peerline scan < messages.txt\n\nReads UTF-8 messages, one per line, and prints for each one line of JSON:\n{"tier":"imminent"|"high"|"elevated"|"none","rules":["<rule id>",...]}\n',
    );
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let pending = '';
  for await (const line of lines) {
    const { tier, rules } = detect(line);
    pending += `${JSON.stringify({ tier, rules })}\n`;
    if (pending.length > 64 * 1024) {
      if (!process.stdout.write(pending)) await new Promise((resolve) => process.stdout.once('drain', resolve));
      pending = '';
    }
  }
  if (pending.length > 0) process.stdout.write(pending);
  return 0;
}
