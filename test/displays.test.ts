import { describe, expect, it } from 'vitest';
import { chooseDisplays, type DisplayInfo } from '../src/main/windows/displays';

const laptop: DisplayInfo = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 }, internal: true };
const projectorRight: DisplayInfo = { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 }, internal: false };
const projectorLeft: DisplayInfo = { id: 3, bounds: { x: -1024, y: 0, width: 1024, height: 768 }, internal: false };

describe('chooseDisplays', () => {
  it('one display: the audience view there, no presenter window', () => {
    expect(chooseDisplays([laptop], 1)).toEqual({ audience: laptop, presenter: null });
  });

  it('two displays: the audience on the external one, the presenter on the laptop', () => {
    expect(chooseDisplays([laptop, projectorRight], 1)).toEqual({ audience: projectorRight, presenter: laptop });
    // Order of the list and which one is primary do not matter when the built-in panel is known.
    expect(chooseDisplays([projectorRight, laptop], 2)).toEqual({ audience: projectorRight, presenter: laptop });
  });

  it('the external display left of the laptop (negative x) is still the audience’s', () => {
    expect(chooseDisplays([laptop, projectorLeft], 1)).toEqual({ audience: projectorLeft, presenter: laptop });
  });

  it('without an internal flag, the primary display is the presenter’s', () => {
    const a = { id: 10, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
    const b = { id: 11, bounds: { x: 1920, y: 0, width: 1920, height: 1080 } };
    expect(chooseDisplays([a, b], 10)).toEqual({ audience: b, presenter: a });
    expect(chooseDisplays([a, b], 11)).toEqual({ audience: a, presenter: b });
    // An unknown primary id falls back to the first display.
    expect(chooseDisplays([a, b], 99)).toEqual({ audience: b, presenter: a });
  });

  it('three displays: the largest external one, the same every time', () => {
    const choice = chooseDisplays([projectorLeft, laptop, projectorRight], 1);
    expect(choice).toEqual({ audience: projectorRight, presenter: laptop });
  });

  it('a display removed: everything comes back to what is left', () => {
    const before = chooseDisplays([laptop, projectorRight], 1)!;
    expect(before.audience).toBe(projectorRight);
    const after = chooseDisplays(
      [laptop, projectorRight].filter((d) => d.id !== projectorRight.id),
      1,
    );
    expect(after).toEqual({ audience: laptop, presenter: null });
    expect(chooseDisplays([], 1)).toBeNull();
  });
});
