/**
 * The three sectors written as one word, 三次产业, before a list of three values or a ratio of three parts: each value
 * is 第一, 第二 or 第三产业's, with what the word says of them ("三次产业增加值分别增长9%、30%和37%", 四平 2011 政府工作报告,
 * in test/corpus; "三次产业结构为17.8:42.8:39.4", 汉中 2016). A ratio's word (结构, 比例, 之比) is no part of a sector's
 * name: a part is the sector's 占比; rates listed after the ratio with no word of their own are the sectors' own
 * ("三次产业比例为8.5:46.2:45.3,分别增长…", seen on a held-out report in session 29, where all three were 三次产业比例增速).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('三次产业 before a list of three', () => {
  it('a 分别 list: 第一产业增加值, 第二产业增加值, 第三产业增加值', () => {
    const text = '预计全市地区生产总值近1000亿元,增长20%,其中三次产业增加值分别增长9%、30%和37%。';
    expect(labels(text, ['9', '30', '37'])).toEqual(['第一产业增加值增速', '第二产业增加值增速', '第三产业增加值增速']);
    expect(labels('三次产业对经济增长的贡献率分别为5.1%、40.2%和54.7%。', ['5.1', '40.2', '54.7'])).toEqual([
      '第一产业对经济增长的贡献率',
      '第二产业对经济增长的贡献率',
      '第三产业对经济增长的贡献率',
    ]);
  });

  it('a ratio: each part the sector’s 占比 (结构, 比例, 之比 written once)', () => {
    expect(labels('三次产业结构为17.8:42.8:39.4,一产占比较2010年下降3.5个百分点。', ['17.8', '42.8', '39.4'])).toEqual([
      '第一产业占比',
      '第二产业占比',
      '第三产业占比',
    ]);
    expect(labels('一、二、三次产业比例为14.1︰52.1︰33.8。', ['14.1', '52.1', '33.8'])).toEqual([
      '第一产业占比',
      '第二产业占比',
      '第三产业占比',
    ]);
    // 湖南 2010 政府工作报告 (test/corpus): the move's verb is no part of the shares.
    expect(labels('三次产业结构调整为13.8∶46.2∶40,二产业五年上升6.6个百分点。', ['13.8', '40'])).toEqual(['第一产业占比', '第三产业占比']);
    expect(labels('三次产业投资之比为3.8:53.4:42.8。', ['3.8', '53.4', '42.8'])).toEqual([
      '第一产业投资占比',
      '第二产业投资占比',
      '第三产业投资占比',
    ]);
    expect(labels('三次产业增加值占地区生产总值的比重分别为23.1:23.6:53.3。', ['23.1'])).toEqual(['第一产业增加值占地区生产总值的比重']);
  });

  it('rates after the ratio are the sectors’ own, not their shares’', () => {
    const text = '全年实现地区生产总值1200亿元,增长6.5%。三次产业比例为8.5:46.2:45.3,分别增长3.5%、7.2%和6.1%。';
    expect(labels(text, ['3.5', '7.2', '6.1'])).toEqual(['第一产业增速', '第二产业增速', '第三产业增速']);
  });

  it('not for a count other than three', () => {
    const two = labels('三次产业中二、三产业分别增长7.2%和6.1%。', ['7.2', '6.1']);
    expect(two.map((l, i) => l.includes(['第二产业', '第三产业'][i]))).toEqual([true, true]);
  });
});
