/**
 * A chart's key message (its takeaway) says something whole in at most two lines: 大武口 2022's six industries and their
 * rates joined by 、 ran to three lines over the source line; 云南 2016's read "10.0%" (a value of "累计增幅分别为7.3%,10.0%,
 * 9.3%…", set apart by commas) and "烟草制品业增加值累计降幅分别为7.5%" (one value of a list cut from the rest).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function takeaways(file: string, asOf: string): string[] {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  return bundle.deck.slides.map((s) => s.chart?.takeaway ?? '').filter(Boolean);
}

describe('a chart’s key message', () => {
  // 大武口 2022: "非金属矿物制品业增长48.4%、专用设备制造业增长18.3%、…电子元件和电子专用材料制造业增长9.1%", 107 characters,
  // ran to three lines over the chart's source line, saying what its bars say.
  it('runs to two lines at most', () => {
    for (const [file, asOf] of [
      ['dawukou-2022-05-industry.txt', '2022年1-5月'],
      ['ningxia-2021-08-economy.txt', '2021年1-8月'],
      ['alashan-2022-bulletin-traditional.txt', '2022年'],
    ]) {
      for (const t of takeaways(file, asOf)) expect(Array.from(t).length, `${file}: ${t}`).toBeLessThanOrEqual(64);
    }
  });

  it('is never a bare value, nor one value of a list cut from the rest (云南 2016, 岳阳 2017)', () => {
    for (const [file, asOf] of [
      ['yunnan-2016-08-industry.txt', '2016年1-8月'],
      ['yueyang-2017-05-industry.txt', '2017年1-5月'],
    ])
      for (const t of takeaways(file, asOf)) {
        expect(t, file).toMatch(/\p{Script=Han}.*\p{Script=Han}/u);
        if (/分别|依次/u.test(t)) expect((t.match(/\d+(?:\.\d+)?/gu) ?? []).length, `${file}: ${t}`).toBeGreaterThan(1);
      }
  });

  it('does not open with the 其中 that turns to the parts its chart shows (巴彦淖尔 2022: "其中，铁矿石成品矿125.6万吨")', () => {
    for (const [file, asOf] of [
      ['bayannaoer-2022-02-industry.txt', '2022年1-2月'],
      ['changzhi-2025-q1-industry.txt', '2025年1-3月'],
    ]) {
      const all = takeaways(file, asOf);
      expect(all.length).toBeGreaterThan(0);
      for (const t of all) expect(t, file).not.toMatch(/^其中/u);
    }
  });
});
