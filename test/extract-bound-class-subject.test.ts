/**
 * Firms picked out by a bound with no number of its own ("亿元以上企业") are what a count of them counts, the bound
 * kept in their name; the measure the bound is on (产值达到…) is not the subject.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a bound with no number before the firms it picks out', () => {
  it('乌拉特后旗 2023 1-8月 (held-out set 26): 亿元以上企业, not 产值', () => {
    const t = '1-8月份,全旗52户规上企业完成工业总产值154.3亿元。分企业看,产值达到亿元以上企业共15户,占全部工业产值的93.1%。';
    expect(the(t, '15', { asOf: '2023年1-8月' }).label).toBe('亿元以上企业');
    expect(the(t, '93.1', { asOf: '2023年1-8月' }).label).toContain('亿元以上企业');
  });

  it('a bound with its number is left out as before', () => {
    expect(the('销售收入超过10亿元的企业达到120户。', '120').label).toBe('企业');
  });
});
