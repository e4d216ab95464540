/** Keyboard → navigation, as a pure function so it can be unit-tested without a DOM. */

export type NavAction = 'next' | 'prev' | 'first' | 'last';

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The navigation a key press asks for, or null. Chorded keys (Ctrl/Alt/Meta) are left to the browser. */
export function navAction(e: KeyInput): NavAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return null;
  }
}

/** The parts of an event target that decide whether a key press belongs to it (duck-typed: no DOM needed). */
export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
}

/** Whether a key press on this element belongs to the element (typing, or activating a focused button). */
export function keyBelongsToTarget(key: string, target: KeyTarget | EventTarget | null): boolean {
  if (!target || typeof target !== 'object') return false;
  const t = target as KeyTarget;
  if (t.isContentEditable) return true;
  const tag = (t.tagName ?? '').toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return (tag === 'BUTTON' || tag === 'A') && (key === ' ' || key === 'Enter');
}

export type ViewKey = 'overview' | 'goto' | 'escape';

/** Keys that switch views or open a prompt: O (overview), G (go to slide), Esc. Unchorded only. */
export function viewKey(e: KeyInput): ViewKey | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  switch (e.key) {
    case 'o':
    case 'O':
      return 'overview';
    case 'g':
    case 'G':
      return 'goto';
    case 'Escape':
    case 'Esc':
      return 'escape';
    default:
      return null;
  }
}

/** A typed slide number, 1-based, checked against the deck: the 0-based index, or why it is not one. */
export function parseSlideNumber(input: string, total: number): { index: number } | { error: 'not-a-number' | 'out-of-range' } {
  const s = input.trim();
  if (!/^\d+$/.test(s)) return { error: 'not-a-number' };
  const n = Number(s);
  if (n < 1 || n > total) return { error: 'out-of-range' };
  return { index: n - 1 };
}
