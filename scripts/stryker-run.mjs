/**
 * One Stryker run through its API (scripts/mutation.mjs starts it once per module). Stryker 10's CLI refuses
 * any Node below 22 with a version check of its own, before it loads anything; this project runs on Node
 * 20 (package.json engines; better-sqlite3 12), where the API runs as is. Exit code: Stryker's.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The package entry loads the CLI, whose first statement is that check: load the runner class itself.
const core = dirname(createRequire(import.meta.url).resolve('@stryker-mutator/core/package.json'));
const { Stryker } = await import(pathToFileURL(join(core, 'dist/src/stryker.js')).href);

// MUTATION_FORCE=1 (npm run test:mutation -- --force): test every mutant again, reusing nothing.
const stryker = new Stryker({ configFile: 'stryker.config.mjs', force: process.env.MUTATION_FORCE === '1' });
try {
  await stryker.runMutationTest();
} catch (e) {
  console.error(e);
  process.exitCode = 1;
}
