/**
 * A page typeset with a space between a number and its unit ("8.8 %", "306 万吨" were read already): points after a
 * space, and a count's measure word after a space when the figure before took the same one glued.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 国家统计局, 2012年7月份规模以上工业生产 (https://page.lgmi.com/html/201208/09/7522.htm).
describe('a unit after a space', () => {
  it('is read for points', () => {
    const f = the('7月份,工业企业产品销售率为98.2 %,比上年同月下降0.6 个百分点。', '0.6');
    expect([f.unit, f.number, f.kind]).toEqual(['个百分点', -0.6, 'change']);
  });
  it('is read for the measure word the figure before took', () => {
    const f = the('分产品看,7月份,471种产品中有323 种产品同比增长。', '323');
    expect([f.unit, f.kind]).toEqual(['种', 'count']);
  });
  it('is not read for a number and a word that is no unit', () => {
    expect(extractFigures('2019 种植面积稳定。').map((x) => x.value)).toEqual([]);
  });
});

describe('a sentence that sets every unit apart', () => {
  it('gives each number the unit after its space, glued to a verb before it or after a comma (units as the page writes them)', () => {
    // 国家统计局 on 2020, a 繁體 copy glossed with pinyin and spaced (http://www.victorzhang.cn/page/2021/0323/20324584.shtml).
    const text =
      '分行業(yè)看,2020 年,41 個大類行業(yè)中,25 個行業(yè)增加值比上年增長,較前三季度增加5 個,行業(yè)增長面擴大12.2 個百分點(diǎn);分產品看,612 種工業(yè)產品中,341 種產品比上年增長,較前三季度增加58 種,產品增長面擴大9.5 個百分點(diǎn)。';
    const figures = extractFigures(text, { asOf: '2020年' });
    expect(figures.map((f) => [f.value, f.unit])).toEqual([
      ['41', '個'],
      ['25', '個'],
      ['5', '個'],
      ['12.2', '個百分點'],
      ['612', '種'],
      ['341', '種'],
      ['58', '種'],
      ['9.5', '個百分點'],
    ]);
  });
  it('not in a sentence that does so once', () => {
    expect(extractFigures('2019 种植面积稳定,全市新增3家企业。').map((x) => x.value)).toEqual(['3']);
  });
});

describe('a month and its 月 with a space between', () => {
  it('is that month, in a list of months as glued', () => {
    // 国家统计局 on 2020, a spaced 繁體 copy (http://www.victorzhang.cn/page/2021/0323/20324584.shtml).
    const text = '其中,11、12 月出口分別增長9.1%、9.5%,增速明顯回升,達到2019 年以來最高水平。';
    expect(extractFigures(text, { asOf: '2020年' }).map((f) => [f.value, f.period, f.label])).toEqual([
      ['9.1', '11月', '出口增速'],
      ['9.5', '12月', '出口增速'],
    ]);
  });
  it('not a page header’s date ("8 月/6 日")', () => {
    expect(
      extractFigures('吉林日报/2025 年/8 月/6 日/第 006 版\n上半年全市生产总值增长6.4%。', { asOf: '2025年上半年' }).map((f) => f.period),
    ).toEqual(['上半年']);
  });
});
