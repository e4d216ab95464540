/**
 * Places of a rate and places moved: "我市工业增速在全国27个省会城市中排名第3位" is the place of 工业增速 (not of 工业's size),
 * and "同比均提高了10个名次" is 10 places gained (unit 位, as 提高4个位次 and 上升4位 are), of the same rate. A drafted card
 * read it "工业变化 10个".
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('the place of a rate', () => {
  // 郑州 2015 前三季度 (held-out set 36, zhengzhou-2015-q3-industry).
  const ZHENGZHOU =
    '记者昨日从市工业和信息化委员会获悉,预计前三季度,我市工业增速在全国27个省会城市中排名第3位,在35个大中城市中排第4位,同比均提高了10个名次,实现跨越式发展。';

  it('is labelled with the rate, and the places gained are 位', () => {
    expect(the(ZHENGZHOU, '3').label).toBe('工业增速位次');
    expect(the(ZHENGZHOU, '4').label).toBe('工业增速位次');
    expect(the(ZHENGZHOU, '10')).toMatchObject({ unit: '位', kind: 'change', number: 10, label: '工业增速位次变化' });
  });

  it('增幅 alike; a measure’s own place keeps no rate word', () => {
    // 竹山 2011 (zhushan-2011-industry).
    const ZHUSHAN = '全县规模以上工业增加值增幅位居全市第一位、全省第11位。';
    expect(the(ZHUSHAN, '一').label).toBe('规模以上工业增加值增幅位次');
    expect(the('全市规模以上工业增加值总量居全省第3位。', '3').label).toBe('规模以上工业增加值位次');
  });

  it('名次 as a count elsewhere stays a count', () => {
    expect(the('全市共有3个名次进入全国前十。', '3').unit).toBe('个');
  });
});
