/**
 * Slack acks under a burst, measured from outside the bot (see burst/run-burst.ts): the bot, the fake
 * Web API with the load generator, and a bare Bolt app that only acks, each in its own process.
 */
import { runBurst } from './burst/run-burst.js';
import { runIfMain, type BenchResult } from './support.js';

export const run = (): Promise<BenchResult> => runBurst('slack');

runIfMain(import.meta.url, run);
