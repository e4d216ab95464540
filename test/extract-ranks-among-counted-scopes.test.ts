/**
 * A place held among a counted scope, in a clause that 在 opens, is the place of the measure before it, not of the
 * places counted: "全市规模以上工业增加值累计完成2330亿元左右,同比增长10.2%左右,在全国27个省会城市中排名第3位、35个
 * 大中城市中排名第4位,…;在全省18个省辖市中排名第3位,较去年同期(第15位)提高12位" (郑州日报 on 市工信委 estimates for
 * 2015 1-9月, held-out set 36). The next counted scope of a list (、35个大中城市中…) places the same measure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract/index';

const ZHENGZHOU =
  '据预计,1至9月,全市规模以上工业增加值累计完成2330亿元左右,同比增长10.2%左右,在全国27个省会城市中排名第3位、35个大中城市中排名第4位,同比均提升10个名次;在全省18个省辖市中排名第3位,较去年同期(第15位)提高12位。';

describe('a place among a counted scope that 在 opens', () => {
  it('is the place of the measure before', () => {
    const ranks = extractFigures(ZHENGZHOU, { asOf: '2015年1-9月' }).filter((f) => f.unit === '位');
    // (提升10个名次: places gained, unit 位.)
    expect(ranks.map((f) => f.value)).toEqual(['3', '4', '10', '3', '15', '12']);
    for (const f of ranks) expect(f.label.startsWith('规模以上工业增加值')).toBe(true);
  });

  it('keeps the subject named before 在 in the same clause (杭州 2011)', () => {
    const text = '2011年1-11月,我市规模以上工业销售产值在全国15个副省级城市中位居第四,继续居于相对领先地位。';
    const rank = extractFigures(text).find((f) => f.unit === '位');
    expect(rank?.label).toBe('规模以上工业销售产值位次');
  });

  it('counts the places named after the count, not the measure placed among them', () => {
    const counts = extractFigures(ZHENGZHOU, { asOf: '2015年1-9月' }).filter((f) => f.unit === '个' && f.kind === 'count');
    expect(counts.map((f) => [f.value, f.label])).toEqual([
      ['27', '省会城市'],
      ['35', '大中城市'],
      ['18', '省辖市'],
    ]);
    const own = extractFigures('预计前三季度,我市工业增速在全国27个省会城市中排名第3位。').find((f) => f.value === '27');
    expect(own?.label).toBe('省会城市');
  });

  it('gives places gained (提升10个名次) to the measure whose place was given', () => {
    const moved = extractFigures(ZHENGZHOU, { asOf: '2015年1-9月' }).find((f) => f.value === '10');
    expect(moved?.label).toBe('规模以上工业增加值位次变化');
    const own = extractFigures('预计前三季度,我市工业增速在全国27个省会城市中排名第3位,同比均提高了10个名次。').find(
      (f) => f.value === '10',
    );
    expect(own?.label.startsWith('工业')).toBe(true);
  });
});
