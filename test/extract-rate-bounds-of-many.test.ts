/**
 * A bound every one of several things passes, written with 均/都 before 在: "華晨寶馬、遼陽石化…等產值增長均在20%以上"
 * (遼寧 2019, held-out set 21), "多数行业增速均在10%以上" are rates of growth, as "同比增长在41%以上" is; a share
 * written so ("占比均在50%以上") stays a share.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('均在 / 都在 before a rate', () => {
  it('after 增長 is a growth (遼寧 2019, traditional)', () => {
    const f = the('華晨寶馬、遼陽石化、英特爾、浩業化工、輝瑞制藥、營口忠旺等產值增長均在20%以上。', '20', { asOf: '2019年一季度' });
    expect([f.kind, f.qualifier]).toEqual(['growth', '以上']);
  });

  it('after 增速 or 增长 is a growth, after 占比 a share', () => {
    expect(the('41个大类行业中多数行业增速均在10%以上。', '10').kind).toBe('growth');
    expect(the('三家企业产值增长都在15%以上。', '15').kind).toBe('growth');
    expect(the('两区工业占比均在50%以上。', '50').kind).toBe('share');
  });
});
