/**
 * Words around a measure that are not what it measures, and measures named by a word the rules did not know
 * (held-out set 16): 增加值累计占比 is the share of the measure whose rates came before (荆门 2024); 升幅 is the
 * rise's rate, as 增幅 is (江苏 2016); 可 before 实现 and 去年 before it are neither (萧县 2011).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('measures and the words around them', () => {
  it('增加值累计占比 and its change are the industry\'s (荆门 2024)', () => {
    const text =
      '汽车制造业增加值同比增长55.8%,增速高于全市规上工业44.8个百分点,增加值累计占比11.2%,较上年同期提高3.1个百分点;电气机械和器材制造业增加值同比增长42.6%,增速高于全市规上工业31.6个百分点,增加值累计占比12.0%,较上年同期提高2.3个百分点。';
    expect(labels(text, ['11.2', '3.1', '12.0', '2.3'])).toEqual([
      '汽车制造业增加值累计占比',
      '汽车制造业增加值累计占比变化',
      '电气机械和器材制造业增加值累计占比',
      '电气机械和器材制造业增加值累计占比变化',
    ]);
  });

  it('升幅 after a rise is that measure\'s rate (江苏 2016)', () => {
    const text = '前5个月,全省规模以上工业企业产成品库存同比上升1.8%,升幅较前4个月扩大0.9个百分点。';
    expect(labels(text, ['0.9'])[0]).toContain('产成品库存');
  });

  it('drops 可 and 去年 before 实现 from the measure (萧县 2011)', () => {
    const text = '大力发展农副产品加工业,2011年可实现工业产值138.3亿元,增长60.4%;同时主攻建材工业,去年可实现工业产值59.05亿元。';
    expect(labels(text, ['138.3', '59.05'])).toEqual(['工业产值', '工业产值']);
  });
});
