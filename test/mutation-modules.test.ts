/**
 * Stryker runs only the test files each module lists (scripts/mutation-modules.mjs). A listed file that is not in the
 * repository (renamed, or never committed) makes every mutant it was written to kill survive silently, and a file
 * mutated that does not exist is no module at all.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_TESTS_LEFT_OUT, MUTATION_MODULES } from '../scripts/mutation-modules.mjs';
import { ROOT } from './helpers';

describe('the mutation modules list', () => {
  it('names only test files and source files that exist', () => {
    const missing = MUTATION_MODULES.flatMap((m) =>
      [...m.tests, ...m.mutate.map((f) => f.replace(/:.*$/u, ''))].filter((f) => !existsSync(join(ROOT, f))).map((f) => `${m.name}: ${f}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("the extractor parts' test files", () => {
  it('are every extractor test file in test/ but those left out by name, each with its reason', () => {
    const parts = MUTATION_MODULES.filter((m) => m.group === 'extractor');
    const run = new Set(parts.flatMap((m) => m.tests));
    const named = readdirSync(join(ROOT, 'test'))
      .filter((f) => /^(?:extract|report-period)[\w.-]*\.test\.ts$/u.test(f))
      .map((f) => `test/${f}`);
    expect(named.filter((f) => !run.has(f)).sort()).toEqual(Object.keys(EXTRACTOR_TESTS_LEFT_OUT).sort());
    for (const reason of Object.values(EXTRACTOR_TESTS_LEFT_OUT)) expect(reason.length).toBeGreaterThan(10);
    // Each part runs the same files, and no file twice (a file run twice doubles its mutants' time).
    for (const m of parts) expect(m.tests).toEqual(parts[0].tests);
    expect(new Set(parts[0].tests).size).toBe(parts[0].tests.length);
  });
});
