/**
 * Among a report's estimates (预计…), what is known as it is written stays a result: how many places a rank is held
 * among, and the place held at the time compared with, written in brackets after it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

// 郑州 2015 前三季度 (郑州日报, https://zzrb.zynews.cn/html/2015-10/16/content_691307.htm; test/corpus/zhengzhou-2015-q3-industry).
const ZHENGZHOU_2015 =
  '据预计,1至9月,全市规模以上工业增加值累计完成2330亿元左右,同比增长10.2%左右,在全国27个省会城市中排名第3位、35个大中城市中排名第4位,同比均提升10个名次;在全省18个省辖市中排名第3位,较去年同期(第15位)提高12位。';

describe('known among estimates', () => {
  // Extracted inside each test, not while the file loads: a mutation run pins the extractor's code to the tests that
  // reach it only when they reach it inside a test (docs/mutation.md).
  const status = (value: string, unit: string) =>
    extractFigures(ZHENGZHOU_2015, { asOf: '2015年1-9月' })
      .filter((x) => x.value === value && x.unit === unit)
      .map((x) => x.status);

  it('the count of places a rank is held among (在全国27个省会城市中排名) is a result', () => {
    expect(status('27', '个')).toEqual(['actual']);
    expect(status('35', '个')).toEqual(['actual']);
    expect(status('18', '个')).toEqual(['actual']);
  });

  it('so is the place held a year before, in brackets after 较去年同期; the places now are estimates', () => {
    expect(status('15', '位')).toEqual(['actual']);
    expect(status('3', '位')).toEqual(['estimate', 'estimate']);
    expect(status('12', '位')).toEqual(['estimate']);
    expect(status('2330', '亿元')).toEqual(['estimate']);
  });
});
