/**
 * Print charts draw in one pass once their fonts are in, and, on the print page, only once the page's own
 * fonts have settled (drawChartsAfter): settling reads document.fonts.ready, which lays the page out, so
 * read after the charts went in it laid every layout out twice. A gate that fails or is abandoned (a layout
 * replaced before it was ready) must still let the charts of the next layout draw.
 */
import { describe, expect, it } from 'vitest';
import { chartsDrawn, drawChartsAfter, drawInOnePass } from '../../src/renderer/charts/drawings';

const later = () => {
  let settle!: (ok: boolean) => void;
  const p = new Promise<void>((ok, bad) => (settle = (yes) => (yes ? ok() : bad(new Error('gate failed')))));
  return { p, settle };
};
const turn = () => new Promise((r) => setTimeout(r, 0));

describe('drawInOnePass behind drawChartsAfter', () => {
  it('a chart whose fonts are in waits for the gate, then every chart measures before any paints', async () => {
    const gate = later();
    drawChartsAfter(gate.p);
    const log: string[] = [];
    const chart = (name: string) =>
      drawInOnePass(
        Promise.resolve(),
        () => log.push(`measure ${name}`),
        () => log.push(`paint ${name}`),
      );
    const drawn = Promise.all([chart('a'), chart('b')]);
    await turn();
    expect(log).toEqual([]);
    gate.settle(true);
    await drawn;
    expect(log).toEqual(['measure a', 'measure b', 'paint a', 'paint b']);
    await chartsDrawn();
  });

  it('a gate that fails still lets the charts draw (the page reports its own failure)', async () => {
    const gate = later();
    drawChartsAfter(gate.p);
    let painted = false;
    const drawn = drawInOnePass(
      Promise.resolve(),
      () => 1,
      () => (painted = true),
    );
    gate.settle(false);
    await drawn;
    expect(painted).toBe(true);
  });

  it('charts mounted before a new gate keep the gate they were mounted under', async () => {
    const first = later();
    drawChartsAfter(first.p);
    let painted = 0;
    const old = drawInOnePass(
      Promise.resolve(),
      () => 1,
      () => painted++,
    );
    drawChartsAfter(Promise.resolve());
    await turn();
    expect(painted).toBe(0);
    first.settle(true);
    await old;
    expect(painted).toBe(1);
  });

  it('a chart whose fonts fail is reported by chartsDrawn', async () => {
    drawChartsAfter(Promise.resolve());
    const drawn = drawInOnePass(
      Promise.reject(new Error('font 404')),
      () => 1,
      () => {},
    );
    await expect(drawn).rejects.toThrow('font 404');
    await expect(chartsDrawn()).rejects.toThrow('font 404');
  });
});
