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
