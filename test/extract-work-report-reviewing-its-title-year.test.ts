/**
 * A work report titled with a year is most often given early that year and reviews the year before ("2017年汉中市人民政府
 * 工作报告"). Not when its review heading is followed by a line opening on that same year: "2019年梨树县政府工作报告 …
 * 过去一年政府工作成效显著\n2019年,是我县经济社会发展非同寻常的一年" (梨树县, held-out set 56) reviews 2019.
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/shared/extract';
import { the } from './extract-helpers';

// 梨树县 (吉林四平), 县第十八届人民代表大会第四次会议.
const LISHU = [
  '2019年梨树县政府工作报告',
  '——在梨树县第十八届人民代表大会第四次会议上',
  '一、勠力奋战,克难攻坚,过去一年政府工作成效显著',
  '2019年,是我县经济社会发展非同寻常的一年、极具挑战的一年、更是卓有成效的一年。',
  '——综合实力稳步提升,经济基础更加坚实。各项指标稳中有进。预计到年末,全县地区生产总值增长3.3%,一般预算地方级财政收入增长10.3%。',
].join('\n');

describe('a work report titled with the year its review heading’s next line opens on', () => {
  it('reviews that year', () => {
    expect(reportPeriod(LISHU)).toMatchObject({ period: '2019年', year: 2019 });
    expect(the(LISHU, '3.3')).toMatchObject({ period: '2019年', status: 'estimate' });
  });

  it('as written in traditional characters too', () => {
    const text =
      '2019年梨樹縣政府工作報告\n一、過去一年政府工作成效顯著\n2019年,是我縣經濟社會發展非同尋常的一年。全縣地區生產總值增長3.3%。';
    expect(reportPeriod(text).period).toBe('2019年');
  });

  it('not when the line after the heading opens on the year before, or on none', () => {
    expect(reportPeriod('2017年汉中市人民政府工作报告\n一、2016年工作回顾\n2016年,全市生产总值增长9%。').period).toBe('2016年');
    expect(reportPeriod('2017年汉中市人民政府工作报告\n一、过去一年工作回顾\n过去的一年,全市生产总值增长9%。').period).toBe('2016年');
  });
});
