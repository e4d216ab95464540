import { describe, expect, it } from 'vitest';
import { keyBelongsToTarget, navAction } from '../../src/renderer/lib/keys';

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
    ['Enter', false, null],
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
