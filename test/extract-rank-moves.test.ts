/**
 * "排名上升3位", "前移6位": places gained are the change of a rank (综合实力位次变化). With no subject and no heading
 * before it, the rank is named by the placeholder every subject-less figure has, 数据.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('places gained', () => {
  it('are a rank’s change, of the subject named', () => {
    expect(the('综合实力排名上升3位。', '3').label).toBe('综合实力位次变化');
  });

  it('are of 数据 when nothing names the subject', () => {
    expect(the('排名上升3位。', '3')).toMatchObject({ kind: 'change', label: '数据位次变化' });
    expect(the('较上年前移6位。', '6').label).toBe('数据位次变化');
  });
});

describe('the time of places gained', () => {
  it('is the rank’s, in the clause right after it that only compares ("…列第9位,比上年末前移2位")', () => {
    // An analysis of 吉林's 2009 first half (http://cncmrn.com/channels/official/20090716/162754.html, held-out set 42).
    const jilin = '6月份增速在全国排第6位,比上年12月前移10位,而累计增速在全国列第9位,比上年末前移2位。';
    const two = the(jilin, '2', { asOf: '2009年上半年' });
    expect([two.kind, two.period]).toEqual(['change', '2009年上半年']);
    expect(the(jilin, '10', { asOf: '2009年上半年' }).period).toBe('6月');
    // 内蒙古 2023 1-8月 (test/corpus/neimenggu-2023-08-industry).
    const nmg = '累计增速高于全国(3.9%)3.6个百分点,居全国第5位,较上月提升2位。';
    expect(the(nmg, '2', { asOf: '2023年1-8月' }).period).toBe('2023年1-8月');
  });

  it('not a clause naming its own rank, nor a move from a rank compared with in its own clause', () => {
    // 南通 2019 1-8月 (test/corpus/nantong-2019-08-industry).
    const nantong = '规模工业增加值8月当月增长8.9%,当月增幅列全省第三,累计增幅位次较一季度前移6位至全省并列第六。';
    expect(the(nantong, '6', { asOf: '2019年1-8月' }).period).toBe('2019年1-8月');
    // 广东 2010 (test/corpus/guangdong-2010-industry-informatization).
    const guangdong = '把广东按单独经济体排位,制造业增加值位列世界第7位,排在英国之前、法国之后,比2005年的第16位大幅提升了9位。';
    expect(the(guangdong, '9', { asOf: '2010年' }).period).toBe('2010年');
  });
});
