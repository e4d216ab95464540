/**
 * Numbers that name a group, not figures: ages naming a group of people ("0-17岁、…、60岁及以上户籍人口"), the rate a
 * population survey is named by ("5‰人口变动抽样调查"), and an amount the things counted after it passed ("财政收入超300万元
 * 的乡镇有8个", "年收入10亿元以上达37户", "23个亩效益超5000元的县级现代农业示范园区"). The counts stay figures.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const values = (text: string) => extractFigures(text).map((x) => x.value);

describe('ages that name a group of people', () => {
  // 云和县 2022年统计公报 (https://tjgb.hongheiku.com/xjtjgb/xj2020/43861.html).
  const YUNHE_2022 =
    '据公安部门户籍人口及其变动情况统计,年末全县户籍人口为112635人。其中,城镇人口54715人,乡村人口57920人;男性人口57753人,女性人口54882人,男女性别比为105.23:100(女性为100);0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。全年全县出生人口为580人,死亡人口为939人。据2022年全省5‰人口变动抽样调查推算,年末全县常住人口12.74万人,城镇化率为74.02%。';

  it('are no figures; the people counted are', () => {
    const found = values(YUNHE_2022);
    for (const age of ['0', '17', '18', '34', '35', '59', '60', '5']) expect(found).not.toContain(age);
    expect(found).toEqual(expect.arrayContaining(['18891', '19099', '48951', '25594', '12.74', '74.02']));
  });

  it('a life expectancy stays a figure', () => {
    expect(the('全市人均预期寿命达到79.5岁,60岁以上老年人口占18.5%。', '79.5').unit).toBe('岁');
    expect(values('全市人均预期寿命达到79.5岁,60岁以上老年人口占18.5%。')).not.toContain('60');
  });
});

describe('an amount the things counted after it passed', () => {
  // 都昌县 2008年统计公报 (https://web.xiaze.org/tjgb/201003/22096.html).
  const DUCHANG_2008 =
    '乡镇财政收入完成8037万元,占全县财政收入的32%;乡镇地税收入完成4980万元,增长61%,首次出现县乡两级地税收入各半的局面。其中,财政收入超300万元的乡镇有8个,超500万元的有3个,蔡岭镇财政收入首次超千万元并进入全市30强。';
  // 重庆 2010 (https://code.fabao365.com/law_495467_2.html).
  const CHONGQING_2010 = '全年规模以上民营工业销售产值增长30.9%,高于全市12.9个百分点。其中年收入10亿元以上达37户。';
  // 长兴县 2011年统计公报 (https://web.xiaze.org/tjgb/201205/27856.html).
  const CHANGXING_2011 = '全面推进建成粮食生产功能区4.71亩,建成23个亩效益超5000元的县级现代农业示范园区。';

  it('is a class: only the counts are figures', () => {
    expect(values(DUCHANG_2008)).not.toContain('300');
    expect(values(DUCHANG_2008)).not.toContain('500');
    expect(the(DUCHANG_2008, '8').kind).toBe('count');
    expect(the(DUCHANG_2008, '3').kind).toBe('count');
    expect(values(CHONGQING_2010)).not.toContain('10');
    expect(the(CHONGQING_2010, '37').kind).toBe('count');
    expect(values(CHANGXING_2011)).not.toContain('5000');
    expect(the(CHANGXING_2011, '23').kind).toBe('count');
  });

  it('an amount done stays a figure', () => {
    expect(the('全县规模以上工业实现利润10678万元,增长12%。', '10678').kind).toBe('level');
    expect(the('全市工业投资完成10亿元以上,增长8%。', '10').kind).toBe('level');
  });
});
