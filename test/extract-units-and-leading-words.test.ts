/**
 * Units a report writes for output and gas (万重量箱 of flat glass, 亿立方 for 亿立方米), and words that open a clause
 * without being its subject (虽然, 到 before 全年).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('units of output', () => {
  // 辽宁 2021 统计公报 (https://dnjnhb.com/old/34/55/549/index).
  const LIAONING_2021 =
    '从产品产量看,在重点监测的工业产品中,增长较快的有:金属轧制设备8.4万吨,增长2.6倍;新能源汽车6149辆,增长90.3%;平板玻璃577.3万重量箱,增长44.6%;化学药品原药18927.8万吨,增长44.0%。';
  // 重庆 2010 (https://code.fabao365.com/law_495467_2.html).
  const CHONGQING_2010 =
    '三是天然气供应较为紧张。全年全市天然气消费量48.6亿立方米,虽然增幅由一季度下降3.7%转为增长2.3%,但工业用气27.95亿立方,下降2.6%。';

  it('万重量箱 and 亿立方 are levels of output', () => {
    expect(the(LIAONING_2021, '577.3')).toMatchObject({ unit: '万重量箱', kind: 'level', label: '平板玻璃' });
    expect(the(CHONGQING_2010, '27.95')).toMatchObject({ unit: '亿立方', kind: 'level', label: '工业用气' });
  });

  // 松溪 2018 政府工作报告 (https://www.gongwensou.com/zhengfubaogao/31399.html, held-out set 40) and 明溪 2017
  // (https://agftrading.com/html/nypd/525315.shtml): tobacco leaf in 担.
  const SONGXI_2018 = '现代绿色农业提质增效,主要农产品稳定生产,粮食产量6.81万吨,蔬菜产量11.52万吨,烟叶产量2.4万担';
  const MINGXI_2017 = '据统计,今年全县共收购烟叶6.19万担,烟农售烟收入9328.75万元,实现烟叶税2052.33万元,担均价1508.50元。';

  it('万担 is a level of output; 担 opening another word is no unit', () => {
    expect(the(SONGXI_2018, '2.4')).toMatchObject({ unit: '万担', kind: 'level', label: '烟叶产量' });
    expect(the(MINGXI_2017, '6.19')).toMatchObject({ unit: '万担', kind: 'level' });
    expect(the('全县新增贷款5亿元,其中3000万担保贷款由县担保中心承担。', '3000').unit).toBe('万');
  });

  it('虽然 opens the clause, not its subject', () => {
    expect(the(CHONGQING_2010, '2.3').label).not.toMatch(/虽然/u);
    expect(the(CHONGQING_2010, '3.7').label).toMatch(/^天然气消费量/u);
  });
});

describe('到 before 全年, after rates stepped through the year', () => {
  const STEPS = '规模以上重工业增加值增幅由1月末下降7%、上半年增长13%到全年增长20.7%,分别比全市和轻工业高出1.8和7个百分点。';

  it('the rate reached is the same measure’s', () => {
    expect(the(STEPS, '20.7', { asOf: '2010年' }).label).toBe('规模以上重工业增加值增速');
  });
});
