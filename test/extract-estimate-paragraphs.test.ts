/**
 * A 预计 that opens a paragraph's figures (a report written before the year's data are final: "预计全年地区生产总值
 * 2.15万亿元…") makes the figures of that paragraph's next sentences estimates too, until one names its own time.
 * The corpus convention (README, Extractor evaluation): an estimate must never stand among results as if final,
 * and the year's other figures in that paragraph are no more final than the first. From 广州's 政府工作报告 news
 * (guangzhou-2017-government-work) and 广西's 工业和信息化 review (guangxi-2015-industry-informatization).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const statuses = (text: string, opts?: { asOf?: string }) => extractFigures(text, opts).map((f) => [f.value, f.status]);

describe('a paragraph opened by 预计', () => {
  it('its next sentences’ figures are estimates', () => {
    const guangzhou =
      '报告首先回顾了2017年工作。预计全年地区生产总值2.15万亿元,比上年增长7%以上。完成固定资产投资6000亿元, 增长8%左右。社会消费品零售总额 9400亿元, 增长8%。';
    for (const opts of [{ asOf: '2017年' }, {}])
      expect(statuses(guangzhou, opts)).toEqual([
        ['2.15', 'estimate'],
        ['7', 'estimate'],
        ['6000', 'estimate'],
        ['8', 'estimate'],
        ['9400', 'estimate'],
        ['8', 'estimate'],
      ]);
    // "其中": a part of an estimated whole is an estimate too.
    expect(statuses('预计全年地区生产总值增长8%左右。其中，工业增长9%。', { asOf: '2017年' })).toEqual([
      ['8', 'estimate'],
      ['9', 'estimate'],
    ]);
    const guangxi =
      '千亿元产业实现新突破。预计新增建材和电子信息两个2000亿元产业,2000亿元产业有望达7个。电子信息保持30%的增速,汽车等5个产业实现两位数以上增长。';
    expect(the(guangxi, '30', { asOf: '2015年' }).status).toBe('estimate');
  });

  it('ends with its paragraph, at a sentence naming its own time or holding no figure; a 预计 after the first figure starts none', () => {
    const next = '预计全年地区生产总值增长8%左右。\n完成固定资产投资6000亿元。';
    expect(the(next, '6000', { asOf: '2017年' }).status).toBe('actual');
    const timed = '预计全年地区生产总值增长8%左右。1-11月，规模以上工业增加值增长7.2%。';
    expect(the(timed, '7.2', { asOf: '2017年' }).status).toBe('actual');
    // 广州: the year's figures, then the year's other news, then figures again.
    const ended = '预计全年地区生产总值2.15万亿元。人民生活持续改善,十件民生实事全面兑现。新增城镇就业32万人。';
    expect(the(ended, '32', { asOf: '2017年' }).status).toBe('actual');
    // 预计 only after the sentence's first figure marks what follows it there, not the next sentence.
    const late = '全市地区生产总值增长7%，预计全年增长7.5%。完成固定资产投资6000亿元。';
    expect(statuses(late, { asOf: '2017年' })).toEqual([
      ['7', 'actual'],
      ['7.5', 'estimate'],
      ['6000', 'actual'],
    ]);
    // A bracketed (预计数) marks only its own figure.
    expect(the('全省生产总值达到1.5万亿元以上(预计数)。人均生产总值达到23100元。', '23100', { asOf: '2010年' }).status).toBe('actual');
  });
});

describe('a headline with a figure over a review', () => {
  it('its year after the report’s own opens no section of targets: the results under it stay results', () => {
    // 广州 2018: the headline names 2018's target; the lines under it review 2017 (the report's as-of).
    const text = '今年GDP预期增长7.5%左右\n报告首先回顾了2017年工作。完成固定资产投资6000亿元, 增长8%左右。';
    for (const opts of [{ asOf: '2017年' }, {}])
      expect(statuses(text, opts)).toEqual([
        ['7.5', 'target'],
        ['6000', 'actual'],
        ['8', 'actual'],
      ]);
    // A heading without figures naming a later year still does.
    expect(the('三、2025年重点工作\n规上工业增加值增长6%。', '6', { asOf: '2024年' }).status).toBe('target');
  });
});

describe('a time named after a sentence’s first figure, in a paragraph of estimates (四平 2011, held-out set 24)', () => {
  const siping =
    '一、2011年工作回顾\n——综合经济实力赶超提升。预计全市地区生产总值近1000亿元,增长20%。全市规模以上工业总产值、增加值、利润分别完成1460亿元、440亿元、50亿元,分别增长48.5%、25.6%和43%,工业经济总量前三季度跃升至全省第三位。社会消费品零售总额达到339亿元,增长17.8%,居民消费价格涨幅控制在4.8%以内。外贸出口额实现8200万美元,增长21%。奋力直追,在数对数的评比条件下,我市荣获全省“发展杯”竞赛活动第二名的业绩。';

  it('is its own clause’s: the year’s figures before it and after it stay estimates of the year', () => {
    for (const opts of [{ asOf: '2011年' }, {}]) {
      const all = extractFigures(siping, opts);
      const of = (v: string) => all.find((f) => f.value === v)!;
      for (const v of ['1460', '440', '50', '48.5', '25.6', '43', '339', '17.8', '4.8', '8200', '21'])
        expect([v, of(v).status]).toEqual([v, 'estimate']);
      expect([of('三').status, of('三').period]).toEqual(['actual', '前三季度']);
      expect(of('339').period).not.toBe('前三季度');
    }
  });

  it('a place won in a contest is a result', () => {
    expect(the(siping, '二', { asOf: '2011年' }).status).toBe('actual');
  });
});

describe('where a move starts, in a paragraph of estimates (四平 2011, held-out set 24)', () => {
  it('is a result: "其总量由全省第八位跃升到第四位" after 预计', () => {
    const text =
      '一、2011年工作回顾\n预计全市地区生产总值近1000亿元。市本级地方级财政收入完成17.5亿元,增长44.6%,实现两年翻番,其总量由全省第八位跃升到第四位。';
    for (const opts of [{ asOf: '2011年' }, {}]) {
      expect(the(text, '八', opts).status).toBe('actual');
      expect(the(text, '四', opts).status).toBe('estimate');
      expect(the(text, '17.5', opts).status).toBe('estimate');
    }
  });
});
