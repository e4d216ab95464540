/**
 * A chart of growth rates gathered from several sentences leaves out one rate that dwarfs the rest: 拉萨 2021's
 * "进出口总额比上年增长126.8%" among rates of 1.9 to 8.3% drew five bars each under a fifteenth of the axis, unreadable
 * on a projector. That rate is a card instead. A rate merely the largest (江西 2025's 24.8% beside 5.6%) stays a bar.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function deckOf(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  const valueOf = new Map(bundle.figures.map((f) => [f.key, f.valueText]));
  const slides = bundle.deck.slides;
  return {
    charts: slides.filter((s) => s.chart).map((s) => s.chart!.series.map((x) => ('figure' in x ? valueOf.get(x.figure) : '?'))),
    cards: slides.flatMap((s) => s.body.kpis ?? []).map((k) => valueOf.get(k.figure)),
  };
}

describe('a chart of rates gathered from several sentences', () => {
  it('leaves out a rate over five times the largest of the others, which is a card (拉萨 2021)', () => {
    const { charts, cards } = deckOf('lhasa-2021-economy.txt', '2021年');
    const rates = charts.find((c) => c.includes('8.3') && c.includes('1.9'));
    expect(rates).toEqual(['6.7', '4.7', '1.9', '8.1', '8.3']);
    expect(charts.flat()).not.toContain('126.8');
    expect(cards).toContain('126.8');
  });

  it('keeps the largest rate when the others still read (江西 2025: 24.8 beside 5.6)', () => {
    const { charts } = deckOf('jiangxi-2025-h1-economy.txt', '2025年上半年');
    expect(charts.find((c) => c.includes('5.6') && c.includes('0.2'))).toContain('24.8');
  });

  it('counts a decline by its size: 325.8 among rates down to −22.4 is left out (柳林 2024)', () => {
    const { charts } = deckOf('liulin-2024-h1-economy.txt', '2024年上半年');
    const rates = charts.find((c) => c.includes('-22.4'));
    expect(rates).toBeDefined();
    expect(rates).not.toContain('325.8');
  });
});
