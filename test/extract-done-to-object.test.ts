/**
 * A verb of doing opening its clause, then only what it is done to ("减少政府支出债务6.53亿元"), names the amount done:
 * its label is verb and object, as "压减钢铁产能325万吨" already was (the verb no MARKER word there), not the subject of
 * a sentence or heading before (沅陵 2018 政府工作报告, held-out set 33; the 2017 national 政府工作报告's targets).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const YUANLING =
  '一、2018年工作回顾\n(一)“三大攻坚战”初战告捷。防范化解重大风险有力有为。防控政府性债务风险方面,全面**清政府债务底数,将政府性债务纳入预算管理,综合债务率在可控范围内;剥离平台公司政府融资职能,推动平台公司市场化转型;落实“停缓调撤”政策,减少政府支出债务6.53亿元。';
// 2017年政府工作报告 (a 600-character digest, traditional).
const NATIONAL = '二、今年目標\n再減少企業稅負3500億元左右、涉企收費約2000億元;再減少農村貧困人口1000萬以上。';

describe('a verb and what it is done to', () => {
  it('label the amount done, a level', () => {
    expect(the(YUANLING, '6.53', { asOf: '2018年' })).toMatchObject({ label: '减少政府支出债务', kind: 'level', number: 6.53 });
    expect(the(NATIONAL, '3500', { asOf: '2017年' }).label).toContain('企業稅負');
    expect(the(NATIONAL, '1000', { asOf: '2017年' }).label).toContain('農村貧困人口');
  });

  it('not a change of a subject named before it, nor 增加值', () => {
    expect(the('全市工业增加值增长5%,比上年减少1.2亿元。', '1.2').number).toBe(-1.2);
    expect(the('全市实现增加值120亿元。', '120').label).toBe('增加值');
  });
});
