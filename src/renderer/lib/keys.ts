/**
 * Keyboard → commands, as pure functions so they can be unit-tested without a DOM.
 *
 * KEY_TABLE is the one list of keys: the dispatcher (lib/keyboard.ts) resolves every key press through it,
 * and the help overlay (?) is generated from it, so the help can never list a key that does nothing or
 * miss one that works.
 * Clickers send PageDown/PageUp (some → ←, B or ., F5/Esc); habits from PowerPoint and Keynote add the rest.
 */
import { isPlainKey, t, type Lang } from './i18n';

export type NavAction = 'next' | 'prev' | 'first' | 'last';

export type Command =
  | NavAction
  | 'black'
  | 'white'
  | 'fullscreen'
  | 'laser'
  | 'pen'
  | 'highlighter'
  | 'erase'
  | 'inkColour'
  | 'zoom'
  | 'help'
  | 'overview'
  | 'goto'
  | 'present'
  | 'presenter'
  | 'notesSmaller'
  | 'notesLarger'
  | 'moveSlide'
  | 'escape';

/**
 * Where a command works on the slides: both slide windows, the audience (slides) view, or the presenter view;
 * or only in the views a binding names (`views`), where the view itself acts on the focused item.
 */
export type KeyScope = 'all' | 'audience' | 'presenter' | 'views';

/**
 * What a window shows, as far as keys go: the audience's slides, the presenter view, or one of the views
 * without a slide on stage (overview, source text, data), where only the `offStage` bindings work.
 */
export type KeyWindow = 'audience' | 'presenter' | 'overview' | 'source' | 'data' | 'editor';

export interface KeyBinding {
  command: Command;
  /** Normalised key names (see keyName): letters upper-case, ' ' as 'Space', chords as 'Shift+Space'. */
  keys: readonly string[];
  scope: KeyScope;
  /** Also works in the overview, source and data views (the audience window's views without a slide). */
  offStage?: true;
  /**
   * With scope 'views': the views it works in. Such a key is a chord (Alt+…) the dispatcher leaves to its
   * target (keyName: null); the view's own handler on the focused card or row acts on it. Listed here so
   * the help shows it where it works.
   */
  views?: readonly KeyWindow[];
}

export const KEY_TABLE: readonly KeyBinding[] = [
  { command: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter', 'N'], scope: 'all' },
  { command: 'prev', keys: ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space', 'Backspace'], scope: 'all' },
  { command: 'first', keys: ['Home'], scope: 'all' },
  { command: 'last', keys: ['End'], scope: 'all' },
  { command: 'goto', keys: ['G'], scope: 'all' },
  { command: 'black', keys: ['B', '.'], scope: 'all' },
  { command: 'white', keys: ['W', ','], scope: 'all' },
  { command: 'laser', keys: ['L'], scope: 'all' },
  // Ink (P, H as in reveal.js's chalkboard and the issue): P no longer pages back; clickers send PageUp.
  { command: 'pen', keys: ['P'], scope: 'all' },
  { command: 'highlighter', keys: ['H'], scope: 'all' },
  { command: 'erase', keys: ['E'], scope: 'all' },
  { command: 'inkColour', keys: ['C'], scope: 'all' },
  { command: 'zoom', keys: ['Z'], scope: 'all' },
  { command: 'fullscreen', keys: ['F'], scope: 'all', offStage: true },
  { command: 'present', keys: ['F5'], scope: 'all', offStage: true },
  { command: 'presenter', keys: ['S'], scope: 'all', offStage: true },
  { command: 'overview', keys: ['O'], scope: 'audience', offStage: true },
  { command: 'notesLarger', keys: ['+', '='], scope: 'presenter' },
  { command: 'notesSmaller', keys: ['-'], scope: 'presenter' },
  // Reordering (OverviewView.svelte's cards, editor/SlideList.svelte's rows): one undoable deck edit.
  { command: 'moveSlide', keys: ['Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+ArrowUp', 'Alt+ArrowDown'], scope: 'views', views: ['overview'] },
  { command: 'moveSlide', keys: ['Alt+ArrowUp', 'Alt+ArrowDown'], scope: 'views', views: ['editor'] },
  { command: 'help', keys: ['?'], scope: 'all', offStage: true },
  { command: 'escape', keys: ['Escape'], scope: 'all', offStage: true },
];

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** The table's name for a key press, or null for chorded keys (Ctrl/Alt/Meta), which stay the browser's. */
export function keyName(e: KeyInput): string | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  const key = e.key === 'Spacebar' ? ' ' : e.key === 'Esc' ? 'Escape' : e.key;
  if (key === ' ') return e.shiftKey ? 'Shift+Space' : 'Space';
  return key.length === 1 ? key.toUpperCase() : key;
}

/** What a command does, for the help overlay: `key_<command>` in the i18n table (a command without one does not compile). */
export const commandText = (command: Command, lang: Lang): string => t(lang, `key_${command}`);

/** How a key name is shown in the help overlay. */
export function keyLabel(name: string, lang: Lang): string {
  const LABELS: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', ArrowUp: '↑', ArrowDown: '↓', Escape: 'Esc' };
  if (name.startsWith('Alt+')) return `Alt+${keyLabel(name.slice(4), lang)}`;
  const spoken = `keyName_${name}`;
  return LABELS[name] ?? (isPlainKey(spoken) ? t(lang, spoken) : name);
}

/** Whether a binding works in a window. */
export function worksIn(b: KeyBinding, view: KeyWindow): boolean {
  if (b.scope === 'views') return b.views?.includes(view) ?? false;
  if (view === 'audience' || view === 'presenter') return b.scope === 'all' || b.scope === view;
  return b.offStage === true && b.scope !== 'presenter';
}

/** The command a key asks for in a window, or null. */
export function commandFor(e: KeyInput, view: KeyWindow): Command | null {
  const name = keyName(e);
  if (name === null) return null;
  const hit = KEY_TABLE.find((b) => b.keys.includes(name) && worksIn(b, view));
  return hit ? hit.command : null;
}

/** The bindings that work in a window: what the help overlay lists, and all the dispatcher resolves. */
export function bindingsFor(view: KeyWindow): KeyBinding[] {
  return KEY_TABLE.filter((b) => worksIn(b, view));
}

/** Slide navigation only (kept for callers that page and nothing else). */
export function navAction(e: KeyInput): NavAction | null {
  const c = commandFor(e, 'audience');
  return c === 'next' || c === 'prev' || c === 'first' || c === 'last' ? c : null;
}

/**
 * Typing a slide number without G: digits collect (at most 4), Enter goes there, Backspace takes one
 * back, any other key drops them. Pure: the caller keeps `typed` and acts on the result.
 */
export type TypedStep = { kind: 'typing'; typed: string } | { kind: 'jump'; typed: ''; number: number } | { kind: 'pass'; typed: '' };

export function typeSlideNumber(e: KeyInput, typed: string): TypedStep {
  const name = keyName(e);
  if (name !== null && /^\d$/.test(name)) return { kind: 'typing', typed: (typed + name).slice(-4) };
  if (typed !== '' && name === 'Enter') return { kind: 'jump', typed: '', number: Number(typed) };
  if (typed !== '' && name === 'Backspace') return { kind: 'typing', typed: typed.slice(0, -1) };
  return { kind: 'pass', typed: '' };
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

/** A typed slide number, 1-based, checked against the deck: the 0-based index, or why it is not one. */
export function parseSlideNumber(input: string, total: number): { index: number } | { error: 'not-a-number' | 'out-of-range' } {
  const s = input.trim();
  if (!/^\d+$/.test(s)) return { error: 'not-a-number' };
  const n = Number(s);
  if (n < 1 || n > total) return { error: 'out-of-range' };
  return { index: n - 1 };
}
