/**
 * A PDF's text spaces a year from its 年 ("2019 年,全区预计实现地区生产总值 369 亿元"): the year is read as one, as
 * its spaced figures are; a newspaper page's header that writes its date between slashes stays no period.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';
import { extractFigures } from '../src/shared/extract';

// 东宝区 2020 政府工作报告, as a document site's PDF text gives it (http://baijiadoc.com/doc/32njf18fke).
const DONGBAO =
  '2020 年东宝区政府工作报告\n12 月 25 日,东宝区第八届人民代表大会第五次会议隆\n重开幕。区委副书记、区长江稳代表区政府向大会作《政府\n工作报告》。整理如下;\n2019 年成绩\n' +
  '2019 年,全区预计实现地区生产总值 369 亿元,增长\n7.6%;规模以上工业增加值增长 5%;固定资产投资 316 亿\n元,增长 11.8%;社会消费品零售总额 226.2 亿元,增长 11.4%;\n' +
  '直接利用外资 5425 万美元,增长 12.48%;进出口总额 15.4\n亿元;地方一般公共预算收入 12.21 亿元,增长 2.1%;城镇、\n农村常住居民人均可支配收入分别达到 39159 元和 20598 元,\n' +
  '分别增长 8%和 8.5%。在 2018 年度全省县域经济考核中,跃\n居一类县市区第四名。\n';

describe('a year spaced from its 年', () => {
  it('is the report’s year and the time of its figures', () => {
    expect(the(DONGBAO, '369').period).toBe('2019年');
    expect(the(DONGBAO, '369').status).toBe('estimate');
    expect(the(DONGBAO, '12.48').period).toBe('2019年');
    expect(the(DONGBAO, '四').period).toBe('2018年');
    // Offsets are the page's own: the quote and the value are cut from it as written.
    const gdp = extractFigures(DONGBAO).find((x) => x.value === '369')!;
    expect(DONGBAO.slice(gdp.valueStart, gdp.valueEnd)).toBe('369');
  });

  it('not a newspaper header’s date between slashes (jilinshi-2025-h1-economy)', () => {
    const header = '吉林日报/2025 年/8 月/6 日/第 006 版市州· 江城\n工业强基 三产并进\n年初以来,吉林市锚定目标。数据显示,上半年吉林市地区生产总值完成 780 亿元,增长 6.4%。';
    expect(the(header, '780').period).toBe('上半年');
  });
});

describe('a space inside a word of a PDF’s text', () => {
  // 沂源 2013 政府工作报告, a document site's PDF text (https://www.jinchutou.com/shtml/64601889e4c2d4e3272a21082b3ecafd.html).
  const YIYUAN =
    '政府工作报告(摘要)—— 2013 年 1 月 16 日在沂源县第十七届人民代表大会第二次会议上 县长 谭秀中 一、2012 年工作回顾 全社会固定资产投资 117.2 亿元,增长 23.2%;境内财政总收入 22.3 亿元,增长 10.5 %;地方财政收入 14.1 亿元, 增长 16.6%;进出口总额同比增长 12.6 %;金融机构各项存 贷款余额分别达到 134 亿元和 96.6 亿元。';

  it('is a line’s end read past, in a text that sets its numbers off with spaces', () => {
    expect(the(YIYUAN, '134').label).toBe('金融机构各项存款余额');
    expect(the(YIYUAN, '96.6').label).toBe('金融机构各项贷款余额');
    expect(the(YIYUAN, '117.2').period).toBe('2012年');
    const loans = extractFigures(YIYUAN).find((x) => x.value === '96.6')!;
    expect(YIYUAN.slice(loans.valueStart, loans.valueEnd)).toBe('96.6');
  });

  it('while a headline’s phrases stay apart in a text that does not', () => {
    expect(the('制造业增速最高 钢铁业降幅最大\n1-5月,全省规上工业增加值增长8%。', '8', { asOf: '2023年1-5月' }).label).toBe('规上工业增加值增速');
  });
});
