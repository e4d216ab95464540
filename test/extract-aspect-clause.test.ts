/**
 * A clause "X方面," before a figure's clause names the measure the figure is of, as a bare "X," does: the measure, not
 * the subject of the sentence before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('an aspect clause before the figure', () => {
  it('盘山县 2022 (held-out set 26): 地区生产总值方面, not the income of the sentence before', () => {
    const t =
      '预计全年:农村居民人均可支配收入实现24068元,同比增长3.5%。我们的发展态势得到明显改善。地区生产总值方面,降幅较年初收窄24个百分点,当季同比增长15.4个百分点。';
    expect(the(t, '24', { asOf: '2022年' }).label).toContain('地区生产总值');
  });

  it('as the bare measure does', () => {
    expect(the('投资方面,降幅较上月收窄2个百分点。', '2').label).toContain('投资');
  });

  it('of a measure of two characters, without 方面', () => {
    expect(the('投资方面,同比增长5%。', '5').label).toBe('投资增速');
    expect(the('工业方面,规模以上增加值同比增长6.2%。', '6.2').label).not.toContain('方面');
  });
});
