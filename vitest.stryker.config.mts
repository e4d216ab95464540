/**
 * The vitest config Stryker runs (stryker.config.mjs): only the unit test files the mutation module table
 * names for the module under test (env MUTATION_MODULE; all modules' tests when unset), so a mutant never
 * waits on Playwright, the corpus evaluation or the fault suite.
 */
import { defineConfig } from 'vitest/config';
import { MUTATION_MODULES, selectModules } from './scripts/mutation-modules.mjs';

const name = process.env.MUTATION_MODULE;
const modules = name ? selectModules(name) : MUTATION_MODULES;

export default defineConfig({
  test: {
    include: [...new Set(modules.flatMap((m) => m.tests))],
    environment: 'node',
    pool: (name && modules.every((m) => m.pool === modules[0].pool) && modules[0].pool) || 'forks',
    testTimeout: 60_000,
  },
});
