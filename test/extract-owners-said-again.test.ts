/**
 * Owners of figures as reports word them around the figure (held-out sets 26 and 28): what a measure owes its figures
 * to (得益于, 受益于) is no part of its owner; a rate said again after a word on it ("小小的1.2%") is the growth rate
 * read last; the firms watched (密切关注40户重点企业) are what is counted, not the watching; so is the whole a count is
 * among ("工业37个行业大类中31个"), not the subject before it.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { labels, the } from './extract-helpers';

describe('what a measure owes its figures to', () => {
  it('is no part of its owner (大庆 2016 一季度, held-out set 26)', () => {
    const daqing =
      '随着项目建设的全力推进,地方规上工业得益于皮革、食品、石化等形势利好因素,实现增加值38.6亿元,同比增长2%,比去年全年提高13.1个百分点。';
    expect(labels(daqing, ['38.6', '2', '13.1'])).toEqual(['地方规上工业增加值', '地方规上工业增加值增速', '地方规上工业增加值增速变化']);
    expect(the('全市电子信息产业受益于订单回流,实现产值120亿元。', '120').label).toBe('电子信息产业产值');
  });
});

describe('a rate said again', () => {
  const daqing =
    '大庆市统计局最新发布的经济数据显示,一季度全市GDP实现553.4亿元,同比增长1.2%,比去年全年提高3.5个百分点,结束了一年多的负增长。\n  小小的1.2%来之不易,凸显大庆经济企稳回升的良好势头。';

  it('after a word on it and 的, is the growth rate read last (大庆 2016 一季度, held-out set 26)', () => {
    const [first, again] = extractFigures(daqing, { asOf: '2016年一季度' }).filter((f) => f.value === '1.2');
    expect(again).toMatchObject({ kind: 'growth', label: first.label });
    expect(again.label).toBe('GDP增速');
  });

  it('not another value, nor a share named', () => {
    const other = daqing.replace('小小的1.2%', '小小的3%');
    expect(the(other, '3', { asOf: '2016年一季度' }).kind).toBe('share');
    const share = extractFigures('全市GDP同比增长1.2%。服务业占比1.2%。').at(-1)!;
    expect(share.kind).toBe('share');
  });
});

describe('firms watched', () => {
  it('are what is counted (银川 2023 1-2月, held-out set 28)', () => {
    const yinchuan =
      '今年以来,市工信局完善“日监测、周报送、半月调度、月分析、季通报”工作机制,密切关注40户重点企业,紧盯增加率较高重点企业,持续开展包抓。';
    expect(the(yinchuan, '40', { asOf: '2023年1-2月' })).toMatchObject({ label: '重点企业', kind: 'count' });
  });
});

describe('a count among a whole named before 中', () => {
  it('with the count of those among them right after 中 (保定 2021-07, held-out set 28)', () => {
    const baoding = '工业行业增势强劲。1-7月,工业37个行业大类中31个实现正增长,占比83.8%。';
    expect(labels(baoding, ['37', '31'])).toEqual(['行业大类', '行业大类']);
    // As with 有 after 中 (test/extract-labels.test.ts).
    expect(the('全市工业12个行业大类中9个实现增长。', '12').label).toBe('行业大类');
  });
});

describe('a count of what is worked on', () => {
  it('after another count and its noun, or after 抓好, counts the noun after it (襄阳 2022, traditional characters, held-out set 29)', () => {
    const aspects = '同時,制定出臺襄陽都市圈發展協調機制工作規則,推動5個方面18項重點工作項目化、清單化、具體化。';
    expect(the(aspects, '5', { asOf: '2022年' }).label).toBe('方面');
    expect(the(aspects, '18', { asOf: '2022年' }).label).toMatch(/^重點工作/u);
    const projects = '推動現代服務業提速升級,積極引進國內外知名零售企業,重點抓好33個文旅體産業項目,大力發展數字經濟。';
    expect(the(projects, '33', { asOf: '2022年' }).label).toBe('文旅體産業項目');
  });

  it('two counts of things named each before its own number keep their names', () => {
    expect(labels('全市新增规上企业20家、高新技术企业15家。', ['20', '15'])).toEqual(['新增规上企业', '高新技术企业']);
  });
});

describe('the quarter alone before its rate', () => {
  it('is its time, no owner: the measure the aspect clause named is (盘山县 2022, held-out set 26)', () => {
    const panshan = '地区生产总值方面,降幅较年初收窄24个百分点,当季同比增长15.4个百分点。';
    const quarter = the(panshan, '15.4', { asOf: '2022年' }).label;
    expect(quarter).toMatch(/^地区生产总值/u);
    expect(quarter).not.toContain('当季');
  });
});
