/**
 * A consumer price level or index held under a cap in % is its rise, as "居民消费价格涨幅控制在3.5%" is: "居民消费价格指数
 * 控制在3.5%以内" (五莲县's 2013 targets in its 政府工作报告 on 2012, http://sdmsw.com.cn/sh/wl/2013-01/10595.html,
 * held-out set 45) was read as the index's value, a level.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string, asOf: string) => extractFigures(text, { asOf }).map((f) => [f.value + f.unit, f.kind, f.status]);

describe('a price index or level held under a cap in %', () => {
  it('is a growth: "居民消费价格指数控制在3.5%以内" (五莲 2012, held-out set 45)', () => {
    expect(read('2013年的主要预期目标是:生产总值增长13%,居民消费价格指数控制在3.5%以内,人口自然增长率控制在3‰以内。', '2012年')).toEqual([
      ['13%', 'growth', 'target'],
      ['3.5%', 'growth', 'target'],
      ['3‰', 'share', 'target'],
    ]);
  });

  it('so is the price level held at about 3%', () => {
    expect(read('今年主要预期目标:居民消费价格总水平控制在3%左右。', '2013年')).toEqual([['3%', 'growth', 'target']]);
  });

  it("but an index's own value stays a level: 102.1, and a cap written as the index (103%)", () => {
    expect(read('居民消费价格总水平上涨2.1%,居民消费价格指数为102.1。', '2013年')).toEqual([
      ['2.1%', 'growth', 'actual'],
      ['102.1', 'level', 'actual'],
    ]);
    expect(read('全年居民消费价格指数控制在103%以内。', '2013年').map((f) => f[1])).toEqual(['level']);
  });
});
