/**
 * Months that had something, counted (共有N个月…), are a count, not a length of time: "全年共有7个月工业单月产值超过200亿元"
 * (十堰 2020, 市经信局 figures, held-out set 36). A length of time (工期6个月) stays a level; a streak (连续4个月) no figure.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract/index';
import { the } from './extract-helpers';

describe('months counted', () => {
  it('are a count after 共有', () => {
    const text = '从月份来看,全年共有7个月工业单月产值超过200亿元,其中单月产值最高达到236.1亿元。';
    expect(the(text, '7', { asOf: '2020年' }).kind).toBe('count');
  });

  it('leave a length of time a level and a streak no figure', () => {
    const text = '汽车工业连续4个月保持两位数以上增长,新厂房工期6个月。';
    expect(extractFigures(text).map((f) => [f.value, f.kind])).toEqual([['6', 'level']]);
  });
});
