/**
 * The bindings of this window, by what it shows (lib/keyboard.ts dispatches to them): the audience's
 * slides, the presenter view, the overview, the source text or the data view. Every command of the key
 * table is carried out here, once for all of them.
 */
import type { Command, KeyWindow } from '../../lib/keys';
import type { SlideNumberKeys, WindowKeys } from '../../lib/keyboard';
import type { DeckStore } from '../../state/deck.svelte';
import { settings } from '../../state/settings.svelte';
import type { UiState } from '../../state/ui.svelte';
import { canZoom, nextInkColour, setLaser, startPresenting, stopPresenting, toggleFullscreen, toggleInk } from './present-keys';

const TYPED_TIMEOUT_MS = 4000;
let typedTimer: ReturnType<typeof setTimeout> | undefined;

/** Which rows of the key table work in this window now. */
export function keyWindow(ui: UiState): KeyWindow {
  if (ui.role === 'presenter') return 'presenter';
  return ui.mode === 'deck' ? 'audience' : ui.mode;
}

export function windowKeys(store: DeckStore, ui: UiState): WindowKeys {
  const view = keyWindow(ui);
  return {
    view,
    run: (command) => run(command, view, store, ui),
    slideNumber: view === 'audience' || view === 'presenter' ? slideNumber(store, ui) : undefined,
  };
}

/** Digits shown while typed (ui.typed), forgotten after a pause; Enter goes there if the deck has it. */
function slideNumber(store: DeckStore, ui: UiState): SlideNumberKeys {
  return {
    get typed() {
      return ui.typed;
    },
    type(typed) {
      clearTimeout(typedTimer);
      ui.typed = typed;
      if (typed) typedTimer = setTimeout(() => (ui.typed = ''), TYPED_TIMEOUT_MS);
    },
    go(n) {
      if (n >= 1 && n <= store.total) store.goTo(n - 1);
    },
  };
}

function run(command: Command, view: KeyWindow, store: DeckStore, ui: UiState): boolean {
  switch (command) {
    case 'next':
    case 'prev':
    case 'first':
    case 'last':
      store[command]();
      return true;
    case 'black':
    case 'white':
      store.toggleScreen(command);
      return true;
    case 'laser':
      setLaser(store, ui, !ui.laser);
      return true;
    case 'pen':
    case 'highlighter':
      toggleInk(store, ui, command);
      return true;
    case 'erase':
      store.sendInk({ type: 'inkClear', scope: 'slide' });
      return true;
    case 'inkColour':
      nextInkColour(ui);
      return true;
    case 'zoom':
      if (store.zoom || canZoom(store)) store.setZoom(!store.zoom);
      return true;
    case 'fullscreen':
      toggleFullscreen();
      return true;
    case 'present':
      startPresenting(store);
      return true;
    case 'presenter':
      ui.toggleRole();
      return true;
    case 'help':
      ui.helpOpen = !ui.helpOpen;
      return true;
    case 'notesLarger':
      settings.stepNotes(1);
      return true;
    case 'notesSmaller':
      settings.stepNotes(-1);
      return true;
    case 'goto':
      ui.openGoto();
      return true;
    case 'overview':
      if (view === 'overview') ui.showDeck();
      else ui.showOverview();
      return true;
    case 'moveSlide':
      // A chord the dispatcher never resolves (keys.ts): the overview's card or the editor's row moves the slide.
      return false;
    case 'escape':
      // No layer was open (the dispatcher closes those): the presentation, else the view itself.
      if (store.presenting) stopPresenting(store);
      else if (view === 'audience') ui.showOverview();
      else if (view !== 'presenter') ui.showDeck();
      return true;
  }
}
