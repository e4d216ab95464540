/**
 * A level's card carries its own rate even when the rate is also a bar of a chart of rates: 梅州 2023's "實現規上工業增加值
 * 189.77億元,同比增長6.8%" showed 189.77億元 alone, its 6.8% only on a chart two slides on, and the slide was titled by
 * another figure's clause (工業用電量). A share in brackets between them is an aside ("159.61億元(占規上工業比重84.1%),同比
 * 增長6.7%"). Not a rate said of something else after it ("…达357万辆，新能源汽车产量增长94.5%", 安徽 2025).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';
import { ROOT } from './helpers';

function cards(file: string, asOf: string) {
  const text = readFileSync(join(ROOT, 'test/corpus', file), 'utf8');
  const bundle = draftBundle({ key: 'k', title: 'T', organisation: 'O', published: '', asOf }, text, extractFigures(text, { asOf }));
  const byKey = new Map(bundle.figures.map((f) => [f.key, f]));
  return bundle.deck.slides.flatMap((s) =>
    (s.body.kpis ?? []).map((k) => ({
      title: s.title,
      value: byKey.get(k.figure)!.valueText,
      growth: k.growth ? byKey.get(k.growth)!.valueText : null,
    })),
  );
}

describe('a level’s card', () => {
  it('carries its rate that a chart of rates shows too (梅州 2023)', () => {
    const all = cards('meizhou-2023-08-industry-traditional.txt', '2023年1-8月');
    const total = all.find((c) => c.value === '189.77')!;
    expect(total.growth).toBe('6.8');
    expect(total.title).toMatch(/189\.77/u);
    expect(all.find((c) => c.value === '159.61')?.growth).toBe('6.7');
  });

  it('never carries a rate said of something else after it (安徽 2025, 成都 2016)', () => {
    expect(cards('anhui-2025-government-work.txt', '2024年').find((c) => c.value === '357')?.growth).not.toBe('94.5');
    expect(cards('chengdu-2016-government-work.txt', '2015年').find((c) => c.value === '1')?.growth ?? null).toBeNull();
    // Both on cards: "累计完成投资65亿元,黑龙江省制造业技术改造投资增速达到11.3%" (黑龙江 2024) is another investment's rate.
    expect(cards('heilongjiang-2024-q3-industry.txt', '2024年前三季度').find((c) => c.value === '65')?.growth ?? null).toBeNull();
  });
});
