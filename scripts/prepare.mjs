// `npm install` builds dist/ (the bot runs the compiled code). An install without dev dependencies
// (`npm ci --omit=dev`, as in the Dockerfile's last stage) has no compiler: it keeps the dist/ it was
// given, and refuses clearly when there is none.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc');
} catch {
  if (existsSync('dist/cli.js')) process.exit(0);
  process.stderr.write('peerline: dist/ is missing and TypeScript is not installed: run `npm install` with dev dependencies (or `npm run build`) first\n');
  process.exit(1);
}
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/build-tables.mjs'], { stdio: 'inherit' });
execFileSync(process.execPath, ['scripts/build-seed.mjs'], { stdio: 'inherit' });
