/**
 * A day a stock is counted up to, after 截至/截止/截止到, is the period of its figures ("截止到4月9日，…开工率达到
 * 96.2%": 九江 2020, held-out set 18); a dateline's day ("4月9日电") is none, and never a whole report's period.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { reportPeriod } from '../src/shared/extract/report-period';
import { the } from './extract-helpers';

const JIUJIANG =
  '1-3月,九江规模以上工业增加值同比下降8.5%。\n2、从开工率上看,开工率明显提高。截止到4月9日,九江规上工业企业开工率达到96.2%,比2月底提高19.2个百分点。企业复产水平明显提升,开工企业中,有八成企业生产水平超过正常水平,均比2月大幅提高。';

describe('截至 a day', () => {
  const asOf = '2020年1-3月';
  it('is the time of the stock figures after it, and of its paragraph', () => {
    for (const v of ['96.2', '19.2', '八']) expect(the(JIUJIANG, v, { asOf }).period, v).toBe('4月9日');
    expect(the(JIUJIANG, '8.5', { asOf }).period).toBe('1-3月');
  });

  it('with its year', () => {
    expect(the('截至2020年4月9日,全市规上工业企业复工率达到98.5%。', '98.5').period).toBe('2020年4月9日');
  });

  it('leaves a dateline’s day no period', () => {
    const f = extractFigures('新华社4月9日电 全市规上工业增加值增长5.1%。', { asOf: '2020年1-3月' });
    expect(f[0].period).toBe('2020年1-3月');
  });

  it('is never the period of the whole report', () => {
    expect(reportPeriod('截止到2020年4月9日,全市规上工业企业开工率达到96.2%。').period).not.toContain('日');
  });
});
