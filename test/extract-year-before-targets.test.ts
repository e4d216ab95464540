/**
 * A text naming no year of its own that speaks of the year just past (刚刚过去的) and names the next year's targets
 * ("2017年预期目标是") is about the year before them. Its congress session, a sixth (十二届人大六次会议), is no figure and
 * names no year: a province's term may sit more than five times. 吉林 2016 (held-out set 18,
 * test/corpus/jilin-2016-economy.txt, http://gkcyc.com/news/jingji/677285.html).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures, reportPeriod } from '../src/shared/extract';

const JILIN =
  '在15日开幕的吉林省十二届人大六次会议上,吉林省代省长刘国中介绍,刚刚过去的该省地区生产总值预计增长6.9%。\n' +
  '其它数据显示,吉林省预计规模以上工业增加值增长6.3%,固定资产投资增长10%,社会消费品零售总额增长9.8%。\n' +
  '吉林官方制定的2017年预期目标是,地区生产总值增长7%左右,地方级财政收入增长3%左右。“在实际工作中,我们一定全力以赴,争取更好结果。”刘国中说。\n';

describe('the year before the targets named', () => {
  it('is the report’s year', () => {
    expect(reportPeriod(JILIN).year).toBe(2016);
  });

  it('gives the figures naming no time that year, the targets theirs', () => {
    const read = () => extractFigures(JILIN);
    expect(read().map((f) => [f.value, f.period])).toEqual([
      ['6.9', '2016年'],
      ['6.3', '2016年'],
      ['10', '2016年'],
      ['9.8', '2016年'],
      ['7', '2017年'],
      ['3', '2017年'],
    ]);
  });

  it('not without the year just past: a year’s targets alone name no year of the report', () => {
    expect(reportPeriod(JILIN.replace('刚刚过去的该省', '该省')).year).toBeUndefined();
  });
});
