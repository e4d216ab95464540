/**
 * The font prefetch asks, before a slide renders, for the glyphs it will draw. Checked on the bundled
 * deck: everything a chart waits for before drawing (its labels, values, unit caption) is asked for.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../src/main/api/handlers';
import { openStore, type Store } from '../../src/main/store';
import { buildChart } from '../../src/renderer/charts/build';
import { chartText } from '../../src/renderer/charts/config';
import { slideText } from '../../src/renderer/state/font-prefetch';
import type { BriefingOpen } from '../../src/shared/api';
import { SEED, tempDir } from '../helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let b: BriefingOpen;
beforeAll(async () => {
  t = tempDir();
  store = openStore(join(t.dir, 'p.sqlite'), { seedBundles: SEED, dailyBackup: false });
  b = await createHandlers(store, 'x')['briefing.open']({});
});
afterAll(() => {
  store.close();
  t.cleanup();
});

const missing = (asked: string, needed: string) => [...new Set(needed)].filter((ch) => ch.trim() && !asked.includes(ch)).join('');

describe('font prefetch text', () => {
  it('covers every glyph each chart of the bundled deck draws', () => {
    const figures = new Map(b.figures.map((f) => [f.id, f]));
    const charts = b.deck!.slides.filter((s) => s.chart);
    expect(charts.length).toBeGreaterThan(5);
    for (const slide of charts) {
      const asked = slideText(slide, b.report!, b.deck!.title, figures);
      expect(missing(asked, chartText(buildChart(slide.chart!, figures))), `slide ${slide.ord}: ${slide.title}`).toBe('');
    }
  });

  it('covers each slide’s title, section and source line', () => {
    const figures = new Map(b.figures.map((f) => [f.id, f]));
    for (const slide of b.deck!.slides) {
      const asked = slideText(slide, b.report!, b.deck!.title, figures);
      const section = b.report!.sections.find((s) => s.id === slide.sectionId)?.title ?? '';
      expect(missing(asked, `${slide.title}${section}数据来源：${b.report!.organisation}`), `slide ${slide.ord}`).toBe('');
    }
  });
});
