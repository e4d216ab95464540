import { describe, expect, it } from 'vitest';
import { chartPixelRatio } from '../../src/renderer/charts/pixel-ratio';

describe('chart pixel ratio on a scaled stage', () => {
  it('draws at the pixels shown: the stage scale times the screen density', () => {
    expect(chartPixelRatio(1280 / 1920, 1)).toBeCloseTo(2 / 3); // a 1280-wide window
    expect(chartPixelRatio(2, 1)).toBe(2); // a 4K projector: sharper than layout pixels, not blurrier
    expect(chartPixelRatio(0.5, 2)).toBe(1); // a half-size window on a HiDPI laptop
  });

  it('never goes below a quarter, nor treats a missing density as zero', () => {
    expect(chartPixelRatio(0.01, 1)).toBe(0.25);
    expect(chartPixelRatio(1, 0)).toBe(1);
  });
});
