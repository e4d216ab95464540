/**
 * Subjects held-out set 18 showed read wrong: 新建投产企业 (new firms, a noun, not 新建 a verb before 投产), a count
 * whose measure follows it ("中有18户产值超亿元": the firms before 中有 are counted), and a list of targets named
 * before 为/是 ("主要预期目标建议为地区生产总值增长8.5%": what each target measures follows). The reports' own words.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('新建投产企业', () => {
  // 宜春市, 上半年 2024.
  const text = '全市63户当年新建投产企业中有18户产值超亿元,新建投产企业对全市规上工业贡献率达到62.6%,拉动规上工业增长7.9个百分点。';
  it('keeps 新建 and 投产 in the noun, and counts the firms before 中有', () => {
    for (const v of ['63', '18', '62.6', '7.9']) expect(the(text, v, { asOf: '2024年上半年' }).label, v).toContain('新建投产企业');
  });

  it('leaves 投产 a verb after what was built', () => {
    expect(the('全市有5个项目建成投产。', '5', { asOf: '2024年' }).label).toBe('项目');
    expect(the('全年新建项目30个。', '30', { asOf: '2024年' }).label).toContain('项目');
  });
});

describe('主要预期目标是/为…', () => {
  it('labels each target with what it measures', () => {
    // 资阳市 政府工作报告, 2015-02-27.
    const text = '主要预期目标建议为地区生产总值增长8.5%,规模以上工业增加值增长9.5%,全社会固定资产投资增长16.7%。';
    expect(the(text, '8.5', { asOf: '2014年' }).label).toBe('地区生产总值增速');
    expect(the('今年主要预期目标是地区生产总值增长8%左右。', '8', { asOf: '2014年' }).label).toBe('地区生产总值增速');
  });

  it('leaves a measure’s own target as it was', () => {
    expect(the('工业增加值目标为500亿元。', '500', { asOf: '2014年' }).label).toContain('工业增加值');
  });
});
