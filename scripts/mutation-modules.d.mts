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
/** Extractor test files no extractor part runs, each with its reason. */
export const EXTRACTOR_TESTS_LEFT_OUT: Record<string, string>;
