/**
 * The digits of a figure as reports write them, read into its number: fractions (占全国1/10), thousands separators
 * in groups of three, decimals (a page's line break after the point included), numbers too long for a double's
 * exact digits, one space before the unit (6790.32 亿元, as tables pasted to text write it), 多/余 around the
 * magnitude, and digits glued to a code or a framework (1+3+N, 5＋3) that are no figure. A misread here is a wrong
 * number in the review table. From the survivors of the mutation run of part extract-tokens (issue 26).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

/** Each figure as [value as written, number, unit]; a qualifier, when there is one, after them. */
const read = (text: string) =>
  extractFigures(text).map((f) => (f.qualifier ? [f.value, f.number, f.unit, f.qualifier] : [f.value, f.number, f.unit]));

describe('fractions', () => {
  it('占全国1/10 is the share 0.1; a date written with slashes is none', () => {
    expect(read('汽车产量230万辆，增长10%以上，占全国1/10。')).toEqual([
      ['230', 230, '万辆'],
      ['10', 10, '%', '以上'],
      ['1/10', 0.1, ''],
    ]);
    expect(read('发布时间：2024/1/5，全省增长5%。')).toEqual([['5', 5, '%']]);
    expect(read('私营企业占2/3，国有企业占12/100。').map((f) => f[1])).toEqual([2 / 3, 0.12]);
  });

  it('a slash after a decimal, or a denominator of 0, makes no fraction', () => {
    expect(read('增长8.1/3，占比0/0。')).toEqual([]);
  });
});

describe('thousands separators', () => {
  it('groups of exactly three digits after one to three', () => {
    expect(read('完成投资365,000万元，从业人员12,345,678人。')).toEqual([
      ['365,000', 365000, '万元'],
      ['12,345,678', 12345678, '人'],
    ]);
    expect(read('货物进出口总额1,594亿元。')).toEqual([['1,594', 1594, '亿元']]);
  });

  it('a comma before four digits separates two numbers; three digits after four are a group (1234,567 is one number)', () => {
    // (12,3456: the comma is a list's, and only the digits after it carry the unit.)
    expect(read('企业12,3456家。')).toEqual([['3456', 3456, '家']]);
    // A group of three after a comma marks thousands even when the separator before the first group was left out:
    // never 567 alone, nor 1234 and 567 (issue 19's held-out reports).
    expect(read('企业1234,567家。')).toEqual([['1234,567', 1234567, '家']]);
    expect(read('全年实现生产总值1234,567亿元。')).toEqual([['1234,567', 1234567, '亿元']]);
  });
});

describe('decimals', () => {
  it('a point with digits after it; a point at the end of the digits is the sentence’s', () => {
    expect(read('增长3.5%，新增企业12.')).toEqual([['3.5', 3.5, '%']]);
    // "增长17.%" (安康, held-out set 17, annotated as 17%): a point typed right before the percent sign is passed over.
    expect(read('增长3.5%，增长12.%')).toEqual([
      ['3.5', 3.5, '%'],
      ['12', 12, '%'],
    ]);
  });

  it('a number a page broke after its point: "下降3.\\n9个百分点", "385. 23亿元"', () => {
    expect(read('一产占比较2010年下降3.\n9个百分点。')).toEqual([['3.\n9', -3.9, '个百分点']]);
    expect(read('一般公共预算收入完成385. 23亿元。')).toEqual([['385. 23', 385.23, '亿元']]);
  });

  it('a line numbered "4. " before a count is no broken number: "4. 4个重点州(市)" (云南, held-out set 15)', () => {
    const text = '有色金属冶炼和压延加工业增长10.7%。\n4. 4个重点州(市)增速低于全省水平。\n  12. 昆明市同比增长2.0%。';
    expect(read(text)).toEqual([
      ['10.7', 10.7, '%'],
      ['4', 4, '个'],
      ['2.0', 2, '%'],
    ]);
    // The second 4 is the figure, not the line's number.
    const four = extractFigures(text).find((f) => f.unit === '个')!;
    expect(text.slice(four.valueStart - 3, four.valueEnd)).toBe('4. 4');
    // Mid-line, or with more than two digits, the page still broke one number.
    expect(read('收入完成385. 23亿元。\n385. 23亿元。')).toEqual([
      ['385. 23', 385.23, '亿元'],
      ['385. 23', 385.23, '亿元'],
    ]);
  });

  it('a point followed by a space and a word is no broken number', () => {
    expect(read('全年增长8. 主要指标增长6%。')).toEqual([['6', 6, '%']]);
  });
});

describe('the number is the double Number() reads from the digits', () => {
  it('short, long and many-decimal numbers, with separators', () => {
    const written = [
      '0.1',
      '0.3',
      '2.45',
      '6790.32',
      '1.005',
      '123456.789',
      '999999999999999',
      '1234567890123456',
      '12345678901234567890',
      '3.14159265358979323846',
      '0.12345678901234567890123',
      '1.000000000000000000000001',
      '1,234,567,890,123,456,789',
    ];
    for (const w of written) {
      const [f] = read(`全市存款余额${w}元。`);
      expect(f, w).toEqual([w, Number(w.replace(/,/g, '')), '元']);
    }
  });
});

describe('the unit after the number', () => {
  it('one space (or an ideographic space) before 亿元, 万, % or ％', () => {
    expect(read('初步核算，全年实现生产总值6790.32 亿元，比上年增长8.1 %。')).toEqual([
      ['6790.32', 6790.32, '亿元'],
      ['8.1', 8.1, '%'],
    ]);
    expect(read('文化产业实现增加值157.09\u3000亿元，增长5.1 ％，常住人口1270 万人。')).toEqual([
      ['157.09', 157.09, '亿元'],
      ['5.1', 5.1, '%'],
      ['1270', 1270, '万人'],
    ]);
  });

  it('but not before any other unit: "3 个", "8 家" are no figures (a list’s number, a page number)', () => {
    expect(read('详见附表3 个别指标，第8 家企业。')).toEqual([]);
  });

  it('two spaces are too many', () => {
    expect(read('实现生产总值6790.32  亿元。')).toEqual([]);
  });

  it('多 or 余 before or after the magnitude: 1270多万人, 1.2万多元, 300余家, 300多公里', () => {
    const q = (text: string) => extractFigures(text).map((f) => [f.value, f.unit, f.qualifier]);
    expect(q('全市常住人口1270多万人，人均可支配收入1.2万多元，网民规模9亿多人。')).toEqual([
      ['1270', '万人', '多'],
      ['1.2', '万元', '多'],
      ['9', '亿人', '多'],
    ]);
    expect(q('新增市场主体300余家，运营里程达300多公里。')).toEqual([
      ['300', '家', '余'],
      ['300', '公里', '多'],
    ]);
  });

  it('多 or 余 and a qualifier after the unit: 1000多亿元以上 (qualifier 多以上)', () => {
    const q = (text: string) => extractFigures(text).map((f) => [f.value, f.unit, f.qualifier]);
    expect(q('年产值达1000多亿元以上，新增企业300余家以上。')).toEqual([
      ['1000', '亿元', '多以上'],
      ['300', '家', '余以上'],
    ]);
  });

  it('多 with nothing after it is no unit: 10多 is a bare number, no figure', () => {
    expect(read('新增企业10多，增长5%。')).toEqual([['5', 5, '%']]);
  });

  it('万 inside a number before a magnitude, with or without a base unit: 3万8000亿元, 突破3万8000亿', () => {
    expect(read('全省财政收入3万8000亿元，经济总量突破3万8000亿，存款余额1万2000万。')).toEqual([
      ['3万8000', 38000, '亿元'],
      ['3万8000', 38000, '亿', '突破'],
      ['1万2000', 12000, '万'],
    ]);
  });

  it('a decline written so is negative: 减少1万2000亿元 is −12000 亿元', () => {
    expect(read('住户存款比年初减少1万2000亿元。')).toEqual([['1万2000', -12000, '亿元']]);
  });

  it('万 alone is a magnitude: 新增就业12万', () => {
    expect(read('城镇新增就业12万，新增市场主体3.5万。')).toEqual([
      ['12', 12, '万'],
      ['3.5', 3.5, '万'],
    ]);
  });
});

describe('digits glued to a code or a framework are no figure', () => {
  it('1+3+N, 5＋3, a slash run, an underscore, 5G and 4K', () => {
    expect(read('构建“1+3+N”体系，实施5＋3工程，编号2021_15号，建成5G基站2万个，4K超高清，增长5%。')).toEqual([
      ['2', 2, '万个'],
      ['5', 5, '%'],
    ]);
    expect(read('A股上市公司新增5家，GDP增长6.1%。')).toEqual([
      ['5', 5, '家'],
      ['6.1', 6.1, '%'],
    ]);
  });

  it('before a unit: 1+6个, 5＋3个 (a framework), 附件2_12家 (a file name), xz3台, Z10台, A8台 and a6台 (model codes: a letter at either end of a–z, A–Z)', () => {
    expect(read('建设1+6个产业园区，打造5＋3个集群，附件2_12家企业名单，型号xz3台，Z10台，A8台，a6台。')).toEqual([]);
  });

  it('a number written from its point (下降.5个百分点) is not read as 5', () => {
    expect(read('下降.5个百分点，增长5%。')).toEqual([['5', 5, '%']]);
  });

  it('a number glued to the next by a point or a slash: 1.2.3版本, 3/4/5', () => {
    expect(read('发布1.2.3版本，增长3/4/5。')).toEqual([]);
  });
});

describe('qualifiers around the number', () => {
  const q = (text: string) => extractFigures(text).map((f) => [f.value, f.unit, f.qualifier]);

  it('after a bare figure: 指数为102左右', () => {
    expect(q('消费者信心指数为102左右。')).toEqual([['102', '', '左右']]);
  });

  it('超 and 突破 after 将 (将超, 将突破) are qualifiers; 将近 is one word', () => {
    expect(q('预计全年营业收入将超1000亿元，地区生产总值将突破1万亿元，从业人员将近300人。')).toEqual([
      ['1000', '亿元', '超'],
      ['1', '万亿元', '突破'],
      ['300', '人', '将近'],
    ]);
  });

  it('none on a figure that has none', () => {
    expect(q('全年发电量120亿千瓦时，装机容量300万千瓦。')).toEqual([
      ['120', '亿千瓦时', null],
      ['300', '万千瓦', null],
    ]);
  });
});
