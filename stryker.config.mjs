// @ts-check
/**
 * Mutation testing (issue 26) with StrykerJS and its vitest runner: does the suite notice when the code that
 * matters most is broken on purpose? `npm run test:mutation [module]` (scripts/mutation.mjs) runs it one
 * module at a time — each with its own `mutate` list, the unit tests that cover it and its own incremental
 * file — so a change re-tests only the mutants it touches. The modules and their scores: docs/mutation.md.
 * Not part of `npm test`.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { MUTATION_MODULES, selectModules } from './scripts/mutation-modules.mjs';

// One module (scripts/mutation.mjs sets MUTATION_MODULE) or, run bare, every module at once.
const name = process.env.MUTATION_MODULE;
const modules = name ? selectModules(name) : MUTATION_MODULES;
const out = `reports/mutation/${name ?? 'all'}`;

// Stryker links the project's node_modules into its sandbox only when it is a real directory (it looks for
// directories, and a symlink is not one). In a git worktree whose node_modules is a symlink the sandbox then has
// none: imports still resolve (Node walks up to the worktree's), but a test that reads a file by its path under
// the project root (the PDF fixtures' @fontsource font) does not find it. The build command, run in the sandbox
// before the tests, links it there by its real path.
// (Stryker splits the command at spaces and passes no shell, so the path is written bare: quotes would be part of it.)
const linkedModules = lstatSync('node_modules', { throwIfNoEntry: false })?.isSymbolicLink();
const modulesPath = linkedModules ? realpathSync('node_modules') : '';
if (/\s/u.test(modulesPath))
  throw new Error(`node_modules resolves to a path with a space, which Stryker's build command cannot pass: ${modulesPath}`);
const buildCommand = linkedModules ? `ln -s ${modulesPath} node_modules` : undefined;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: {
    // Only the unit tests the module table names (vitest.stryker.config.mts): never Playwright, never the
    // corpus or fault suites.
    configFile: 'vitest.stryker.config.mts',
    // The tests are chosen by the module table; perTest coverage then picks, for each mutant, the tests
    // that reach it.
    related: false,
    // forks, unless every module run asks for another pool (the extractor's parts: scripts/mutation-modules.mjs).
    pool: new Set(modules.map((m) => m.pool ?? 'forks')).size === 1 ? (modules[0].pool ?? 'forks') : 'forks',
  },
  coverageAnalysis: 'perTest',
  // Each module keeps its own results (reports/ is gitignored): a change re-tests only the mutants it touches.
  incremental: true,
  incrementalFile: `${out}.incremental.json`,
  // The machine this runs on is small and shared: two workers at most (MUTATION_CONCURRENCY=1 for one).
  concurrency: Math.min(2, Number(process.env.MUTATION_CONCURRENCY) || 2),
  // A module may ask for more (the extractor's parts: scripts/mutation-modules.mjs says why).
  timeoutMS: Math.max(10_000, ...modules.map((m) => m.timeoutMS ?? 0)),
  timeoutFactor: 2,
  // A heap limit for the test runner processes when every module run sets one (the extractor's parts:
  // scripts/mutation-modules.mjs says why), so a mutant that allocates without end fails in seconds.
  ...(modules.every((m) => m.maxHeapMB)
    ? { testRunnerNodeArgs: [`--max-old-space-size=${Math.max(...modules.map((m) => m.maxHeapMB ?? 0))}`] }
    : {}),
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `${out}.json` },
  htmlReporter: { fileName: `${out}.html` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  ...(buildCommand ? { buildCommand } : {}),
  cleanTempDir: 'always',
  ignorePatterns: ['/bench', '/e2e', '/out', '/dist', '/reports', '/test-results', '/playwright-report', '/.cache'],
  // MUTATION_RANGES (scripts/mutation.mjs --survivors): only these lines are mutated; the incremental file keeps
  // every other mutant's last result.
  mutate: process.env.MUTATION_RANGES ? JSON.parse(process.env.MUTATION_RANGES) : modules.flatMap((m) => m.mutate),
  // MUTATION_IGNORE_STATIC=1: static mutants (module-level word lists and regexes, each running every test of its part)
  // are left out, reported as Ignored: a quick check of new tests on the other mutants. Such a run's score is not the
  // module's; run it on a copy of the incremental file (docs/mutation.md).
  ...(process.env.MUTATION_IGNORE_STATIC === '1' ? { ignoreStatic: true } : {}),
};
export default config;
