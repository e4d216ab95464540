import { describe, expect, it } from 'vitest';
import {
  bindingsFor,
  commandFor,
  KEY_TABLE,
  keyBelongsToTarget,
  keyLabel,
  keyName,
  navAction,
  typeSlideNumber,
} from '../../src/renderer/lib/keys';

describe('navAction', () => {
  it.each([
    ['ArrowRight', false, 'next'],
    ['ArrowLeft', false, 'prev'],
    ['PageDown', false, 'next'],
    ['PageUp', false, 'prev'],
    [' ', false, 'next'],
    [' ', true, 'prev'],
    ['Home', false, 'first'],
    ['End', false, 'last'],
    ['a', false, null],
    ['Enter', false, 'next'],
    ['n', false, 'next'],
    ['N', true, 'next'],
    ['Backspace', false, 'prev'],
    // P is the pen now (clickers page back with PageUp).
    ['p', false, null],
  ] as const)('%j (shift %s) → %s', (key, shiftKey, action) => {
    expect(navAction({ key, shiftKey })).toBe(action);
  });

  it('leaves chorded keys to the browser', () => {
    expect(navAction({ key: 'ArrowRight', altKey: true })).toBeNull();
    expect(navAction({ key: 'Home', ctrlKey: true })).toBeNull();
    expect(navAction({ key: 'End', metaKey: true })).toBeNull();
  });
});

describe('keyBelongsToTarget', () => {
  it('lets fields and focused buttons keep their own keys', () => {
    expect(keyBelongsToTarget('ArrowRight', { tagName: 'INPUT' })).toBe(true);
    expect(keyBelongsToTarget(' ', { tagName: 'BUTTON' })).toBe(true);
    expect(keyBelongsToTarget('ArrowRight', { tagName: 'BUTTON' })).toBe(false);
    expect(keyBelongsToTarget(' ', { tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(keyBelongsToTarget(' ', { tagName: 'BODY' })).toBe(false);
    expect(keyBelongsToTarget(' ', null)).toBe(false);
  });
});

describe('the key table', () => {
  it.each([
    [{ key: 'b' }, 'black'],
    [{ key: '.' }, 'black'],
    [{ key: 'w' }, 'white'],
    [{ key: ',' }, 'white'],
    [{ key: 'f' }, 'fullscreen'],
    [{ key: 'l' }, 'laser'],
    [{ key: 'p' }, 'pen'],
    [{ key: 'h' }, 'highlighter'],
    [{ key: 'e' }, 'erase'],
    [{ key: 'c' }, 'inkColour'],
    [{ key: 'z' }, 'zoom'],
    [{ key: '?', shiftKey: true }, 'help'],
    [{ key: 'F5' }, 'present'],
    [{ key: 'Esc' }, 'escape'],
    [{ key: 'g' }, 'goto'],
    [{ key: 'Spacebar' }, 'next'],
  ] as const)('%j → %s', (e, command) => {
    expect(commandFor(e, 'audience')).toBe(command);
    expect(commandFor(e, 'presenter')).toBe(command);
  });

  it('keeps view-only keys to their view', () => {
    expect(commandFor({ key: 'o' }, 'audience')).toBe('overview');
    expect(commandFor({ key: 'o' }, 'presenter')).toBeNull();
    expect(commandFor({ key: '+' }, 'presenter')).toBe('notesLarger');
    expect(commandFor({ key: '-' }, 'presenter')).toBe('notesSmaller');
    expect(commandFor({ key: '-' }, 'audience')).toBeNull();
  });

  it('binds no key twice in one view, and every key name is what keyName produces', () => {
    for (const view of ['audience', 'presenter', 'overview', 'source', 'data'] as const) {
      const names = bindingsFor(view).flatMap((b) => b.keys);
      expect(new Set(names).size, view).toBe(names.length);
    }
    for (const b of KEY_TABLE.filter((x) => x.scope !== 'views'))
      for (const k of b.keys) {
        const e = k === 'Space' ? { key: ' ' } : k === 'Shift+Space' ? { key: ' ', shiftKey: true } : { key: k };
        expect(keyName(e)).toBe(k);
        expect(commandFor(e, b.scope === 'presenter' ? 'presenter' : 'audience')).toBe(b.command);
      }
  });

  it('lists the reorder chords where the view moves the focused slide: Alt+arrows on an overview card, Alt+↑/↓ in the editor list', () => {
    const chords = (view: 'overview' | 'editor') =>
      bindingsFor(view)
        .filter((b) => b.command === 'moveSlide')
        .flatMap((b) => b.keys);
    expect(chords('overview')).toEqual(['Alt+ArrowLeft', 'Alt+ArrowRight', 'Alt+ArrowUp', 'Alt+ArrowDown']);
    expect(chords('editor')).toEqual(['Alt+ArrowUp', 'Alt+ArrowDown']);
    for (const view of ['audience', 'presenter', 'source', 'data'] as const)
      expect(
        bindingsFor(view).map((b) => b.command),
        view,
      ).not.toContain('moveSlide');
    // The dispatcher never takes the chord: it stays with the focused card or row, whose own handler moves the slide.
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      expect(keyName({ key, altKey: true })).toBeNull();
      expect(commandFor({ key, altKey: true }, 'overview')).toBeNull();
    }
    expect(keyLabel('Alt+ArrowUp', 'zh')).toBe('Alt+↑');
  });

  it('gives the views without a slide only the keys that do not page or draw on one', () => {
    for (const view of ['overview', 'source', 'data'] as const) {
      expect(
        bindingsFor(view).map((b) => b.command),
        view,
      ).toEqual(['fullscreen', 'present', 'presenter', 'overview', ...(view === 'overview' ? ['moveSlide'] : []), 'help', 'escape']);
      expect(commandFor({ key: 'ArrowRight' }, view)).toBeNull();
      expect(commandFor({ key: '+' }, view)).toBeNull();
    }
  });

  it('leaves every chorded key to the browser', () => {
    for (const b of KEY_TABLE) for (const k of b.keys) expect(commandFor({ key: k, ctrlKey: true }, 'audience')).toBeNull();
  });
});

describe('typing a slide number', () => {
  it('collects digits, jumps on Enter, and drops them on any other key', () => {
    let s = typeSlideNumber({ key: '1' }, '');
    expect(s).toEqual({ kind: 'typing', typed: '1' });
    s = typeSlideNumber({ key: '5' }, s.typed);
    expect(s).toEqual({ kind: 'typing', typed: '15' });
    expect(typeSlideNumber({ key: 'Enter' }, s.typed)).toEqual({ kind: 'jump', typed: '', number: 15 });
    expect(typeSlideNumber({ key: 'Backspace' }, '15')).toEqual({ kind: 'typing', typed: '1' });
    expect(typeSlideNumber({ key: 'ArrowRight' }, '15')).toEqual({ kind: 'pass', typed: '' });
    // Without digits, Enter and Backspace are plain navigation.
    expect(typeSlideNumber({ key: 'Enter' }, '')).toEqual({ kind: 'pass', typed: '' });
    expect(typeSlideNumber({ key: 'Backspace' }, '')).toEqual({ kind: 'pass', typed: '' });
    expect(typeSlideNumber({ key: '9' }, '123').typed).toBe('1239');
    expect(typeSlideNumber({ key: '9' }, '1234').typed).toBe('2349');
    expect(typeSlideNumber({ key: '1', ctrlKey: true }, '')).toEqual({ kind: 'pass', typed: '' });
  });
});
