/**
 * A count right after the names it counts, then 分别 (each of them takes a figure after it), names the group: it is
 * no figure (the lead's convention for class names), and it is none of the last item's name.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 珠海 2011 统计公报 (http://xiaomonv0755.com/tjgb/19gd/24000.html).
const ZHUHAI = '分區域看,香洲、金灣和斗門三個行政區分別實現地區生產總值863.48億元、351.27億元和188.49億元,分別增長10.8%、14.2%和9.0%。';

describe('香洲、金灣和斗門三個行政區分別…', () => {
  it('counts nothing', () => {
    expect(extractFigures(ZHUHAI).map((f) => f.value)).toEqual(['863.48', '351.27', '188.49', '10.8', '14.2', '9.0']);
  });
  it('names each district alone', () => {
    expect(['863.48', '351.27', '188.49'].map((v) => the(ZHUHAI, v).label)).toEqual(['香洲', '金灣', '斗門']);
    expect(the(ZHUHAI, '9.0').label).toBe('斗門增速');
    expect(the('石化、食品、电力三个行业分别增长7.3%、6.8%、15.8%。', '15.8').label).toBe('电力增速');
  });
  it('leaves a count of the named that did something a figure', () => {
    // 湖北 2008 (the corpus's hubei-2008-bulletin-traditional): five industries passed a bound.
    const f = the('其中:鋼鐵、汽車、石化、電子信息、食品五個重點行業實現銷售收入超千億元。', '五');
    expect([f.number, f.kind]).toEqual([5, 'count']);
  });
});
