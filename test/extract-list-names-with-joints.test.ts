/**
 * A 分别 list whose names hold 、 and 和/及 themselves (an industry's official name: 电力、热力、燃气及水生产和供应业)
 * splits where each name ends as the last one does (业), a measure written once after the last name (增加值) being
 * every item's. Each figure gets its own name: the corpus scores a label by "contains", so a label naming both items
 * ("采矿业和电力…") passed there while the chart showed two bars named alike. The labels are checked exactly.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a list of names that hold 、 and 和', () => {
  it('a pair joined by 和, the second name holding 、, 及 and 和 (江门 2020 1-8月, held-out set 29)', () => {
    const jiangmen =
      '分三大门类看,1-8月,采矿业和电力、热力、燃气及水生产和供应业增加值同比保持两位数增长,分别增长18.6%和10.3%;制造业下降4.4%,降幅比1-7月(-7.0%)收窄2.6个百分点,其中8月增长8.5%,增速高于全市平均水平2.2个百分点。';
    expect(labels(jiangmen, ['18.6', '10.3'])).toEqual(['采矿业增加值增速', '电力、热力、燃气及水生产和供应业增加值增速']);
    // The same pair with its measure before 分别, in the clause of the list.
    expect(labels('采矿业和电力、热力、燃气及水生产和供应业增加值分别增长18.6%和10.3%。', ['18.6', '10.3'])).toEqual([
      '采矿业增加值增速',
      '电力、热力、燃气及水生产和供应业增加值增速',
    ]);
  });

  it('three names joined by 、, the first holding 、 and 及 (北京 2011-05, traditional characters)', () => {
    const beijing =
      '另外,通信設備、計算機及其他電子設備製造業、電氣機械及器材製造業、黑色金屬冶煉及壓延加工業繼續下降,分別下降16.3%、11.3%和74%。';
    expect(labels(beijing, ['16.3', '11.3', '74'])).toEqual([
      '通信設備、計算機及其他電子設備製造業增速',
      '電氣機械及器材製造業增速',
      '黑色金屬冶煉及壓延加工業增速',
    ]);
  });

  it('three 门类 as the national releases name them, the last holding 、', () => {
    const text = '1-8月,采矿业、制造业和电力、热力、燃气及水生产和供应业增加值分别增长5.1%、8.5%和12.9%。';
    expect(labels(text, ['5.1', '8.5', '12.9'])).toEqual([
      '采矿业增加值增速',
      '制造业增加值增速',
      '电力、热力、燃气及水生产和供应业增加值增速',
    ]);
  });

  it('names that end unlike one another are not split so (no guess)', () => {
    // 工业 and 服务业 do not end alike: the pair is not cut at a 和 inside a name.
    const [a, b] = labels('规模以上工业和电力、热力生产和供应服务分别增长5%和6%。', ['5', '6']);
    expect(a).not.toBe('规模以上工业增速');
    expect(b).not.toBe('电力、热力生产和供应服务增速');
  });
});

describe('the names before a mark passed together', () => {
  it('are the items of the 分别 list after it (湖北 2012)', () => {
    const hubei =
      '2012年武汉市工业主营收入达到9440.5亿元,宜昌、襄阳双双突破3000亿元,分别达3715.4、3301.2亿元,合计占全省的比重达22.4%;荆门、黄石突破2000亿元,分别达2110.3、2056.1亿元。';
    expect(labels(hubei, ['3715.4', '3301.2', '2110.3', '2056.1'])).toEqual(['宜昌', '襄阳', '荆门', '黄石']);
  });

  it('not names before a place held (所占比重居前3位 is no mark passed)', () => {
    const text =
      '2016年,在全市35个工业行业大类中,化学原料和化学制品制造业、农副食品加工业、电气机械和器材制造业所占比重居前3位,分别为14.1%、13%、10.6%。';
    expect(labels(text, ['14.1', '13', '10.6'])).toEqual(['化学原料和化学制品制造业', '农副食品加工业', '电气机械和器材制造业']);
  });
});
