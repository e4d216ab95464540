// @ts-check
/**
 * A vitest setup file for mutation runs whose test files share one module registry (`isolate: false`, the
 * extractor's parts: scripts/mutation-modules.mjs says why). It runs before each test file, after Stryker's own
 * setup file (which the vitest runner puts first), and keeps every mutant judged as with a fresh registry per file:
 * - a *static* mutant (module-level code: a word list, a regex) acts only when its module is evaluated with the
 *   mutant active, so the first file of its run evaluates the modules anew (and the run's other files use them);
 * - the first file of the run after a static one evaluates them anew too, with no mutant active (the shared
 *   global still names the static mutant until Stryker's `beforeAll` sets the next one), so no module keeps a
 *   value the static mutant computed;
 * - the dry run's coverage is handed over per file, as when each file had its own global. Stryker's instrumented
 *   code binds the coverage object at its first call (module load) and writes to it from then on, so that object
 *   stays the one written to: each file's counts are moved out of it into a fresh object the file's result
 *   carries (Stryker adds the files' objects up, so one shared object would be counted again for each file, and
 *   an object swapped for a new one would never be written to).
 */
import { relative } from 'node:path';
import { afterAll, inject, vi } from 'vitest';

/** @type {(key: string) => any} */
const provided = /** @type {any} */ (inject);
const mode = provided('mode');
const namespace = provided('globalNamespace');
/** @type {Record<string, any>} */
const g = /** @type {any} */ (globalThis);
const ns = namespace ? (g[namespace] ??= {}) : undefined;
const STATIC_LOADED = '__mutationStaticLoaded';
const LIVE_COVERAGE = '__mutationLiveCoverage';
const LOADED_BY = '__mutationModulesLoadedBy';

/**
 * A hit outside any test is *static* coverage: module-level code as the first file of a worker loads the modules, or
 * code a file runs while it loads, in a `describe` body or a `beforeAll`. Stryker cannot pin such a mutant to tests,
 * so it runs every test file of the part for it (about 40 times a runtime mutant's cost), and a mutant inside a
 * function counts as static wherever one file reaches it so: one `extractFigures` call in one `describe` body made
 * 948 of `extract-subject`'s mutants static (1534 of 2836, 96 % of the run's time; 586 once it was moved into the
 * tests). So the dry run fails on a file, other than the one that first loaded the modules in its worker, that has
 * static hits, naming it. (Shared modules load once per worker, so a later file's static hits are its own code.)
 * @param {any} suite @param {Record<string, number> | undefined} hits
 */
function refuseCodeRunOutsideTests(suite, hits) {
  const count = Object.keys(hits ?? {}).length;
  if (count === 0) return;
  const file = relative(process.cwd(), String(suite.file?.filepath ?? suite.filepath ?? suite.name));
  if (g[LOADED_BY] === undefined) {
    g[LOADED_BY] = file;
    return;
  }
  throw new Error(
    `${file} runs the code under mutation outside a test (while it loads, in a describe body or a beforeAll): ` +
      `${count} mutants would count as static and each run every test of the part. Call it inside each test (docs/mutation.md).`,
  );
}

if (ns && mode === 'dry-run') {
  // A module first loaded by this file binds the object the loaded ones write to.
  if (g[LIVE_COVERAGE]) ns.mutantCoverage = g[LIVE_COVERAGE];
  // Hooks run in reverse order (sequence.hooks 'stack'): this one before Stryker's, which stores ns.mutantCoverage
  // in the file's result; set there too, in case the order differs.
  // (Vitest reads the first parameter's pattern and wants it destructured: the empty pattern Stryker's setup uses.)
  // eslint-disable-next-line no-empty-pattern
  afterAll(({}, suite) => {
    const live = (g[LIVE_COVERAGE] ??= ns.mutantCoverage);
    if (!live) return;
    const own = { static: live.static, perTest: live.perTest };
    live.static = {};
    live.perTest = {};
    ns.mutantCoverage = own;
    /** @type {any} */ (suite).meta.mutantCoverage = own;
    refuseCodeRunOutsideTests(suite, own.static);
  });
} else if (ns && mode === 'mutant') {
  if (provided('mutantActivation') === 'static') {
    // Once per run: the first file evaluates the modules with the mutant active (Stryker's setup has just named
    // it), and the run's other files use them, as a runtime mutant's run shares its modules.
    const mutant = provided('activeMutant');
    if (g[STATIC_LOADED] !== mutant) {
      g[STATIC_LOADED] = mutant;
      vi.resetModules();
    }
  } else if (g[STATIC_LOADED] !== undefined) {
    g[STATIC_LOADED] = undefined;
    ns.activeMutant = undefined;
    vi.resetModules();
  }
}
