/**
 * A 统计公报's chart and table captions number themselves before a colon: "图1:2011-2015年全县地区生产总值及增长速度"
 * is no ratio 1:2011 and holds no figure; a ratio after a caption's words is still one.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

// 丹寨县 2015 统计公报 (https://www.qdndz.gov.cn/zwgk/zfsj/tjxx/tjgb/202303/t20230321_78642252.html).
const DANZHAI =
  '初步测算,2015年全县地区生产总值244394万元,比上年增长13.1%。人均地区生产总值为19967元,比上年增长13.1%。\n' +
  '图1:2011-2015年全县地区生产总值及增长速度\n' +
  '2015年三次产业结构比为25.72:26.84:47.44,与上年比,第一产业占地区生产总值的比重上升3.82个百分点。\n' +
  '图2:2011-2015三次产业增加值占地区生产总值比重(%)\n' +
  '二、农 业\n农业增加值32586万元,同比增长9.9%。';

describe('a caption’s number', () => {
  it('is no part of a ratio and no figure', () => {
    const values = extractFigures(DANZHAI).map((x) => x.value);
    expect(values).not.toContain('1');
    expect(values).not.toContain('2');
    expect(values).not.toContain('2011');
    expect(values).toEqual(['244394', '13.1', '19967', '13.1', '25.72', '26.84', '47.44', '3.82', '32586', '9.9']);
  });

  it('while a ratio is read as before, after 表 only where it numbers a caption', () => {
    const found = extractFigures('表1:2023年全市工业主要指标\n全市轻重工业之比为1:3。', { asOf: '2023年' });
    expect(found.map((x) => x.value)).toEqual(['1', '3']);
    expect(found.every((x) => x.kind === 'share')).toBe(true);
  });
});
