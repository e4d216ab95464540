/**
 * A bound said before what a share is of: "九成企业生产水平超过正常水平的80%" keeps 超过 (九江 2020, held-out set
 * 18), as "产值同比增长超过20%" does; "达到正常水平的90%" names no bound.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('超过…的 X%', () => {
  it('keeps the bound as the share’s qualifier', () => {
    const text = '开工企业中,有八成企业生产水平超过正常水平,九成企业生产水平超过正常水平的80%,均比2月大幅提高。';
    const f = the(text, '80', { asOf: '2020年1-3月' });
    expect([f.qualifier, f.kind]).toEqual(['超过', 'share']);
    expect(the('人均收入不足全国平均水平的60%。', '60').qualifier).toBe('不足');
  });

  it('names none after 达到', () => {
    expect(the('产值达到正常水平的90%。', '90').qualifier).toBeNull();
  });
});
