/**
 * Whose figure it is: the subject a figure takes from the figures and clauses before it in its sentence (a
 * contribution, a place held, a share of a share's owner, a measure's share after its rate, the items of an
 * earlier list). Each on a sentence of a corpus report (test/corpus), with the label a reader of the deck sees.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const labels = (text: string) => extractFigures(text).map((x) => [x.value + x.unit, x.label]);

describe('a contribution or a pull', () => {
  it('a contribution with no figure before it is of what the clause before names, else of what it is to', () => {
    // shandong-2018-02-profits, chongqing-2014-05-industry (the corpus names 大中型工业企业 and 汽车, 电子 the subjects).
    expect(labels('从企业规模看,大中型工业企业利润增长最快,对全省规模以上工业利润增长贡献率达到85%。')).toEqual([
      ['85%', '大中型工业企业利润贡献率'],
    ]);
    expect(labels('其中汽车和电子制造两大支柱产业,对全市工业增长的贡献率保持在65%左右,成为了两大亮点。')).toEqual([
      ['65%', '汽车和电子制造两大支柱产业贡献率'],
    ]);
    expect(labels('从企业规模看,对全省规模以上工业利润增长贡献率达到85%。')).toEqual([['85%', '规模以上工业利润增长贡献率']]);
  });

  it('影响 a rate is named as 影响, not as a pull', () => {
    // qinghai-2020-04-industry: five falling industries' weight in the total pulls its rate down.
    const text =
      '电气机械和器材制造业下降29.0%、有色金属矿采选业下降9.9%、化学原料和化学制品制造业下降5.3%、非金属矿物制品业下降5.2%、' +
      '石油煤炭及其他燃料加工业下降2.2%,以上五个行业占全省规模以上工业增加值的比重为32.2%,影响全省规模以上工业增加值增速3.5个百分点。';
    const impact = extractFigures(text).find((x) => x.value === '3.5')!;
    // (Since held-out set 20 the pull is the five industries', not their share's: 以上五个行业影响规模以上工业增加值增速变化.)
    expect(impact.label).toMatch(/五个行业影响规(?:模以)?上工业增加值增速变化$/u);
    expect(impact.label).not.toContain('比重');
    expect(impact.number).toBe(-3.5);
  });
});

describe('a place held', () => {
  it('a place named by its scope only is of the figure whose place came before', () => {
    // hubei-2018-10-industry.
    expect(labels('从位次看,累计增速居全国第12位,环比持平;在中部排第3位,低于安徽(9.2%)、江西(9%)。').slice(0, 2)).toEqual([
      ['12位', '增速位次'],
      ['3位', '增速位次'],
    ]);
  });

  it('so is one named by its scope and 位次, and the places it moved between (经济日报 on 安徽 2012, held-out set 39)', () => {
    const text =
      '1月至6月,全省规模以上工业增加值同比增长16.5%,比全国高6个百分点,增速继续稳居中部第一位,在全国位次也由前5个月的第六位上升至第四位。';
    for (const v of ['六', '四']) expect(the(text, v, { asOf: '2012年上半年' }).label).toBe('规模以上工业增加值增速位次');
    expect(the(text, '六', { asOf: '2012年上半年' }).period).toMatch(/^(?:2012年)?1-5月$/u);
  });

  it('a place named by its scope with no place before it in the sentence is read as written', () => {
    expect(extractFigures('在中部排第3位。').map((x) => [x.value + x.unit, x.kind])).toEqual([['3位', 'rank']]);
    expect(labels('从位次看,累计增速居全国第12位,增长7.4%;在中部排第3位。')[2]).toEqual(['3位', '增速位次']);
  });

  it('由 opening a move between two places is no part of what holds them', () => {
    // hanzhong-2016-government-work.
    // 总量 is the measure just named (held-out set 17): 生产总值's place.
    expect(labels('生产总值年均增长12.2%,2016年达到1156.49亿元,总量由全省第7进到第6位。').slice(2)).toEqual([
      ['7位', '生产总值位次'],
      ['6位', '生产总值位次'],
    ]);
  });
});

describe('what a share is of', () => {
  it('each part of a ratio after the first is the same share', () => {
    // nanchangxian-2019-bulletin.
    expect(labels('三次产业占比为6.2:55.5:38.3。')).toEqual([
      ['6.2', '第一产业占比'],
      ['55.5', '第二产业占比'],
      ['38.3', '第三产业占比'],
    ]);
  });

  it('a multiple after a share is the share’s', () => {
    // guangdong-2010-industry-informatization.
    expect(labels('装备制造业增加值占工业的比重达33.6%,比“十五”期末增长近1倍,位居全国首位。')[1]).toEqual([
      '1倍',
      '装备制造业增加值占工业的比重增长倍数',
    ]);
  });

  it('绝对值 占… is the share of the measure before, named by that measure', () => {
    // guangdong-2022-q1-industry.
    expect(labels('一季度广东省先进制造业增加值增长5.9%,绝对值占广东省规模以上工业比重达54.3%。')[1]).toEqual([
      '54.3%',
      '广东省先进制造业增加值占广东省规模以上工业比重',
    ]);
  });

  it('a measure’s share after its rate is of the measure, not of its rate', () => {
    // zhejiang-2022-10-economy (read before as 民营企业增加值增速增加值占…).
    expect(labels('民营企业增加值增长6.3%,增速比1-9月加快0.1个百分点,增加值占规模以上工业比重70.0%,比1-9月提高0.1个百分点。')).toEqual([
      ['6.3%', '民营企业增加值增速'],
      ['0.1个百分点', '民营企业增加值增速变化'],
      ['70.0%', '民营企业增加值占规模以上工业比重'],
      ['0.1个百分点', '民营企业增加值占规模以上工业比重变化'],
    ]);
  });

  it('a change in points after a share or a contribution is that property’s change', () => {
    // The bundled report (cq-2015) and guangdong-2022-q1-industry.
    expect(labels('外资及港澳台工业总产值占全市工业25%，提高6个百分点。')[1]).toEqual([
      '6个百分点',
      '外资及港澳台工业总产值占全市工业比重变化',
    ]);
    const text = '一季度规模以上工业增加值增速比GDP增速高2.5个百分点,对GDP增长的贡献率达到53.7%,比去年同期贡献率(41.5%)提高12.2个百分点。';
    expect(labels(text).slice(2)).toEqual([
      ['41.5%', '规模以上工业增加值贡献率'],
      ['12.2个百分点', '规模以上工业增加值贡献率变化'],
    ]);
  });

  it('a narrowing of a share’s fall is the change of its fall', () => {
    // datong-2020-11-industry: 降幅收窄 in points is a rise of the share's rate, written unsigned.
    const [x] = extractFigures('全市规模以上制造业增加值占工业增加值比重同比略有下降,但是降幅较10月末收窄0.91个百分点。');
    expect([x.label, x.number]).toEqual(['规模以上制造业增加值占工业增加值比重降幅变化', 0.91]);
  });
});

describe('a rate compared with', () => {
  it('X%的增速 after 高于 and a subject is that subject’s rate', () => {
    expect(labels('全市规模以上工业增加值增长10.1%,高于全省工业8.9%的增速。')[1]).toEqual(['8.9%', '工业增速']);
  });

  it('after 高于 and a place alone it is the place’s rate of the same measure, not the report’s own', () => {
    // Read before as 规模以上工业增加值增速: the country's rate filed as the city's.
    expect(labels('全市规模以上工业增加值增长10.1%,高于全国6.7%的增速。')).toEqual([
      ['10.1%', '规模以上工业增加值增速'],
      ['6.7%', '全国规模以上工业增加值增速'],
    ]);
  });

  it('after 高于 alone (neither a subject nor a place before the number) it is still read, as a rate', () => {
    const figures = extractFigures('全市规模以上工业增加值增长9.1%,高于8.5%的增速。');
    expect(figures.map((x) => [x.value + x.unit, x.kind])).toEqual([
      ['9.1%', 'growth'],
      ['8.5%', 'growth'],
    ]);
  });
});

describe('the subjects of a list', () => {
  it('同比、环比 before 分别 are two comparisons of one figure, not two subjects', () => {
    // hubei-2018-10-industry.
    const text = '规上工业增加值当月增速由上月的8.1%下滑至3.7%;1-10月累计增长7.4%,同比、环比分别回落0.3、0.4个百分点。';
    expect(labels(text).slice(3)).toEqual([
      ['0.3个百分点', '规上工业增加值增速变化'],
      ['0.4个百分点', '规上工业增加值增速变化'],
    ]);
  });

  it('names listed in an earlier clause, no 分别, take the measure their values are of', () => {
    // shandong-2018-02-profits.
    const text = '今年前2个月,黑色金属冶炼和压延加工、煤炭开采和洗选、化学原料和化学制品制造,利润同比增幅达到120%、48%和24.1%。';
    expect(labels(text)).toEqual([
      ['120%', '黑色金属冶炼和压延加工利润增速'],
      ['48%', '煤炭开采和洗选利润增速'],
      ['24.1%', '化学原料和化学制品制造利润增速'],
    ]);
  });

  it('a second list of as many values is of the subjects of the figures just before it', () => {
    // hunan-2010-government-work.
    const text = '2010年,全省生产总值达到1.5万亿元以上,人均生产总值达到23100元,分别是2005年的2.3倍、2.2倍,五年年均分别增长14%和13.3%。';
    expect(labels(text).slice(4)).toEqual([
      ['14%', '生产总值五年年均增速'],
      ['13.3%', '人均生产总值五年年均增速'],
    ]);
  });

  it('an amount after a count of projects is theirs', () => {
    // chengdu-2016-government-work.
    expect(labels('“北改”工程实施重大项目69个,完成投资720亿元。')).toEqual([
      ['69个', '北改工程实施重大项目'],
      ['720亿元', '北改工程实施重大项目投资'],
    ]);
  });
});

describe('a clause without a number before the figure', () => {
  it('names its subject, a method of calculation after the measure included (按可比价格计算)', () => {
    expect(extractFigures('规模以上工业增加值按可比价格计算,同比下降21.8%。').map((x) => [x.value + x.unit, x.number, x.label])).toEqual([
      ['21.8%', -21.8, '规模以上工业增加值增速'],
    ]);
  });
});

describe('a bare measure after the owner’s others', () => {
  it('税金 is of the owner of the measures before it', () => {
    // tianshui-2014-04-industry (held-out set 14).
    const text =
      '其中:“10强”企业累计实现工业增加值26.41亿元,同比增长6.3%;实现主营业务收入26.81亿元,同比下降0.3%;实现税金1.7亿元,同比增长57.6%。';
    expect(labels(text).slice(4)).toEqual([
      ['1.7亿元', '10强企业工业税金'],
      ['57.6%', '10强企业工业税金增速'],
    ]);
    // guangxi-2015-industry-informatization.
    const guangxi = '预计规模以上工业主营业务收入突破2万亿元,达到2.03万亿元,增长10%;实现税金突破千亿元,达到1050亿元,增长15%。';
    expect(labels(guangxi).slice(3, 5)).toEqual([
      ['千亿元', '规模以上工业税金'],
      ['1050亿元', '规模以上工业税金'],
    ]);
  });

  it('after a 总产值, the owner without the measure; the same measure again keeps its name', () => {
    // tianshui-2014-04-industry, shanghai-2020-10-industry.
    expect(labels('全市实现工业总产值71.17亿元,同比增长4.5%;实现主营业务收入43.68亿元。')[2]).toEqual(['43.68亿元', '工业主营业务收入']);
    expect(labels('1-10月,全市完成规上工业总产值27581亿元,同比下降0.2%,其中,10月完成产值3210亿元,增长7.3%。')[2]).toEqual([
      '3210亿元',
      '规上工业总产值',
    ]);
  });
});

describe('an industry and the state it is in', () => {
  it('names the measure of the clause after it', () => {
    // yaoan-2023-09-industry (held-out set 15).
    expect(labels('采矿业处于负增长趋势,1-9月增加值同比下降50.7%,比1-8月回落2.6个百分点。')).toEqual([
      ['50.7%', '采矿业增加值增速'],
      ['2.6个百分点', '采矿业增加值增速变化'],
    ]);
  });
});

describe('a verb of selection before a count', () => {
  it('names no subject: the noun counted does', () => {
    // jiangxi-2016-industry-plan.
    expect(labels('优选100个成长型企业,实施产业、企业、项目、技术、团队“五位一体”重点扶持。')).toEqual([['100个', '成长型企业']]);
  });
});

describe('a share named with how small it is', () => {
  it('仅占 is 占: of the measure before', () => {
    // guizhou-2009-industry.
    expect(labels('2009年,贵州工业增加值为1253亿元,仅占全国的0.93%,只排在甘肃、宁夏、青海、海南、西藏等省区之前。')).toEqual([
      ['1253亿元', '贵州工业增加值'],
      ['0.93%', '贵州工业增加值占全国比重'],
    ]);
  });
});

describe('a place held by a name after it', () => {
  it('"第18位的土耳其" is Turkey’s place in what the verb ranks', () => {
    // zhejiang-2016-achievements.
    const text = 'GDP占全国的6.2%,连续21年居全国第4位,约合7000亿美元,与居全球经济总量第18位的土耳其大体相当。';
    expect(labels(text).at(-1)).toEqual(['18位', '土耳其经济总量位次']);
    expect(labels(text)[1]).toEqual(['4位', 'GDP位次']);
  });

  it('a result’s praise after 的 holds no place ("荣获全省“发展杯”竞赛活动第二名的业绩", 四平 2011, held-out set 24)', () => {
    const text = '奋力直追,在数对数的评比条件下,我市荣获全省“发展杯”竞赛活动第二名的业绩。';
    expect(labels(text)[0][1]).toContain('发展杯');
    expect(labels('我县在全市工业发展考核中取得第一名的好成绩。')[0][1]).not.toContain('成绩');
  });
});

describe('a product’s output named in the clause before', () => {
  it('in a paragraph on products, 产量 is of the product the clause before names', () => {
    // hebei-2017-06-industry.
    const text =
      '分产品看,6月份,在统计的406种主要产品中有238种产品同比增长。其中,工业机器人245套,增长121.5倍;城市轨道车辆从无到有,产量为174辆。';
    expect(labels(text).at(-1)).toEqual(['174辆', '城市轨道车辆产量']);
  });

  it('a product named by one character is named by it alone, not after the figure before (新乡 2017年8月, held-out set 30)', () => {
    const text =
      '分产品看,8月份,200种产品中有144种产品产量同比增长,增长面为72.0%。其中,饮料酒96460千升,同比增长24.9%,纱40567吨,同比下降8.5%,布725万米,同比下降14.2%,硫酸148299吨,同比增长23.9%。';
    expect(labels(text).slice(3)).toEqual([
      ['96460千升', '饮料酒'],
      ['24.9%', '饮料酒增速'],
      ['40567吨', '纱'],
      ['8.5%', '纱增速'],
      ['725万米', '布'],
      ['14.2%', '布增速'],
      ['148299吨', '硫酸'],
      ['23.9%', '硫酸增速'],
    ]);
  });
});

describe('a count before a name in quotes', () => {
  it('counts the quoted name and the noun after it', () => {
    // chengdu-2016-government-work.
    expect(labels('2015年,成都编制完成“十三五”规划纲要,34个“十三五”重点专项规划正加快编制。')).toEqual([['34个', '“十三五”重点专项规划']]);
  });
});
