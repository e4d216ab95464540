/**
 * The laser pointer's input side: while on, the mouse over a slide stage becomes a point in slide
 * coordinates (0..1 of the 1920×1080 canvas, wherever and however large the stage is drawn), sent to the
 * hub; leaving the slide puts the dot away. The audience view draws the dot (LaserDot.svelte).
 */
import type { DeckStore } from '../../state/deck.svelte';

/** The point of a pointer event on the slide canvas under `root`, or null when it is off the slide. */
export function slidePoint(e: PointerEvent, root: Element): { x: number; y: number } | null {
  const canvas = root.querySelector('[data-slide-canvas]');
  if (!canvas) return null;
  const r = canvas.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return null;
  const x = (e.clientX - r.left) / r.width;
  const y = (e.clientY - r.top) / r.height;
  return x < 0 || x > 1 || y < 0 || y > 1 ? null : { x, y };
}

/** Attachment factory: track the pointer over `node` while `on()` is true. */
export function laserInput(store: DeckStore, on: () => boolean) {
  return (node: HTMLElement) => {
    const move = (e: PointerEvent) => {
      if (on()) store.pointTo(slidePoint(e, node));
    };
    const leave = () => {
      if (on()) store.pointTo(null);
    };
    node.addEventListener('pointermove', move);
    node.addEventListener('pointerleave', leave);
    return () => {
      node.removeEventListener('pointermove', move);
      node.removeEventListener('pointerleave', leave);
    };
  };
}
