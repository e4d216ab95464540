/**
 * The presenting keys (KEY_TABLE in lib/keys.ts): black/white screen, laser, zoom, full screen,
 * F5/Esc, the presenter view (S), help (?), notes size, and slide numbers typed without G. The presenter
 * view gets every key here; the audience view leaves O, G and plain Esc to App.svelte as before.
 */
import { commandFor, typeSlideNumber, type Command } from '../../lib/keys';
import { isDesktop } from '../../lib/api';
import type { DeckStore } from '../../state/deck.svelte';
import { settings } from '../../state/settings.svelte';
import type { UiState } from '../../state/ui.svelte';

const TYPED_TIMEOUT_MS = 4000;
let typedTimer: ReturnType<typeof setTimeout> | undefined;

/** Keys App.svelte still handles itself in the audience view (overview, go-to, Esc's old meaning, paging). */
const LEFT_TO_APP: ReadonlySet<Command> = new Set(['overview', 'goto', 'escape', 'next', 'prev', 'first', 'last']);

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen().catch(() => {});
}

/** F5 / Present: the hub's `presenting` (Electron arranges the windows); a browser page fills its screen. */
export function startPresenting(store: DeckStore): void {
  store.setPresenting(true);
  if (!isDesktop && !document.fullscreenElement) void document.documentElement.requestFullscreen().catch(() => {});
}

export function stopPresenting(store: DeckStore): void {
  store.setPresenting(false);
  if (!isDesktop && document.fullscreenElement) void document.exitFullscreen().catch(() => {});
}

/** Esc: the top layer first (help, zoom, laser), then the presentation itself. False when nothing was closed. */
function escape(store: DeckStore, ui: UiState): boolean {
  if (ui.helpOpen) ui.helpOpen = false;
  else if (store.zoom) store.setZoom(false);
  else if (ui.laser) setLaser(store, ui, false);
  else if (store.presenting) stopPresenting(store);
  else return false;
  return true;
}

export function setLaser(store: DeckStore, ui: UiState, on: boolean): void {
  ui.laser = on;
  if (!on) store.pointTo(null);
}

/** Whether the current slide has a chart to zoom into. */
export const canZoom = (store: DeckStore): boolean => !!store.slide?.chart;

/** Whether a click landed on a chart's drawing (its live canvas or the still shown in its place). */
export const isChartDrawing = (target: EventTarget | null): boolean => target instanceof Element && !!target.closest('[data-chart-drawing]');

export function run(command: Command, store: DeckStore, ui: UiState): void {
  switch (command) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
      store[command]();
      break;
    case 'black':
    case 'white':
      store.toggleScreen(command);
      break;
    case 'laser':
      setLaser(store, ui, !ui.laser);
      break;
    case 'zoom':
      if (store.zoom || canZoom(store)) store.setZoom(!store.zoom);
      break;
    case 'fullscreen':
      toggleFullscreen();
      break;
    case 'present':
      startPresenting(store);
      break;
    case 'presenter':
      ui.toggleRole();
      break;
    case 'help':
      ui.helpOpen = !ui.helpOpen;
      break;
    case 'notesLarger':
      settings.stepNotes(1);
      break;
    case 'notesSmaller':
      settings.stepNotes(-1);
      break;
    case 'goto':
      ui.openGoto();
      break;
    case 'escape':
      escape(store, ui);
      break;
    case 'overview':
      break;
  }
}

/** Handle a key press if it is one of ours; true when handled (the caller stops there). */
export function presentKey(e: KeyboardEvent, store: DeckStore, ui: UiState): boolean {
  const view = ui.role;
  const paging = view === 'presenter' || ui.mode === 'deck';
  // Digits then Enter: go to that slide (only where the slides are the thing being paged).
  if (paging && !ui.gotoOpen) {
    const step = typeSlideNumber(e, ui.typed);
    ui.typed = step.typed;
    clearTimeout(typedTimer);
    if (step.kind === 'typing') {
      typedTimer = setTimeout(() => (ui.typed = ''), TYPED_TIMEOUT_MS);
      e.preventDefault();
      return true;
    }
    if (step.kind === 'jump') {
      if (step.number >= 1 && step.number <= store.total) store.goTo(step.number - 1);
      e.preventDefault();
      return true;
    }
  }
  const command = commandFor(e, view);
  if (!command) return false;
  if (command === 'escape') {
    if (!escape(store, ui) && view === 'audience') return false;
    e.preventDefault();
    return true;
  }
  if (view === 'audience' && LEFT_TO_APP.has(command)) return false;
  // Outside the slides (overview, source, data) only the keys that do not page or draw on a slide.
  if (!paging && !['present', 'presenter', 'help', 'fullscreen'].includes(command)) return false;
  e.preventDefault();
  run(command, store, ui);
  return true;
}

/** A browser page that leaves full screen (the browser's own Esc) leaves the presentation too. */
export function watchFullscreen(store: DeckStore): () => void {
  if (isDesktop) return () => {};
  const onChange = () => {
    if (!document.fullscreenElement && store.presenting) store.setPresenting(false);
  };
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}
