/**
 * A rate written before the growth it measures ("汽车产量继续保持40%以上增长", "实现8%的增长") is a growth rate, with 同比
 * or 环比 between as well ("实现8%的同比增长", "保持8%以上的同比增长"); so is one written in tenths ("保持三成以上的增长",
 * "实现两成增长"), as "利润增长两成" is. A share's rate stays a share ("占比30%的企业增长较快", "近六成行业",
 * "占比三成增长较快").
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('a rate before 的同比增长', () => {
  it('is a growth rate, as before 的增长', () => {
    for (const text of [
      '全市工业增加值实现8%的同比增长。',
      '全市工业增加值保持8%以上的同比增长。',
      '全市工业增加值实现8%的同比较快增长。',
      '全市工业增加值实现8%的增长。',
    ])
      expect(the(text, '8'), text).toMatchObject({ kind: 'growth', label: '工业增加值增速' });
  });

  it('leaves a share a share', () => {
    expect(the('全市工业投资占比30%的企业增长较快。', '30').kind).toBe('share');
  });
});

describe('a rate written before the growth it measures', () => {
  it('is that growth, in % or in tenths', () => {
    expect(the('汽车产量继续保持40%以上增长。', '40')).toMatchObject({ kind: 'growth', label: '汽车产量增速' });
    expect(the('全市汽车销量保持三成以上的增长。', '三')).toMatchObject({ kind: 'growth', label: '汽车销量增速', number: 3 });
  });

  it('stays a share when the tenths are of firms or named a share', () => {
    expect(the('全市近六成行业增长较快。', '六').kind).toBe('share');
    expect(the('占比三成增长较快。', '三').kind).toBe('share');
  });
});

describe('a rate before 的增速 (the rate named after it)', () => {
  it('is a growth rate', () => {
    // An analysis of 吉林's 2009 first half (http://cncmrn.com/channels/official/20090716/162754.html, held-out set 42).
    const jilin =
      '特别是汽车工业在经历了自2008年12月份以来持续低迷甚至负增长的困境后,终于在6月份走出低谷,实现了当月工业增加值13.0%的生产增速(按可比价格计算)。';
    expect(the(jilin, '13.0', { asOf: '2009年上半年' })).toMatchObject({ kind: 'growth', number: 13, period: '2009年6月' });
    // 广西's 2015 industry and informatization summary (test/corpus/guangxi-2015-industry-informatization).
    expect(the('电子信息保持30%的增速,汽车等5个产业实现两位数以上增长。', '30').kind).toBe('growth');
  });

  it('leaves a share a share', () => {
    expect(the('全市工业投资占比30%的企业增速较快。', '30').kind).toBe('share');
  });
});

describe('a share after a verb of making (创造了40%的工业产值)', () => {
  it('is of the noun after 的, as after 实现 or 占', () => {
    // 江苏 2022 高新技术产业 (http://m.qzcns.com/qznews/baoliao/2023/0209/675771.html, held-out set 42).
    const jiangsu = '2022年江苏54家省级以上高新区以占全省6.2%的土地面积创造了40%的工业产值和54%的高新技术产业产值。';
    expect(the(jiangsu, '40')).toMatchObject({ kind: 'share', label: '工业产值' });
    const last = extractFigures(jiangsu).find((f) => f.value === '54' && f.unit === '%');
    expect(last).toMatchObject({ kind: 'share', label: '高新技术产业产值' });
    // 科技部 on 2021's national high-tech zones, a 繁體 copy with spaces around the numbers
    // (http://www.ccyxbj.cn/hyshuju/3fa5258ee3f0c2becfa867cd9d80f248.html).
    const zones = '根據科技部,2021 年,國家高新區以全國 2.5%的建設用地創造了 13.4%的國內生產總值。';
    expect(the(zones, '13.4')).toMatchObject({ kind: 'share', label: '國內生產總值' });
  });
});
