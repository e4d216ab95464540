/**
 * Places listed in brackets after a comparison, each with its value ("(全国6.3%、四川省8.1%、眉山市13.0%)"): the first,
 * its value right after it, is that place's rate of the measure before, not the report's own; the next items keep
 * their names without the 、 before them.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('places listed in brackets', () => {
  // 丹棱 2015 上半年 (https://www.scdl.gov.cn/info/1155/32104.htm).
  const DANLING =
    '1-6月全县规模以上工业增加值增速17.5%,居全市第二,超确保目标9个百分点,远远高于全国、全省、全市水平(全国6.3%、四川省8.1%、眉山市13.0%)。';

  it('the first is the place’s, not the county’s own', () => {
    expect(labels(DANLING, ['17.5', '6.3', '8.1', '13.0'])).toEqual([
      '规模以上工业增加值增速',
      '全国规模以上工业增加值增速',
      '四川省增速',
      '眉山市增速',
    ]);
  });

  it('one place alone in brackets, as before', () => {
    expect(labels('全市规模以上工业增加值增长9.2%(全国6.3%),增速居全省第三。', ['9.2', '6.3'])).toEqual([
      '规模以上工业增加值增速',
      '全国规模以上工业增加值增速',
    ]);
  });
});
