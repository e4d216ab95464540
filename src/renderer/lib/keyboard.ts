/**
 * The one keyboard dispatcher: every key press of every window (slides, presenter, overview, source, data)
 * goes through `Keyboard.handle`, resolved from KEY_TABLE (lib/keys.ts), the table the help overlay renders.
 *
 * 1. A key that belongs to its target stays there: typing in a field, Enter/Space on a focused button,
 *    a chorded key (Ctrl/Alt/Meta: the browser's), a key a component already took (defaultPrevented).
 * 2. The layers open over the window, top first (help, go-to prompt, chart zoom, figure popover, laser
 *    pointer): Esc closes the top one and nothing else; a layer may take a command; a modal layer keeps
 *    every command from what lies below it.
 * 3. The window: digits then Enter go to that slide (where slides are paged), else the window runs the
 *    command its view has for the key.
 *
 * No Svelte and no app state here: components push their layer while open, the window passes its bindings.
 */
import {
  commandFor,
  keyBelongsToTarget,
  keyName,
  typeSlideNumber,
  type Command,
  type KeyInput,
  type KeyTarget,
  type KeyWindow,
} from './keys';

export type LayerName = 'export' | 'reports' | 'help' | 'goto' | 'zoom' | 'popover' | 'laser' | 'ink';

/**
 * How layers stack, as they are drawn: a layer drawn above another gets keys (and Esc) first, whichever
 * opened first. Layers of one kind stack in the order they opened.
 */
const STACKING: Readonly<Record<LayerName, number>> = {
  export: 60,
  reports: 60,
  help: 50,
  goto: 40,
  zoom: 30,
  popover: 20,
  laser: 10,
  ink: 10,
};

export interface KeyLayer {
  name: LayerName;
  /** Esc while this layer is on top. */
  close(): void;
  /** A command of the key table this layer takes before anything below it; true when taken. */
  command?(command: Command): boolean;
  /** No command reaches what lies below (other keys, such as Tab, keep their default action). */
  modal?: boolean;
}

/** Digits typed towards a slide number, and where Enter takes them. */
export interface SlideNumberKeys {
  readonly typed: string;
  type(typed: string): void;
  /** The 1-based number typed (not checked against the deck). */
  go(number: number): void;
}

/** A window's own bindings: what it shows (which rows of the key table work) and how it runs a command. */
export interface WindowKeys {
  view: KeyWindow;
  /** Carry out a command of the key table; false when it does nothing here (the key keeps its default). */
  run(command: Command): boolean;
  /** Present where slides are paged: digits then Enter go to that slide. */
  slideNumber?: SlideNumberKeys;
}

/** The parts of a KeyboardEvent the dispatcher reads (no DOM needed to test it). */
export interface KeyPress extends KeyInput {
  target: EventTarget | KeyTarget | null;
  defaultPrevented?: boolean;
}

export class Keyboard {
  /** Bottom first. */
  readonly #layers: KeyLayer[] = [];

  /** Open a layer (placed by STACKING); the function returned removes it. */
  push(layer: KeyLayer): () => void {
    const rank = STACKING[layer.name];
    let at = this.#layers.length;
    while (at > 0 && STACKING[this.#layers[at - 1]!.name] > rank) at--;
    this.#layers.splice(at, 0, layer);
    return () => {
      const i = this.#layers.indexOf(layer);
      if (i >= 0) this.#layers.splice(i, 1);
    };
  }

  /** The open layers' names, top first. */
  get open(): LayerName[] {
    return this.#layers.map((l) => l.name).reverse();
  }

  /** Dispatch one key press; true when it was used (the caller prevents its default action). */
  handle(e: KeyPress, win: WindowKeys): boolean {
    if (e.defaultPrevented) return false;
    const name = keyName(e);
    if (name === null || keyBelongsToTarget(e.key, e.target)) return false;
    const layers = [...this.#layers].reverse();
    if (name === 'Escape' && layers[0]) {
      win.slideNumber?.type('');
      layers[0].close();
      return true;
    }
    const command = commandFor(e, win.view);
    const digit = /^\d$/.test(name);
    for (const layer of layers) {
      if (command !== null && layer.command?.(command)) return true;
      if (layer.modal) return command !== null || digit;
    }
    if (win.slideNumber) {
      const step = typeSlideNumber(e, win.slideNumber.typed);
      win.slideNumber.type(step.typed);
      if (step.kind === 'typing') return true;
      if (step.kind === 'jump') {
        win.slideNumber.go(step.number);
        return true;
      }
    }
    return command !== null && win.run(command);
  }
}

/** This page's dispatcher: App.svelte hands it every key press; components push their layers on it. */
export const keyboard = new Keyboard();

/** Attachment: the element's layer is open while the element is on the page. */
export function keyLayer(layer: KeyLayer): () => () => void {
  return () => keyboard.push(layer);
}
