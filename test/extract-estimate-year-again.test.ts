/**
 * A paragraph's 预计 chain (README, Extractor evaluation: a 预计 before a sentence's first figure makes the figures of
 * its paragraph's next sentences estimates, until one names its own time) is not ended by a sentence that names the
 * estimates' own year again, as 全年 or as the year: that is no time of its own. 今年 may be another year (a review
 * written early the next year calls that one 今年), and ends it as before.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const statuses = (text: string, opts?: { asOf?: string }) => extractFigures(text, opts).map((f) => [f.value, f.status]);

describe('a sentence naming the estimates’ year again', () => {
  it('全年 after 预计全年 (襄阳 2022, traditional characters, held-out set 29): its figures are estimates too', () => {
    const xiangyang =
      '2022年,襄陽經濟回穩向好勢頭持續鞏固,預計全年地區生産總值增長6%左右,總量突破5800億元。全年新引進億元以上項目1403個、新開工814個、新竣工300個,規模以上工業總産值突破8000億元;同時,推動5個方面18項重點工作項目化。';
    expect(statuses(xiangyang, { asOf: '2022年' })).toEqual([
      ['6', 'estimate'],
      ['5800', 'estimate'],
      ['1403', 'estimate'],
      ['814', 'estimate'],
      ['300', 'estimate'],
      ['8000', 'estimate'],
      ['5', 'estimate'],
      ['18', 'estimate'],
    ]);
  });

  it('the year itself, as the 预计 sentence named it', () => {
    const text = '2011年,该县预计实现工业总产值220亿元,同比增长59%。2011年,全县新增规上企业30家。';
    expect(statuses(text, { asOf: '2011年' })).toEqual([
      ['220', 'estimate'],
      ['59', 'estimate'],
      ['30', 'estimate'],
    ]);
  });

  it('another time still ends the chain: the months so far, or 今年 (萧县 2011, written in 2012)', () => {
    expect(statuses('预计全年地区生产总值增长8%左右。1-11月,规模以上工业增加值增长7.2%。', { asOf: '2017年' })).toEqual([
      ['8', 'estimate'],
      ['7.2', 'actual'],
    ]);
    const xiaoxian =
      '该县利用丰富的农业资源优势,大力发展农副产品加工业,2011年可实现工业产值138.3亿元,增长60.4%。该县还积极发展能源产业,年产90万吨的金黄庄煤矿今年可望投产,大屯、张庄寨、郭庄、穆集等4座煤矿陆续开工建设。';
    expect(statuses(xiaoxian, { asOf: '2011年' }).find(([v]) => v === '4')).toEqual(['4', 'actual']);
  });
});
