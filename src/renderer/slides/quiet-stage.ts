/**
 * A quiet stage: the audience window while a presentation runs. Nothing on it may pop up for the room
 * (no `title` tooltips, no hover effects); tracing a number stays a deliberate click or key away.
 * The deck view sets it for the slides under it; anywhere else (overview, presenter view) is not quiet.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('quiet-stage');

/** Mark the slides under this component as quiet whenever `quiet()` says so. */
export function setQuietStage(quiet: () => boolean): void {
  setContext(KEY, quiet);
}

/** Call during component init; the returned function tells, reactively, whether the stage is quiet now. */
export function quietStage(): () => boolean {
  return getContext<(() => boolean) | undefined>(KEY) ?? (() => false);
}
