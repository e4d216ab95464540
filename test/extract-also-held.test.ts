/**
 * 也 between a subject and its verb ("…指数也保持在53.0%以上") is an adverb, no part of the measure, as 仍 and 还 are:
 * the label is the measure's name, and an index's value stays a level.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 国家统计局 on 2024年3月 (和讯, http://stock.hexun.com/2024-04-06/212441612.html).
const NBS_2024_03 =
  '在3月份的数据显示,邮政、电信广播电视及卫星传输服务、货币金融服务等行业的商务活动指数均位于60.0%以上的高位景气区间,业务总量实现较快增长。同时,批发、铁路运输、租赁及商务服务等行业的商务活动指数也保持在53.0%以上,景气水平呈现不同程度的回升。';

describe('也 before the verb', () => {
  it('is no part of the label; the index is a level (国家统计局 2024年3月)', () => {
    const x = the(NBS_2024_03, '53.0', { asOf: '2024年3月' });
    expect([x.label, x.kind, x.qualifier]).toEqual(['批发、铁路运输、租赁及商务服务等行业的商务活动指数', 'level', '以上']);
  });
});
