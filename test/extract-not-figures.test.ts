/**
 * Numbers in a report that are no figure, or whose unit word is really the start of the next word: 12万个体工商户
 * (12 万, not 12 万个), a class of firms (税收500万元以上企业), a slogan counted in quotes (四个“超40%”), a
 * duration that names a period (前7个月, 持续6个月), one in every N (每出口4辆汽车就有1辆). Each put a number in the
 * review table that the report does not state, or a wrong unit. From the survivors of the mutation run of part
 * extract-tokens (issue 26).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

/** Each figure as [value as written, unit]; a qualifier, when there is one, after them. */
const read = (text: string) => extractFigures(text).map((f) => (f.qualifier ? [f.value, f.unit, f.qualifier] : [f.value, f.unit]));

describe('a unit word that starts the next word', () => {
  // One sentence per unit whose first character also starts common words; the figure keeps its magnitude only.
  const cases: [string, string][] = [
    ['全市有12万个体工商户。', '个'],
    ['惠及100万家庭。', '家庭'],
    ['销售3万家具。', '家具'],
    ['新增5万户籍人口。', '户'],
    ['共有12万部门职工。', '部'],
    ['打造2万场景。', '场'],
    ['涉及8万单位职工。', '单'],
    ['纳入3万名单管理。', '名'],
    ['完成6万处理任务。', '处'],
    ['占9万份额。', '份'],
    ['新增3万列入计划。', '列'],
    ['覆盖2万所有企业。', '所'],
    ['举办5万座谈。', '座'],
    ['涉及6万位于城区的住户。', '位'],
    ['迈上3万台阶。', '台'],
    ['开采4万天然气。', '天'],
    ['惠及8万人民群众。', '人'],
    ['节约20万度电量。', '度'],
    ['推广5万种植面积。', '种'],
    ['改善6万条件。', '条'],
    ['实施7万项目。', '项'],
    ['完成8万次产品检验。', '次'],
  ];
  for (const [text, unit] of cases)
    it(`${text} (${unit} is the next word's)`, () => {
      const [figure] = read(text);
      expect(figure).toEqual([expect.any(String), '万']);
    });

  it('without a magnitude, the number is bare and no figure: 12部门联合, 3所有制', () => {
    expect(read('12部门联合发文，3所有制企业，5部分指标增长6%。')).toEqual([['6', '%']]);
  });

  it('万人民币 is 万元', () => {
    expect(read('人均收入达到1.2万人民币。')).toEqual([['1.2', '万元']]);
  });
});

describe('places moved: N个位次 after a verb of moving is N places (位)', () => {
  it('提高4个位次, 下降了2个位次; 3个位次 with no verb stays 个', () => {
    expect(extractFigures('较6月份提高4个位次，较上月下降了2个位次。').map((f) => [f.value, f.number, f.unit])).toEqual([
      ['4', 4, '位'],
      ['2', -2, '位'],
    ]);
    expect(read('排在3个位次。')).toEqual([['3', '个']]);
  });
});

describe('amounts that name a class of firms or industries', () => {
  it('税收500万元以上企业6家, 1000万元及以上企业, 2000亿元产业, 千亿元产业', () => {
    expect(read('雅安经开区税收500万元以上企业6家。')).toEqual([['6', '家']]);
    expect(read('年主营业务收入2000万元及以上企业126家。')).toEqual([['126', '家']]);
    expect(read('打造两个2000亿元产业，培育千亿元产业阵容。')).toEqual([]);
  });

  it('a count of people before 以上企业 is a figure: only an amount in 元 names a class', () => {
    expect(read('拥有从业人员1000人以上企业35家。')).toEqual([
      ['1000', '人', '以上'],
      ['35', '家'],
    ]);
  });

  it('a bound (以上) before the projects it picks out names them, as before 企业: 500万元以上项目', () => {
    // The corpus annotates "新引进亿元以上项目241个、5亿元以上项目46个" (luan-2018-government-work) as counts of the
    // projects, 5亿元以上 part of their name, no figure (as "2000万元及以上企业126家" above).
    expect(read('新开工500万元以上项目126个。')).toEqual([['126', '个']]);
    expect(read('新引进亿元以上项目241个、5亿元以上项目46个。')).toEqual([
      ['241', '个'],
      ['46', '个'],
    ]);
    // An amount with no bound after it, before 项目, stays a figure.
    expect(read('完成投资500万元，新开工项目126个。')).toEqual([
      ['500', '万元'],
      ['126', '个'],
    ]);
  });

  it('a class by 级: 10万吨级, 千亿级', () => {
    expect(read('建成10万吨级码头，打造千亿级产业集群，新增泊位3个。')).toEqual([['3', '个']]);
  });
});

describe('a slogan counted in quotes', () => {
  it('四个“超40%”, 三大“千亿”, 五项“翻番”', () => {
    expect(read('实现四个“超40%”，打造三大“千亿”，完成五项“翻番”。')).toEqual([]);
  });

  it('a figure in quotes that is not counted stays: “超40%”', () => {
    expect(read('研发投入增长“超40%”。')).toEqual([['40', '%', '超']]);
  });

  // 鹰潭 2012 上半年 (鹰潭日报, held-out set 41): the goal a campaign is named by, two short phrases in quotes.
  it('a slogan of two phrases in quotes: “决战5000亿,实现新跨越”', () => {
    const yingtan =
      '上半年,全市工业战线紧紧围绕市委、市政府提出的“主攻项目、决战三区、凸现特色、实现跨越”总体要求和“决战5000亿,实现新跨越”的决策部署,扎实推进“1+6”产业发展。1-6月,我市规模以上工业实现增加值132.21亿元,同比增长15.9%。';
    expect(read(yingtan)).toEqual([
      ['132.21', '亿元'],
      ['15.9', '%'],
    ]);
  });

  // 万州 2022 (三峡传媒网 评论, pages corpus): a target quoted whole is no slogan; its figures stay.
  it('a quoted sentence of figures stays', () => {
    expect(read('举全区之力建设工业强区!“到2025年,全区规上工业产值达到1000亿元,工业增加值占GDP比重提高到25%以上。”')).toEqual([
      ['1000', '亿元'],
      ['25', '%', '以上'],
    ]);
  });
});

describe('an ordinal in digits', () => {
  it('第8批, 第10万个 are no figures', () => {
    expect(read('第8批试点，第10万个市场主体。')).toEqual([]);
  });
});

describe('one in every N', () => {
  it('全国每出口4辆汽车就有1辆安徽造: neither number is a figure', () => {
    expect(read('整车出口量跃居全国首位，全国每出口4辆汽车就有1辆安徽造。')).toEqual([]);
  });

  it('每 and 有 in a sentence whose numbers are figures: 每万人拥有发明专利12件', () => {
    expect(read('每万人口拥有高价值发明专利12件，有效发明专利3.5万件。')).toEqual([
      ['12', '件'],
      ['3.5', '万件'],
    ]);
  });
});

describe('durations that name a period', () => {
  it('前7个月, 连续4个月, 持续6个月, 近3个月来, 6个月以来, 30天内', () => {
    expect(read('前7个月，连续4个月，持续6个月，近3个月来，6个月以来，30天内，头2个月，最近3个月，过去6个月，10天后，5天期间。')).toEqual(
      [],
    );
  });

  it('a duration with a qualifier after it is a figure: 压缩至45天以内', () => {
    expect(extractFigures('审批时限压缩至45天以内。').map((f) => [f.value, f.unit, f.qualifier])).toEqual([['45', '天', '以内']]);
  });

  it('a duration as a figure: 工期200天, 用时45天', () => {
    expect(read('项目工期200天，审批用时压缩至45天。')).toEqual([
      ['200', '天'],
      ['45', '天'],
    ]);
  });
});

describe('a span of months counted before 累计', () => {
  // 保定 2021 1-7月 (held-out set 28): "7个月累计" is the months summed, as 前7个月 is; the figures around are read.
  it('7个月累计 is no figure; a count of months that is one stays', () => {
    expect(read('1-7月,规模以上工业增加值同比增长26%。7个月累计和月度增速均排名全省前列。')).toEqual([['26', '%']]);
    expect(read('全市有3个月增速超过10%。')).toEqual([
      ['3', '个月'],
      ['10', '%', '超过'],
    ]);
  });
});
