/** The bundled deck, as stored: complete, in the report's order, every figure reachable, every reference sound. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareAsPercent, valueIn } from '../src/shared/format';
import { figureRefs } from '../src/shared/markup';
import { openStore, type Store } from '../src/main/store';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { getReport } from '../src/main/store/reports';
import type { Deck, Figure, Slide } from '../src/shared/types';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
let store: Store;
let deck: Deck;
let figures: Figure[];
beforeAll(() => {
  t = tempDir();
  store = openStore(join(t.dir, 'deck.sqlite'), { seedBundles: SEED });
  deck = getDeck(store.db, 1)!;
  figures = listFigures(store.db, 1);
});
afterAll(() => {
  store.close();
  t.cleanup();
});

/** Every figure id a slide puts in front of the audience or the presenter, read from the slide itself. */
function referenced(s: Slide): number[] {
  const kpis = [...(s.body.kpis ?? []), ...(s.body.columns ?? []).flatMap((c) => c.kpis)];
  return [
    ...kpis.flatMap((k) => [k.figureId, ...(k.growthFigureId ? [k.growthFigureId] : [])]),
    ...(s.body.paragraphs ?? []).flatMap(figureRefs).map(Number),
    ...(s.chart?.series ?? []).flatMap((p) => ('figureId' in p ? [p.figureId] : [p.derived.a, p.derived.b])),
  ];
}

describe('the bundled deck', () => {
  it('opens with a title slide, closes with a closing slide, and follows the report’s section order', () => {
    expect(deck.slides[0].layout).toBe('title');
    expect(deck.slides.at(-1)!.layout).toBe('closing');
    const order = getReport(store.db, 1)!.sections.map((s) => s.id);
    const seen = deck.slides.map((s) => s.sectionId).filter((id): id is number => id !== null);
    expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(new Set(seen)).toEqual(new Set(order));
  });

  it('has every layout the briefing needs', () => {
    expect(new Set(deck.slides.map((s) => s.layout))).toEqual(
      new Set(['title', 'section', 'kpi', 'chart', 'comparison', 'text', 'closing']),
    );
  });

  it('has Chinese speaker notes on every slide', () => {
    for (const s of deck.slides) expect(s.notes.match(/[\u4e00-\u9fff]/g)?.length ?? 0, s.title).toBeGreaterThanOrEqual(20);
  });

  it('puts every stored figure on a slide, in a chart or in the notes', () => {
    const reachable = new Set(deck.slides.flatMap((s) => s.figureIds));
    const missing = figures.filter((f) => !reachable.has(f.id)).map((f) => f.key);
    expect(missing).toEqual([]);
  });

  it('records in slide_figures every figure a slide references, and nothing it does not', () => {
    for (const s of deck.slides) {
      const refs = new Set(referenced(s));
      for (const id of refs) expect(s.figureIds, `${s.title}: ${id}`).toContain(id);
      // Anything else recorded must be a notes-only figure whose value the notes actually state.
      const byId = new Map(figures.map((f) => [f.id, f]));
      for (const id of s.figureIds.filter((x) => !refs.has(x)))
        expect(s.notes, `${s.title}: notes should state ${byId.get(id)!.key}`).toContain(byId.get(id)!.valueText);
    }
  });

  it('draws each chart from figures that can be shown in its unit (shares as shares)', () => {
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const s of deck.slides.filter((x) => x.chart)) {
      const chart = s.chart!;
      for (const p of chart.series) {
        const ids = 'figureId' in p ? [p.figureId] : [p.derived.a];
        for (const id of ids) {
          const f = byId.get(id)!;
          if (chart.type === 'doughnut' || chart.type === 'pie') expect(shareAsPercent(f), s.title).toBeGreaterThan(0);
          else expect(() => valueIn(f, chart.unit), `${s.title}: ${f.key} in ${chart.unit}`).not.toThrow();
        }
      }
    }
  });

  it('shows the 2010 Fortune 500 count only as a derived value with its formula', () => {
    const slide = deck.slides.find((s) => s.chart?.series.some((p) => 'derived' in p && p.label.includes('十一五')))!;
    const point = slide.chart!.series.find((p) => 'derived' in p)!;
    expect(point.label).toContain('推算');
  });
});
