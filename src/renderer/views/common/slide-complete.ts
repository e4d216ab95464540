/**
 * When the slide on stage is complete: its charts drawn and no font still loading. What waits for it is
 * work the slide's first frame does not need: its neighbours prepared off stage (PreparedSlides.svelte), the
 * deck view's control bar (DeckView.svelte), which is hidden until the pointer moves.
 */

/** At most this many frames (about two seconds): a chart or font that never settles holds nothing back for ever. */
const MAX_FRAMES = 120;

/** Whether the slide on stage under `root` is still being completed: a chart not drawn, or a font loading. */
export function slidePending(root: ParentNode | undefined): boolean {
  return !!root?.querySelector('[data-current] canvas:not([data-drawn])') || document.fonts.status === 'loading';
}

/**
 * Call `done` once, in a frame's animation callbacks, when the slide on stage under `root()` is complete
 * (checked at each frame, from the next one on), or after MAX_FRAMES frames. Returns the cancel function.
 */
export function whenSlideComplete(root: () => ParentNode | undefined, done: () => void): () => void {
  let frames = 0;
  let frame = 0;
  const check = () => {
    if (slidePending(root()) && ++frames < MAX_FRAMES) frame = requestAnimationFrame(check);
    else done();
  };
  frame = requestAnimationFrame(check);
  return () => cancelAnimationFrame(frame);
}
