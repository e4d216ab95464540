/**
 * A list whose last item is a two-character word, its first character each item's own, written once: "金融機構存、貸款
 * 分別增長35%和40.1%" (海南's 2010 政府工作報告, a 繁體 copy, http://crushexpo.com/reports/2010-02/01/content_19346152.htm,
 * held-out set 44) is 存款 and 貸款, as "进、出口总额" is 进口总额 and 出口总额: 35% was labelled 金融機構存.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const labels = (text: string) => extractFigures(text, { asOf: '2009年' }).map((f) => [f.value, f.label]);

describe('a two-character word written once after one-character items', () => {
  it('gives each item its own word (海南 2009, held-out set 44)', () => {
    const got = labels('金融機構存、貸款分別增長35%和40.1%,銀行業盈利40.3億元、增長1.1倍。');
    expect(got[0]).toEqual(['35', '金融機構存款增速']);
    expect(got[1][1]).toContain('貸款');
  });

  it('with a measure after it: 进、出口总额, 存、贷款余额', () => {
    expect(labels('全市进、出口总额分别增长12%和8%。').map(([, l]) => l)).toEqual(['进口总额增速', '出口总额增速']);
    expect(labels('全市存、贷款余额分别达到1200亿元和900亿元。').map(([, l]) => l)).toEqual(['存款余额', '贷款余额']);
  });

  it('not items that hold the word already, nor other kinds', () => {
    expect(labels('全市出口、进口分别增长12%和8%。').map(([, l]) => l)).toEqual(['出口增速', '进口增速']);
    expect(labels('规模以上轻、重工业分别增长5%和6%。').map(([, l]) => l)).toEqual(['规模以上轻工业增速', '重工业增速']);
  });
});
