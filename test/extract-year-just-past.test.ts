/**
 * "刚刚过去的该省地区生产总值预计增长6.9%" (吉林 2016, 代省长's 政府工作报告 as reported): the year just past is the
 * figure's time and 该省 the report's own place, neither is what is measured. The label had been
 * 刚刚过去的该省地区生产总值增速.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('the year just past before a subject', () => {
  it('is no part of the label', () => {
    expect(labels('吉林省代省长刘国中介绍,刚刚过去的该省地区生产总值预计增长6.9%。', ['6.9'])).toEqual(['地区生产总值增速']);
  });

  it('nor when written 过去的一年', () => {
    expect(labels('过去的一年全县规模以上工业增加值增长8.2%。', ['8.2'])).toEqual(['规模以上工业增加值增速']);
  });
});
