/**
 * One measure of many places told in tiers of 分别 lists, and the places a paragraph names one by one before them: one
 * chart of all, in the report's order, each bar named by its place alone and the chart by what it measures. Sentences
 * of real reports of the genre (test/corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { draftBundle } from '../src/main/store/draft';

function charts(text: string, asOf: string) {
  const b = draftBundle(
    { key: 't', title: '导入的报告', organisation: '统计局', published: '', asOf },
    text,
    extractFigures(text, { asOf }),
  );
  const value = new Map(b.figures.map((f) => [f.key, f.valueText]));
  return b.deck.slides
    .filter((s) => s.chart)
    .map((s) => ({
      slide: s.title,
      title: s.chart!.title,
      bars: s.chart!.series.map((x) => `${x.label}=${'figure' in x ? value.get(x.figure) : ''}`),
    }));
}

// test/corpus/guizhou-2021-q3-prefectures.txt (its numbers set off by spaces, as the page writes them).
const GUIZHOU = [
  '分市州看,在经济总量方面,今年前三季度,贵阳地区生产总值为 3102.44 亿元,占全省的比重为 22.2%,占比较上年同期回落 0.8 个百分点;遵义地区生产总值 3037.87 亿元,占全省的比重为 21.7%,占比较上年同期提高 0.6 个百分点。该地区生产总值首次突破 3000 亿元,同比增速位居 9 个市(州)首位;毕节超过 1500 亿元,达到 1585.86 亿元;黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间,分别为 1310.35、1098.90、1081.33、1050.40 亿元;黔东南、安顺低于 1000 亿元,分别为 899.22、819.17 亿元。',
  '在同比增速方面。遵义、黔西南、安顺地区生产总值比上年同期保持两位数增长,分别增长 11.7%、11.5%、11.3%,位居前列;铜仁、黔南、六盘水分别增长 9.9%、9.8%、9.7%,排名居中;毕节、黔东南、贵阳分别增长 7.6%、5.7%、4.8%,排名靠后。',
].join('\n');

describe('places told in tiers', () => {
  it('are one chart of every place, the lists and the places named one by one, never the bounds (贵州 2021 by 市州)', () => {
    const all = charts(GUIZHOU, '2021年1-9月');
    const levels = all.find((c) => c.bars.includes('贵阳=3102.44'));
    expect(levels?.bars).toEqual([
      '贵阳=3102.44',
      '遵义=3037.87',
      '毕节=1585.86',
      '黔南=1310.35',
      '铜仁=1098.90',
      '六盘水=1081.33',
      '黔西南=1050.40',
      '黔东南=899.22',
      '安顺=819.17',
    ]);
    // Titled by the report's turn to its places and their measure, not by one tier's clause.
    expect(levels?.title).toMatch(/分市州地区生产总值（亿元）$/u);
    const rates = all.find((c) => c.bars.includes('遵义=11.7'));
    expect(rates?.bars).toEqual([
      '遵义=11.7',
      '黔西南=11.5',
      '安顺=11.3',
      '铜仁=9.9',
      '黔南=9.8',
      '六盘水=9.7',
      '毕节=7.6',
      '黔东南=5.7',
      '贵阳=4.8',
    ]);
    expect(rates?.slide).toMatch(/分市州地区生产总值增速$/u);
    expect(all.some((c) => /分别增长/u.test(c.slide))).toBe(false);
  });

  it('titles the three industries as such, never by a rate averaged over two years (贵州 2021)', () => {
    const text =
      '统计显示,今年前三季度,我省地区生产总值 13985.53 亿元,同比增长 8.7%,两年平均增长 5.9%。其中,第一产业增加值 1993.65 亿元,增长 7.7%,两年平均增长 6.9%;第二产业增加值 4833.84 亿元,增长 9.2%,两年平均增长 5.7%;第三产业增加值 7158.04 亿元,增长 8.6%,两年平均增长 5.7%。';
    const all = charts(text, '2021年1-9月');
    const levels = all.find((c) => c.bars.some((b) => b.endsWith('=1993.65')));
    expect(levels?.title).toBe('前三季度三次产业增加值（亿元）');
    expect(levels?.slide).not.toMatch(/^两年平均/u);
    // Each part's rate of the year and its two-year average: two charts, the second saying so, never six bars side by side.
    expect(all.find((c) => c.bars.some((b) => b.endsWith('=7.7')))).toMatchObject({
      title: '前三季度三次产业增加值增速（%）',
      bars: ['第一产业增加值=7.7', '第二产业增加值=9.2', '第三产业增加值=8.6'],
    });
    expect(all.find((c) => c.bars.some((b) => b.endsWith('=6.9')))).toMatchObject({
      slide: '前三季度三次产业增加值增速（两年平均）',
      title: '前三季度三次产业增加值增速（两年平均，%）',
      bars: ['第一产业增加值=6.9', '第二产业增加值=5.7', '第三产业增加值=5.7'],
    });
  });

  it('counts places of one rank by it (河北 2014: 用电量 of seven cities, rising then falling)', () => {
    // test/corpus/hebei-2014-04-electricity.txt
    const text =
      '分地区看,1-4月份,定州市、承德市、邢台市用电量同比分别增长46%、8.99%和4.53%;辛集市、秦皇岛市、唐山市、邯郸市用电量同比分别下降17.7%、3.88%、0.77%、0.34%。';
    const [c] = charts(text, '2014年1-4月');
    expect(c.bars).toEqual(['定州市=46', '承德市=8.99', '邢台市=4.53', '辛集市=17.7', '秦皇岛市=3.88', '唐山市=0.77', '邯郸市=0.34']);
    expect(c.title).toMatch(/用电量增速/u);
  });

  it('leaves out a part of a place and a class of firms (宁夏 2024, 岳阳 2017)', () => {
    // test/corpus/ningxia-2024-h1-industry.txt
    const ningxia = charts(
      '今年上半年重点地区拉动明显,银川市规上工业增加值同比增长16.8%,其中宁东基地增长28%,高于全区15.2个百分点,依然是拉动全区增长的主力地区。固原市、中卫市实现较快增长,分别增长14.9%和10.6%;吴忠市增长9.6%,保持平稳运行;石嘴山市增长5.2%。',
      '2024年1-6月',
    );
    expect(ningxia.flatMap((c) => c.bars)).not.toContain('宁东基地=28');
    // test/corpus/yueyang-2017-05-industry.txt
    const yueyang = charts(
      '地方规模工业增加值同比增长10.4%,高于全市规模工业增加值增速3.7个百分点;湘阴县、平江县、汨罗市分别增长8.5%,8.4%,7.6%,增速排名全市前三位。',
      '2017年1-5月',
    );
    expect(yueyang.flatMap((c) => c.bars).some((b) => b.startsWith('地方规模'))).toBe(false);
  });

  it('counts places of several ranks as places (保定 2021: 徐水区, 莲池区, 涿州市, 顺平县)', () => {
    // test/corpus/baoding-2021-07-industry.txt
    const text =
      '1-7月,22个县(市、区)规上工业增加值同比均实现正增长。其中,4个县(市、区)增速超过30%,分别为徐水区51.5%、莲池区47.2%、涿州市33.5%、顺平县30%;12个县(市、区)增速超过15%。';
    const c = charts(text, '2021年1-7月').find((x) => x.bars.includes('徐水区=51.5'));
    expect(c?.title).toMatch(/徐水区等4地/u);
    expect(c?.title).not.toMatch(/等4项/u);
  });
});
