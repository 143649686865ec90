// The build's step after tsc: a new PGlite cluster with the migrations applied, dumped by PGlite to
// dist/db/pglite-seed.tar.gz, which a new embedded database is unpacked from instead of running initdb
// (src/db/pglite-seed.ts).
import { writePgliteSeed } from '../dist/db/pglite-seed-build.js';

await writePgliteSeed();
