/**
 * 全旗 and 我旗 (a banner of 内蒙古, a county's peer) name the place a report is about, as 全县 and 我县 do: before a count
 * of firms they are the scope, not what is counted.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a banner as the scope', () => {
  it('乌拉特后旗 2023 1-8月 (held-out set 26): the firms counted, not 全旗', () => {
    const t = '1-8月份,全旗52户规上企业完成工业总产值154.3亿元,同比下降7.4%。';
    expect(the(t, '52', { asOf: '2023年1-8月' }).label).toBe('规上企业');
  });

  it('as 全县 does', () => {
    expect(the('1-8月份,全县52户规上企业完成工业总产值154.3亿元。', '52').label).toBe('规上企业');
  });
});
