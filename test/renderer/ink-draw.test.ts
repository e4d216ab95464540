/**
 * Ink drawing (views/common/ink-draw.ts): what counts as a stroke being drawn (only its new segment is
 * drawn, and another window's updates of it are drawn one a frame), and that nothing is redrawn when the
 * hub only confirms what is shown. A recording stand-in for the 2D context: which lines were drawn.
 */
import { describe, expect, it } from 'vitest';
import type { InkStroke } from '../../src/shared/ink';
import { drawInk, lastGrew, sameInk } from '../../src/renderer/views/common/ink-draw';

const pen = (id: number, points: number[]): InkStroke => ({ id, tool: 'pen', colour: 'red', points });

/** The calls a drawing made: clears and the points each path went through (slide pixels). */
function recorder() {
  const calls: string[] = [];
  const ctx = {
    canvas: { width: 192, height: 108 },
    setTransform() {},
    clearRect: () => calls.push('clear'),
    beginPath: () => calls.push('path'),
    moveTo: (x: number, y: number) => calls.push(`M${Math.round(x)},${Math.round(y)}`),
    lineTo: (x: number, y: number) => calls.push(`L${Math.round(x)},${Math.round(y)}`),
    stroke() {},
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

describe('ink drawing', () => {
  const a = pen(1, [0.1, 0.1, 0.2, 0.2]);
  const b = pen(2, [0.5, 0.5, 0.6, 0.5]);
  const bLonger = pen(2, [0.5, 0.5, 0.6, 0.5, 0.7, 0.5]);

  it('tells a growing last stroke from any other change', () => {
    expect(lastGrew([a, bLonger], [a, b])).toBe(true);
    expect(lastGrew([a, b], [a, b])).toBe(false); // nothing new
    expect(lastGrew([a, b], [a, bLonger])).toBe(false); // shorter
    expect(lastGrew([a, pen(3, [0, 0, 1, 1])], [a, b])).toBe(false); // another stroke
    expect(lastGrew([pen(1, [0.1, 0.1, 0.2, 0.2, 0.3, 0.3]), bLonger], [a, b])).toBe(false); // an earlier stroke grew too
    expect(lastGrew([bLonger], [a, b])).toBe(false); // one erased
    expect(sameInk([a, b], [a, pen(2, [...b.points])])).toBe(true);
  });

  it('draws only the new segment of a growing pen stroke, nothing for a confirmation, all after another change', () => {
    const grow = recorder();
    expect(drawInk(grow.ctx, [a, bLonger], 0.1, [a, b])).toBe(true);
    expect(grow.calls).toEqual(['path', 'M1152,540', 'L1344,540']);

    const same = recorder();
    expect(drawInk(same.ctx, [a, pen(2, [...b.points])], 0.1, [a, b])).toBe(false);
    expect(same.calls).toEqual([]);

    const erased = recorder();
    expect(drawInk(erased.ctx, [a], 0.1, [a, b])).toBe(true);
    expect(erased.calls).toEqual(['clear', 'path', 'M192,108', 'L384,216']);
  });
});
