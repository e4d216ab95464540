/**
 * Stryker runs only the test files each module lists (scripts/mutation-modules.mjs). A listed file that is not in the
 * repository (renamed, or never committed) makes every mutant it was written to kill survive silently, and a file
 * mutated that does not exist is no module at all.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MUTATION_MODULES } from '../scripts/mutation-modules.mjs';
import { ROOT } from './helpers';

describe('the mutation modules list', () => {
  it('names only test files and source files that exist', () => {
    const missing = MUTATION_MODULES.flatMap((m) =>
      [...m.tests, ...m.mutate.map((f) => f.replace(/:.*$/u, ''))].filter((f) => !existsSync(join(ROOT, f))).map((f) => `${m.name}: ${f}`),
    );
    expect(missing).toEqual([]);
  });
});
