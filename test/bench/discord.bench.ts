/**
 * Discord deferrals under a burst, measured from outside the bot (see burst/run-burst.ts): the bot, the
 * fake Discord (REST and gateway) with the load generator, and a bare discord.js client that only
 * defers, each in its own process.
 */
import { runBurst } from './burst/run-burst.js';
import { runIfMain, type BenchResult } from './support.js';

export const run = (): Promise<BenchResult> => runBurst('discord');

runIfMain(import.meta.url, run);
