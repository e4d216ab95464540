import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Keyboard, type KeyLayer, type KeyPress, type LayerName, type WindowKeys } from '../../src/renderer/lib/keyboard';
import { KEY_TABLE, type Command, type KeyWindow } from '../../src/renderer/lib/keys';

/** A window that records what it was asked to do, with the slide-number typing of the slide windows. */
function windowOf(view: KeyWindow) {
  const ran: Command[] = [];
  const went: number[] = [];
  let typed = '';
  const win: WindowKeys = {
    view,
    run: (c) => (ran.push(c), true),
    slideNumber:
      view === 'audience' || view === 'presenter'
        ? {
            get typed() {
              return typed;
            },
            type: (t) => void (typed = t),
            go: (n) => void went.push(n),
          }
        : undefined,
  };
  return { win, ran, went, typed: () => typed };
}

/** A layer that records closes and, optionally, takes some commands. */
function layerOf(name: LayerName, opts: { modal?: boolean; takes?: Command[] } = {}) {
  const log = { closed: 0, took: [] as Command[] };
  const layer: KeyLayer = {
    name,
    modal: opts.modal,
    close: () => void log.closed++,
    command: (c) => (opts.takes?.includes(c) ? (log.took.push(c), true) : false),
  };
  return { layer, log };
}

const body = { tagName: 'BODY' };
const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({ key, target: body, ...more });

describe('the keyboard dispatcher', () => {
  it('with no layer open, resolves keys through the key table to the window', () => {
    const kb = new Keyboard();
    const { win, ran } = windowOf('audience');
    for (const k of ['ArrowRight', 'PageUp', ' ', 'b', 'o', 'Escape', 'F5']) expect(kb.handle(press(k), win)).toBe(true);
    expect(ran).toEqual(['next', 'prev', 'next', 'black', 'overview', 'escape', 'present']);
    expect(kb.handle(press('q'), win)).toBe(false);
  });

  it('gives a window only the rows of the key table that work in it', () => {
    const kb = new Keyboard();
    const overview = windowOf('overview');
    // Paging, screens and zoom are not the overview's: arrows move its cards themselves.
    for (const k of ['ArrowRight', 'b', 'z', 'g', '5']) expect(kb.handle(press(k), overview.win), k).toBe(false);
    for (const k of ['o', 'Escape', '?', 'F5', 's', 'f']) expect(kb.handle(press(k), overview.win), k).toBe(true);
    expect(overview.ran).toEqual(['overview', 'escape', 'help', 'present', 'presenter', 'fullscreen']);
    const presenter = windowOf('presenter');
    expect(kb.handle(press('o'), presenter.win)).toBe(false);
    expect(kb.handle(press('+'), presenter.win)).toBe(true);
    expect(presenter.ran).toEqual(['notesLarger']);
  });

  it('Esc closes only the top layer, in the order layers are drawn, then reaches the window', () => {
    const kb = new Keyboard();
    const { win, ran } = windowOf('audience');
    const laser = layerOf('laser');
    const help = layerOf('help');
    const popover = layerOf('popover');
    const zoom = layerOf('zoom');
    const removers = [laser, help, popover, zoom].map(({ layer }) => kb.push(layer));
    // Help is drawn above a zoom opened after it (say, from the presenter's window): it goes first.
    expect(kb.open).toEqual(['help', 'zoom', 'popover', 'laser']);
    expect(kb.handle(press('Escape'), win)).toBe(true);
    expect([help.log.closed, zoom.log.closed, popover.log.closed, laser.log.closed]).toEqual([1, 0, 0, 0]);
    removers[1]!();
    expect(kb.handle(press('Esc'), win)).toBe(true);
    expect(zoom.log.closed).toBe(1);
    removers[3]!();
    removers[2]!();
    kb.handle(press('Escape'), win);
    expect(laser.log.closed).toBe(1);
    expect(ran).toEqual([]);
    removers[0]!();
    kb.handle(press('Escape'), win);
    expect(ran).toEqual(['escape']);
    expect(kb.open).toEqual([]);
  });

  it('lets the top layer take a command first; a modal layer keeps commands from what lies below', () => {
    const kb = new Keyboard();
    const { win, ran, typed } = windowOf('audience');
    const popover = layerOf('popover');
    kb.push(popover.layer);
    // A non-modal layer lets the rest fall to the window: → pages under the popover.
    expect(kb.handle(press('ArrowRight'), win)).toBe(true);
    expect(ran).toEqual(['next']);
    const help = layerOf('help', { modal: true, takes: ['help'] });
    const close = kb.push(help.layer);
    expect(kb.handle(press('?', { shiftKey: true }), win)).toBe(true);
    expect(help.log.took).toEqual(['help']);
    // Under the help, no command and no typed digit reaches the slides; Tab keeps its default (focus).
    expect(kb.handle(press('ArrowRight'), win)).toBe(true);
    expect(kb.handle(press('7'), win)).toBe(true);
    expect(kb.handle(press('Tab'), win)).toBe(false);
    expect(ran).toEqual(['next']);
    expect(typed()).toBe('');
    close();
    expect(kb.handle(press('ArrowRight'), win)).toBe(true);
    expect(ran).toEqual(['next', 'next']);
  });

  it('leaves keys typed in fields, Enter/Space on buttons, chorded and already handled keys alone', () => {
    const kb = new Keyboard();
    const { win, ran } = windowOf('audience');
    const popover = layerOf('popover');
    kb.push(popover.layer);
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT'])
      for (const k of ['ArrowRight', 'b', '5', 'Escape', ' ']) expect(kb.handle(press(k, { target: { tagName } }), win)).toBe(false);
    expect(kb.handle(press('Enter', { target: { tagName: 'BUTTON' } }), win)).toBe(false);
    expect(kb.handle(press(' ', { target: { tagName: 'A' } }), win)).toBe(false);
    expect(kb.handle(press('x', { target: { tagName: 'DIV', isContentEditable: true } }), win)).toBe(false);
    expect(kb.handle(press('ArrowRight', { ctrlKey: true }), win)).toBe(false);
    expect(kb.handle(press('ArrowRight', { defaultPrevented: true }), win)).toBe(false);
    expect(ran).toEqual([]);
    expect(popover.log.closed).toBe(0);
    // On a focused button, → is not the button's: it pages.
    expect(kb.handle(press('ArrowRight', { target: { tagName: 'BUTTON' } }), win)).toBe(true);
    expect(ran).toEqual(['next']);
  });

  it('digits then Enter go to that slide, also with a non-modal layer open; Esc over a layer drops them', () => {
    const kb = new Keyboard();
    const { win, ran, went, typed } = windowOf('audience');
    const close = kb.push(layerOf('popover').layer);
    kb.handle(press('1'), win);
    kb.handle(press('2'), win);
    expect(typed()).toBe('12');
    expect(kb.handle(press('Enter'), win)).toBe(true);
    expect(went).toEqual([12]);
    expect(ran).toEqual([]);
    kb.handle(press('4'), win);
    kb.handle(press('Escape'), win);
    expect(typed()).toBe('');
    close();
    // Without digits, Enter pages.
    kb.handle(press('Enter'), win);
    expect(ran).toEqual(['next']);
  });

  it('for any open layers and any key, Esc closes exactly the topmost drawn one and runs nothing else', () => {
    const names: LayerName[] = ['help', 'goto', 'zoom', 'popover', 'laser'];
    const rank = (n: LayerName) => names.indexOf(n);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 6 }), (opened) => {
        const kb = new Keyboard();
        const { win, ran } = windowOf('audience');
        const layers = opened.map((n) => layerOf(n));
        for (const l of layers) kb.push(l.layer);
        const top = Math.min(...opened.map(rank));
        // Of the layers drawn highest, the one opened last.
        const expected = opened.lastIndexOf(names[top]!);
        expect(kb.open[0]).toBe(names[top]);
        kb.handle(press('Escape'), win);
        expect(layers.map((l) => l.log.closed)).toEqual(layers.map((_, i) => (i === expected ? 1 : 0)));
        expect(ran).toEqual([]);
      }),
    );
  });

  it('runs, with no layer open, exactly the command the key table lists for every key of a slide window', () => {
    const kb = new Keyboard();
    for (const view of ['audience', 'presenter'] as const)
      for (const b of KEY_TABLE.filter((x) => x.scope === 'all' || x.scope === view))
        for (const k of b.keys) {
          const { win, ran } = windowOf(view);
          const e = k === 'Space' ? press(' ') : k === 'Shift+Space' ? press(' ', { shiftKey: true }) : press(k);
          expect(kb.handle(e, win), `${view} ${k}`).toBe(true);
          expect(ran, `${view} ${k}`).toEqual([b.command]);
        }
  });
});
