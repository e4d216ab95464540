/** One module of `npm run test:mutation` (scripts/mutation-modules.mjs). */
export interface MutationModule {
  name: string;
  group: string;
  /** The files mutated, each a path from the repository's root, a line range after ':' for a part of one. */
  mutate: string[];
  /** The unit test files Stryker runs for it. */
  tests: string[];
}
export const MUTATION_MODULES: MutationModule[];
export function selectModules(arg: string | undefined): MutationModule[];
