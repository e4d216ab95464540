/**
 * Numbers written without a unit of their own, and when they are figures: the parts of a ratio (三次产业结构为
 * 17.8:42.8:39.4), not a time of day (2020-10-23 17:01); a list's numbers that take the unit written after the last
 * (6.4和5.4个百分点, 3-5%); an index value (指数为102.7) and an exchange rate (平均汇率6.8985); a sign the report
 * writes (增长-3.2%) and a dash that is a range (1-7月, 6%-6.5%). From the survivors of the mutation run of part
 * extract-tokens (issue 26).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

/** Each figure as [value as written, number, unit]; a qualifier, when there is one, after them. */
const read = (text: string) =>
  extractFigures(text).map((f) => (f.qualifier ? [f.value, f.number, f.unit, f.qualifier] : [f.value, f.number, f.unit]));
const kinds = (text: string) => extractFigures(text).map((f) => f.kind);

describe('ratios', () => {
  it('three parts with an ASCII colon, three with a full-width one, each a share', () => {
    const text = '三次产业结构为17.8:42.8:39.4，一产占比下降。';
    expect(read(text)).toEqual([
      ['17.8', 17.8, ''],
      ['42.8', 42.8, ''],
      ['39.4', 39.4, ''],
    ]);
    expect(kinds(text)).toEqual(['share', 'share', 'share']);
    expect(read('三次产业结构比例为6.01：55.04：38.95。').map((f) => f[1])).toEqual([6.01, 55.04, 38.95]);
  });

  it('a ratio of two whose first part has two digits and is under 24 when nothing dates it: 比例为12:30', () => {
    expect(read('城乡居民收入比例为12:30。').map((f) => f[1])).toEqual([12, 30]);
  });

  it('no ratio across a gap, or with a unit on either side, or after a fraction', () => {
    expect(read('比重由41.8 :58.2转为39.9: 60.1。')).toEqual([]);
    expect(read('增长5%:3，达到3:5亿元。')).toEqual([
      ['5', 5, '%'],
      ['5', 5, '亿元'],
    ]);
    expect(read('占1/3:2。')).toEqual([['1/3', 1 / 3, '']]);
  });
});

describe('a time of day is no ratio', () => {
  it('after a date: 2020-10-23 17:01, 2022年07月03日09:22, 2016-07-30 09:15, 10日 09:30', () => {
    expect(read('发布时间：2020-10-23 17:01 来源：广西壮族自治区统计局。')).toEqual([]);
    expect(read('2022年07月03日09:22发布。')).toEqual([]);
    expect(read('2016-07-30　09:15发布。')).toEqual([]);
    expect(read('会议于10日 09:30召开，10号14:00闭幕。')).toEqual([]);
  });

  it('its seconds too: 09:22:30', () => {
    expect(read('2022年07月03日09:22:30发布。')).toEqual([]);
    expect(read('2022年07月03日09:22:59发布。')).toEqual([]);
  });

  it('a ratio after a date still is one when it cannot be a time: 24:30, 12:60, 1:2, 12:3.5', () => {
    expect(read('2016-07-30 24:30').map((f) => f[1])).toEqual([24, 30]);
    expect(read('2016-07-30 12:60').map((f) => f[1])).toEqual([12, 60]);
    expect(read('2016-07-30 1:2').map((f) => f[1])).toEqual([1, 2]);
    expect(read('2016-07-30 12:3.5').map((f) => f[1])).toEqual([12, 3.5]);
    expect(read('2016-07-30 123:45').map((f) => f[1])).toEqual([123, 45]);
  });

  it('the part after a time of day that cannot be its seconds is no part of it: 09:22:60, 09:22:123', () => {
    expect(read('2022年07月03日09:22:60').map((f) => f[1])).toEqual([22, 60]);
    expect(read('2022年07月03日09:22:123').map((f) => f[1])).toEqual([22, 123]);
    expect(read('2022年07月03日09:22:5').map((f) => f[1])).toEqual([22, 5]);
  });
});

describe('a list takes the unit written after its last number', () => {
  it('joined by 和, 、, 及, 与, 或, 至, 到, - and the dashes', () => {
    expect(read('分别提高6.4和5.4个百分点。')).toEqual([
      ['6.4', 6.4, '个百分点'],
      ['5.4', 5.4, '个百分点'],
    ]);
    expect(read('分别为10、20、30万元。').map((f) => f[2])).toEqual(['万元', '万元', '万元']);
    for (const joint of ['及', '与', '或', '至', '到', '-', '—', '–', '～', '~'])
      expect(read(`年均增长3${joint}5%。`), joint).toEqual([
        ['3', 3, '%'],
        ['5', 5, '%'],
      ]);
  });

  it('高出全国、全省平均水平2.2个和1.7个百分点: the first 个 is the unit 个百分点 written once', () => {
    expect(read('高出全国、全省平均水平2.2个和1.7个百分点。')).toEqual([
      ['2.2', 2.2, '个百分点'],
      ['1.7', 1.7, '个百分点'],
    ]);
  });

  it('a number joined by a comma or two words is no part of the list', () => {
    expect(read('增长3，5%。')).toEqual([['5', 5, '%']]);
    expect(read('增长3以及5%。')).toEqual([['5', 5, '%']]);
  });

  it('a number with a unit of its own keeps it: 2个和3个百分点 is 2 个, 3 个百分点 only after 个', () => {
    expect(read('新增2家和3个。')).toEqual([
      ['2', 2, '家'],
      ['3', 3, '个'],
    ]);
  });
});

describe('index values and exchange rates', () => {
  it('指数达79, 指数为102.3; a number further from 指数 is none', () => {
    expect(read('综合算力指数达79，消费价格指数为102.3。')).toEqual([
      ['79', 79, ''],
      ['102.3', 102.3, ''],
    ]);
    expect(read('指数在近期达到高位的105。')).toEqual([]);
    // Right after 指数, as a table row pasted to text writes it, and four characters after it.
    expect(read('居民消费价格指数102.7，价格指数全年均为102.1。')).toEqual([
      ['102.7', 102.7, ''],
      ['102.1', 102.1, ''],
    ]);
  });

  it('a composite score named 发展水平: 两化融合发展水平67.9 (江苏 2023, held-out set 35; 新华报业 2024-08 too)', () => {
    expect(read('制造业高质量发展指数91.9、连续三年全国第一,两化融合发展水平67.9、连续九年全国第一。').map((f) => f[0])).toEqual([
      '91.9',
      '一',
      '67.9',
      '一',
    ]);
    // 新华报业 (江苏, 2024-08-28, from the pages corpus).
    expect(read('制造业高质量发展指数89.0,连续4年位居全国第一;两化融合发展水平67.9,连续9年全国第一。').map((f) => f[0])).toContain('67.9');
    // A 水平 compared with keeps its number's unit, and a bare one far from 发展水平 is none.
    expect(read('高于全国平均水平13个点。').map((f) => f[0])).toEqual(['13']);
    expect(read('发展水平进一步提升到新的高度的3。')).toEqual([]);
  });

  it('汇率6.8985, 汇率为6.5, 是7.1, 达7.3, 约为6.9 (约 kept); 汇率走低到6.2 is none', () => {
    expect(read('按2019年美元对人民币的平均汇率6.8985折算。')).toEqual([['6.8985', 6.8985, '']]);
    expect(read('汇率为6.5，汇率是7.1，汇率达7.3，汇率走低到6.2。').map((f) => f[1])).toEqual([6.5, 7.1, 7.3]);
    // As issue 19's held-out reports write it: a rate as 平均汇率6.8985 is (玉环 2019, a level with no unit), its 约 kept.
    expect(extractFigures('人民币汇率约为6.9。').map((f) => [f.value, f.unit, f.kind, f.qualifier, f.label])).toEqual([
      ['6.9', '', 'level', '约', '人民币汇率'],
    ]);
  });

  it('a half-width full stop after the number ends the sentence: 指数为102.3., 汇率6.8985., 17.8:42.8:39.4.', () => {
    // (As text typed with half-width punctuation writes it; the point was read as a code's, 1.2.3, and the figure lost.)
    expect(read('居民消费价格指数为102.3.')).toEqual([['102.3', 102.3, '']]);
    expect(read('按2019年美元对人民币的平均汇率6.8985. 折算')).toEqual([['6.8985', 6.8985, '']]);
    expect(read('三次产业结构为17.8:42.8:39.4.').map((f) => f[1])).toEqual([17.8, 42.8, 39.4]);
    expect(read('消费价格指数为1.2.3版。')).toEqual([]);
  });

  it('a bare number in a sentence without 指数 or 汇率 is none', () => {
    expect(read('全市共有企业3200。')).toEqual([]);
  });
});

describe('a sign the report writes', () => {
  it('-, − and －: 增长-3.2% is −3.2', () => {
    expect(read('GDP增长-3.2%，增长−2.1%，增长－1.5%。').map((f) => f[1])).toEqual([-3.2, -2.1, -1.5]);
  });

  it('a dash after a month or a figure is a range: 1-7月, 6%-6.5%', () => {
    expect(read('1-7月增长5%，预期增长6%-6.5%。').map((f) => f[1])).toEqual([5, 6, 6.5]);
  });

  it('the second end of a range measures what the first does: two figures, one label', () => {
    // 上海市2019年政府工作报告 (test/corpus/shanghai-2019-targets).
    expect(extractFigures('全市生产总值增长6%-6.5%,地方一般公共预算收入增长5%。').map((f) => [f.value, f.label])).toEqual([
      ['6', '生产总值增速'],
      ['6.5', '生产总值增速'],
      ['5', '地方一般公共预算收入增速'],
    ]);
    // Its subject left out (the clause after a list's colon): the first's label, never the dash.
    const [first, second] = extractFigures('增长6%-6.5%。');
    expect(second.label).toBe(first.label);
  });
});
