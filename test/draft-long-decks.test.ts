/**
 * A deck longer than twenty slides first folds its sections' lists of two results into their cards, then sends its least
 * telling slides to the appendix. 湖北 2018 (1-10月) drafted 21 slides: its "同比、环比分别回落0.3、0.4个百分点", said twice,
 * were two charts of two bars each, while the section on 工业投资 lost its rates (14.4%, 15%) and three more figures to
 * an appendix page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function draft(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  return draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
}

describe('a deck too long', () => {
  it('folds a list of two into its section’s cards before it sends figures to the appendix (湖北 2018)', () => {
    const bundle = draft('hubei-2018-10-industry.txt', '2018年1-10月');
    const { slides } = bundle.deck;
    expect(slides.length).toBeLessThanOrEqual(20);
    // Every figure is on a content slide: none in an appendix.
    expect(slides.filter((s) => s.title.startsWith('附'))).toEqual([]);
    // "1-10月累计增长7.4%,同比、环比分别回落0.3、0.4个百分点": two cards beside the rates, told apart as the bars were.
    const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
    const first = slides.find((s) => s.body.kpis?.some((k) => byKey.get(k.figure)!.valueText === '8.1'))!;
    const captions = first.body.kpis!.map((k) => `${k.caption} ${byKey.get(k.figure)!.valueText}`);
    expect(captions).toEqual(expect.arrayContaining([expect.stringMatching(/（同比） 0\.3$/u), expect.stringMatching(/（环比） 0\.4$/u)]));
    expect(slides.filter((s) => s.chart?.series.length === 2)).toEqual([]);
  });

  it('leaves a deck of twenty or fewer as it was: its lists of two stay charts (山东 2009 上半年)', () => {
    const { slides } = draft('shandong-2009-h1-economy.txt', '2009年上半年').deck;
    expect(slides.length).toBe(20);
    expect(slides.find((s) => s.title.startsWith('轻、重工业分别实现增加值'))?.chart?.series).toHaveLength(2);
  });
});
