/**
 * A slide may shorten the report, never reword it (#25): claims with a number quote the report clause by
 * clause or are marked as paraphrases; figures in running text appear as the report writes them.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkReport } from '../src/shared/checks';
import { figurePartsAsWritten, formatFigureFull } from '../src/shared/format';
import { claimText, rewordedClaims } from '../src/shared/wording';
import type { Figure, Slide } from '../src/shared/types';
import { openStore } from '../src/main/store';
import { MIGRATIONS } from '../src/main/store/migrations';
import { getDeck } from '../src/main/store/decks';
import { listFigures } from '../src/main/store/figures';
import { getReport } from '../src/main/store/reports';
import { SEED, tempDir } from './helpers';

let t: ReturnType<typeof tempDir>;
beforeEach(() => (t = tempDir()));
afterEach(() => t.cleanup());

function bundled(file = 'w.sqlite') {
  const s = openStore(join(t.dir, file), { seedBundles: SEED });
  const report = getReport(s.db, 1)!;
  return { s, report, slides: getDeck(s.db, 1)!.slides, figures: listFigures(s.db, 1) };
}

describe('figures in running text', () => {
  it('show the unit only where the report writes it: 迈上千亿台阶, not 千亿元台阶', () => {
    const { s, figures } = bundled();
    const threshold = figures.find((f) => f.key === 'other-industries-threshold')!;
    expect(formatFigureFull(threshold)).toBe('迈上千亿元');
    const p = figurePartsAsWritten(threshold);
    expect(p.prefix + p.number + p.inner + p.unit + p.suffix).toBe('迈上千亿');
    // Where the report writes the unit, it stays.
    const auto = figures.find((f) => f.key === 'auto-units')!;
    const q = figurePartsAsWritten(auto);
    expect(q.number + q.unit).toBe('300万辆');
    s.close();
  });

  it('slide 14 (其他产业多点支撑) says what the report says', () => {
    const { s, report, slides, figures } = bundled();
    const slide14 = slides[13];
    expect(slide14.title).toBe('其他产业多点支撑');
    const words = claimText(slide14.body.paragraphs![0], new Map(figures.map((f) => [f.id, f]))).replaceAll('\u0001', '');
    expect(words).toBe('装备、化工、材料、能源、消费品产业均迈上千亿台阶。');
    expect(report.text).toContain(words.slice(0, -1));
    s.close();
  });
});

describe('the wording check', () => {
  it('finds nothing on the bundled deck', () => {
    const { s, report, slides, figures } = bundled();
    expect(rewordedClaims(report.text, slides, figures)).toEqual([]);
    expect(checkReport(report.text, figures, slides, []).filter((f) => f.code === 'reworded-claim')).toEqual([]);
    s.close();
  });

  it('names a reworded key message, and leaves it be once marked as a paraphrase', () => {
    const { s, report, slides, figures } = bundled();
    const i = slides.findIndex((x) => x.chart?.takeaway === '笔电产量占全球的1/3。');
    const changed: Slide[] = slides.map((x, k) =>
      k === i ? { ...x, chart: { ...x.chart!, takeaway: '重庆笔电占了全球三分之一，即1/3。' } } : x,
    );
    const found = rewordedClaims(report.text, changed, figures);
    expect(found).toEqual([{ slideId: slides[i].id, ord: slides[i].ord, field: 'takeaway', clauses: ['即1/3'] }]);
    const finding = checkReport(report.text, figures, changed, []).find((f) => f.code === 'reworded-claim')!;
    expect(finding.message).toContain('即1/3');
    const marked = changed.map((x, k) => (k === i ? { ...x, body: { ...x.body, paraphrased: ['takeaway' as const] } } : x));
    expect(rewordedClaims(report.text, marked, figures)).toEqual([]);
    s.close();
  });

  it('checks a paragraph whose figure is written in words, with the figure as the report writes it', () => {
    const { s, report, slides, figures } = bundled();
    const f: Figure = figures.find((x) => x.key === 'other-industries-threshold')!;
    const para = `装备产业{{${f.id}}}台阶。`;
    const slide = { ...slides[13], body: { paragraphs: [para] } };
    expect(rewordedClaims(report.text, [slide], figures)).toEqual([
      { slideId: slide.id, ord: slide.ord, field: 'paragraphs', clauses: ['装备产业迈上千亿台阶'] },
    ]);
    s.close();
  });

  it('migration 51 brings an older store of the bundled deck to the report’s words', () => {
    // A store whose deck still has the texts as first shipped; step 51 is run on it as the migrator would.
    const s = openStore(join(t.dir, 'old.sqlite'), { seedBundles: SEED });
    for (const sl of getDeck(s.db, 1)!.slides) {
      // Only the key messages step 51 marked lose their mark (the agenda's list, step 80, keeps its own).
      const { paraphrased: marked, ...rest } = sl.body;
      const paraphrased = marked?.filter((f) => f !== 'takeaway');
      const body = paraphrased?.length ? { ...rest, paraphrased } : rest;
      const subtitle = body.subtitle?.replace('出台了', '出台');
      const chart =
        sl.chart?.takeaway === '占全国的1/8，成为全国最大汽车制造基地。'
          ? { ...sl.chart, takeaway: '汽车产量' + sl.chart.takeaway }
          : sl.chart;
      s.db
        .prepare('UPDATE slides SET body = ?, chart = ? WHERE id = ?')
        .run(JSON.stringify({ ...body, ...(subtitle ? { subtitle } : {}) }), chart ? JSON.stringify(chart) : null, sl.id);
    }
    const before = rewordedClaims(getReport(s.db, 1)!.text, getDeck(s.db, 1)!.slides, listFigures(s.db, 1));
    expect(before.map((c) => c.ord)).toEqual([6, 13, 18, 19, 23]);
    s.db.transaction(() => MIGRATIONS.find((m) => m.version === 51)!.up(s.db))();
    expect(rewordedClaims(getReport(s.db, 1)!.text, getDeck(s.db, 1)!.slides, listFigures(s.db, 1))).toEqual([]);
    s.close();
  });
});
