// The build's last step (after tsc): compile the crisis detectors' tables once and write them to
// dist/crisis/tables.bin, which the bot reads at start-up instead of compiling (src/crisis-tables.ts).
import { writeCrisisTables } from '../dist/crisis-tables.js';

writeCrisisTables();
