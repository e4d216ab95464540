/**
 * A release whose first lines give a lagging measure's months to date (profits, a month behind) and whose next
 * paragraph opens on the span a month longer is about that longer span: 湖南's 经信委 on 2016's first ten months
 * (held-out set 49) opens on "1-9月,…主营业务收入…利润总额…" then "1-10月,全省工业经济…", and without an as-of its
 * paragraphs naming no period were given 1-9月.
 */
import { describe, expect, it } from 'vitest';
import { reportPeriod } from '../src/shared/extract/report-period';
import { the } from './extract-helpers';

const HUNAN = `湖南规模工业增加值回升

1-9月,全省规模以上工业企业累计实现主营业务收入25551亿元,同比增长8.6%,高于全国平均水平4.9个百分点,居全国第4位,中部第1位。盈亏相抵后实现利润总额1059.8亿元,增长8.8%,高于全国平均水平0.4个百分点。

  1-10月,全省工业经济面对极其错综复杂的经济形势,总体保持稳中有进、稳中趋优态势。全省14个市州生产均实现增长。

  多数行业稳。39个大类行业中31个行业增加值保持同比增长。`;

describe('the report period after a lagging measure', () => {
  it('is the span a month longer that opens the next paragraph', () => {
    expect(reportPeriod(HUNAN).period).toBe('1-10月');
    expect(the(HUNAN, '39').period).toBe('1-10月');
    // The lagging measure keeps its own months.
    expect(the(HUNAN, '25551').period).toBe('1-9月');
  });

  it('not a longer span named inside a sentence, nor one two months on', () => {
    expect(reportPeriod('1-9月,全省规模以上工业增加值增长7.1%,比1-10月的预计增速低0.1个百分点。\n全省工业经济平稳。').period).toBe('1-9月');
    expect(reportPeriod('1-8月,全省工业企业利润增长8%。\n1-10月,全省规模以上工业增加值增长7%。').period).toBe('1-8月');
  });
});
