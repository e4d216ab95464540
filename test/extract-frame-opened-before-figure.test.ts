/**
 * 在 opening a frame that closes right after the figure's number (…的情况下, …的背景下) is no part of the figure's
 * subject: "实现利润8643亿元,在采掘业利润比2011年减少1000多亿元的情况下,我省工业利润占全国比重保持稳定" (山东's 2016
 * industry report, test/corpus/shandong-2016-industry.txt) is a fall of 采掘业利润, not of 在采掘业利润. Found from the
 * survivors of extract-subject's mutation run (session 31: figure-subject.ts, the share within a whole,
 * `!property && entity.charCodeAt(0) === 0x5728 && SHARE_WITHIN.test(entity)`, whose || mutant read every subject opening
 * with 在 as a property).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHANDONG =
  '2016年,全省规模以上工业实现主营业务收入14.6万亿元,是2011年的近1.5倍,占全国比重从2011年的12.15%增长到13%;' +
  '实现利润8643亿元,在采掘业利润比2011年减少1000多亿元的情况下,我省工业利润占全国比重保持稳定。';

describe('a frame 在…的情况下 around a figure', () => {
  it('"在采掘业利润比2011年减少1000多亿元的情况下" is a fall of 采掘业利润', () => {
    const f = the(SHANDONG, '1000', { asOf: '2016年' });
    expect([f.label, f.number, f.kind, f.qualifier]).toEqual(['采掘业利润变化', -1000, 'change', '多']);
  });

  it('a share within a whole named with 在…中 is still the subject before’s (常州 2014 上半年)', () => {
    const text = '高新技术产业完成投资357.1亿元,在工业投资中的占比为42.2%。';
    expect(the(text, '42.2').label).toMatch(/^高新技术产业/u);
  });
});
