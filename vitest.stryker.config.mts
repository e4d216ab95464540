/**
 * The vitest config Stryker runs (stryker.config.mjs): only the unit test files the mutation module table
 * names for the module under test (env MUTATION_MODULE; all modules' tests when unset), so a mutant never
 * waits on Playwright, the corpus evaluation or the fault suite.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import { MUTATION_MODULES, selectModules } from './scripts/mutation-modules.mjs';

const name = process.env.MUTATION_MODULE;
const modules = name ? selectModules(name) : MUTATION_MODULES;

/**
 * A module's `first` test files run before the rest (the extractor's parts: the corpus ratchet, ~1 s, fails on
 * most mutants that change what is extracted). Stryker's vitest runner bails at the first failing test, so a
 * static mutant, which runs every test file of its part, stops there; the rest keep vitest's own order (files that
 * failed last first, then the longest), which otherwise depends on a results cache in node_modules that every
 * worktree shares.
 */
const first = [...new Set(modules.flatMap((m) => m.first ?? []))];
class FirstFilesSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const k = first.findIndex((path) => f.moduleId.endsWith(`/${path}`));
      return k < 0 ? first.length : k;
    };
    return sorted
      .map((f, i) => [f, i] as const)
      .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
      .map(([f]) => f);
  }
}

export default defineConfig({
  test: {
    include: [...new Set(modules.flatMap((m) => m.tests))],
    environment: 'node',
    pool: (name && modules.every((m) => m.pool === modules[0].pool) && modules[0].pool) || 'forks',
    testTimeout: 60_000,
    ...(first.length > 0 ? { sequence: { sequencer: FirstFilesSequencer } } : {}),
    // Test files that share one module registry (scripts/mutation-shared-modules.mjs says how mutants stay judged
    // as with a fresh one per file).
    ...(name && modules.every((m) => m.sharedModules) ? { isolate: false, setupFiles: ['scripts/mutation-shared-modules.mjs'] } : {}),
  },
});
