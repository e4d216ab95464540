/**
 * "小微企业增加值增速(11.0%)快于大型(3.6%)和中型企业(4.7%)" (seen on a held-out report in session 29: 大型增速 and
 * 大型和中型企业增速): a rate in brackets right after a kind of firm or industry that the rate before is compared with is
 * that kind's value of the same measure; a kind written short (大型) takes the head of the owner compared with (企业).
 * A kind named in full (国有企业, 集体企业) is that kind whatever the owner compared is ("全市规上工业增加值增长7.5%,快于国有
 * 企业(3.6%)和集体企业(4.7%)", seen on an imported deck in session 33). A time, a place, an average or a target compared
 * with is no kind (its own rules read those).
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

  it('a kind named in full, whatever the owner compared is; 国有企业 is a kind', () => {
    // (The form seen on an imported deck, session 33: 4.7% was 国有企业和集体企业增速, 3.6% had no measure.)
    expect(labels('全市规上工业增加值增长7.5%,快于国有企业(3.6%)和集体企业(4.7%)。', ['3.6', '4.7'])).toEqual([
      '国有企业增加值增速',
      '集体企业增加值增速',
    ]);
    expect(labels('股份制企业增长9.1%,快于国有企业(3.6%)和集体企业(4.7%)。', ['3.6', '4.7'])).toEqual(['国有企业增速', '集体企业增速']);
  });

  it('not a time, a place or an average compared with', () => {
    expect(labels('规上工业增加值增长8%,高于上年(6.6%)和一季度(5%)。', ['6.6', '5'])).toEqual(['规上工业增加值增速', '规上工业增加值增速']);
    expect(labels('规上工业增加值增长8%,高于全省平均增速(6.6%)。', ['6.6'])[0]).toContain('全省');
    expect(labels('从位次看,在中部排第3位,低于安徽(9.2%)、江西(9%)。', ['9.2', '9'])).toEqual(['安徽增速', '江西增速']);
  });
});
