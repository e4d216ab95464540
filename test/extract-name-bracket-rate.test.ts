/**
 * A rate opening a bracket right after a name, only its verb before it, is that name's: "增长贡献率最大的三个行业分别是
 * 电气机械和器材制造业(同比增长5.9%,贡献率为28.1%),…" (中山市统计局 on 2022年1-2月, held-out set 39); the list's
 * 行业 was read as the subject of all three.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const ZHONGSHAN =
  '分行业看,1-2月增加值同比增速超全市平均水平的行业有14个,其中增长贡献率最大的三个行业分别是电气机械和器材制造业(同比增长5.9%,贡献率为28.1%),计算机、通信和其他电子设备制造业(同比增长7.0%,贡献率为15.9%),文教、工美、体育和娱乐用品制造业(同比增长20.1%,贡献率为12.2%),三大行业贡献率达56.2%,共拉动规上工业增长2.8个百分点。';

describe('a name, then its rate in a bracket after a verb', () => {
  it('is the name’s rate, and the bracket’s next figure its too', () => {
    expect(the(ZHONGSHAN, '5.9', { asOf: '2022年1-2月' }).label).toBe('电气机械和器材制造业增速');
    expect(the(ZHONGSHAN, '7.0').label).toBe('计算机、通信和其他电子设备制造业增速');
    expect(the(ZHONGSHAN, '20.1').label).toBe('文教、工美、体育和娱乐用品制造业增速');
    expect(the(ZHONGSHAN, '12.2').label).toContain('文教、工美、体育和娱乐用品制造业');
    expect(the(ZHONGSHAN, '56.2').label).toBe('三大行业贡献率');
  });

  it('after 有 too, and not a place’s rate written in brackets after a figure', () => {
    const picked = '增长较快的有电气机械和器材制造业(同比增长5.9%),计算机、通信和其他电子设备制造业(增长7.0%)。';
    expect(the(picked, '7.0').label).toBe('计算机、通信和其他电子设备制造业增速');
    // (The first, its bracket within 40 characters of the sentence's start: the name is read from the start.)
    expect(the(picked, '5.9').label).toBe('电气机械和器材制造业增速');
    const place = '全市规模以上工业增加值同比增长16.5%(全国增长4.4%)。';
    expect(the(place, '4.4').label).toMatch(/^全国/u);
  });
});
