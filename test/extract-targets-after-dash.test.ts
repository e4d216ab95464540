/** Targets listed after "目标任务——" (重庆 2012, held-out set 35): each figure after the dash is a target. */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 新华网 via 网易政务, 2012-12-14 (held-out set 35).
const CHONGQING =
  '记者12月13日从重庆市经信委获悉,重庆已确立未来5年推进新型工业化的具体目标任务——形成七大千亿级产业集群和30个百亿级产业集群,累计完成工业投资1.6万亿元,实现销售产值4万亿元。到2017年,我市将基本构建起现代产业体系。';

describe('目标任务——', () => {
  it('makes the figures after it targets', () => {
    for (const v of ['30', '1.6', '4']) expect(the(CHONGQING, v, { asOf: '2012年1-10月' }).status).toBe('target');
  });

  it('not when the targets were met (made up)', () => {
    expect(the('全市全面完成年度目标任务——规模以上工业增加值增长8.2%。', '8.2', { asOf: '2012年' }).status).toBe('actual');
  });
});
