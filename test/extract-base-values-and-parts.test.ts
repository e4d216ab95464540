/**
 * Signs, kinds and periods around the time compared with and the month of a cumulative period (held-out sets 28 and
 * 29): a fall's rate in brackets before 收窄 makes the narrowing a gain; a share's value at the time compared with
 * stays a share; the last month of "1-8月" named alone holds to the end of its part (；); a 分别为 list of rates after
 * the growth rate that introduces it is of that growth; a product made (生产), counted by the piece, is an output.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const JIANGMEN_FIRMS =
  '分企业规模看,大中型企业支撑作用明显。1-8月,全市规上工业大型企业同比增长1.2%,增幅高于全市平均水平3.9个百分点;中型企业下降2.2%,比1-7月(-4.4%)收窄2.2个百分点,8月增长12.0%;小微企业下降6.9%。比1-7月(-10.6%)收窄3.7个百分点,8月增长7.5%。';

describe('a fall narrowing after a stop (江门 2020 1-8月, held-out set 29)', () => {
  it('the rate in brackets of the time compared with, a fall, is what narrows: +3.7', () => {
    const narrowed = the(JIANGMEN_FIRMS, '3.7', { asOf: '2020年1-8月' });
    expect(narrowed.number).toBe(3.7);
    expect(narrowed.kind).toBe('change');
    expect(the(JIANGMEN_FIRMS, '-10.6', { asOf: '2020年1-8月' }).period).toBe('1-7月');
  });

  it('a rise narrowing stays a fall (no bracketed fall before it)', () => {
    expect(the('全市规上工业增加值增长8.1%,比1-7月(9.2%)收窄1.1个百分点。', '1.1', { asOf: '2020年1-8月' }).number).toBe(-1.1);
  });
});

describe('the last month of the months a sentence opened with', () => {
  it('holds to the end of its part: the figures after ； are of 1-8月 again', () => {
    // (The year is the report's, the as-of's or the one the text names: the scorer and the app add it.)
    for (const opts of [{ asOf: '2020年1-8月' }, {}]) {
      expect(the(JIANGMEN_FIRMS, '12.0', opts).period).toBe('8月');
      expect(the(JIANGMEN_FIRMS, '6.9', opts).period).toBe('1-8月');
      // The next sentence reads on with the months, not with the one month.
      expect(the(JIANGMEN_FIRMS, '3.7', opts).period).toBe('1-8月');
    }
  });

  it('a month that is not the last of them is the time of what follows', () => {
    const text = '1-8月,全市规上工业增加值增长5.1%;7月增长6.2%,工业用电量增长3.1%。';
    expect(the(text, '3.1', { asOf: '2020年1-8月' }).period).toBe('7月');
  });
});

describe('a share at the time compared with', () => {
  it('in brackets after 比1-7月, stays a share (增长面 is no growth rate)', () => {
    const text =
      '1-8月,在我市已有的35个工业大类行业中,有20个行业增加值实现正增长,比1-7月增加2个,增长面扩大至57.1%,比1-7月(51.4%)提高5.7个百分点。';
    expect(the(text, '51.4', { asOf: '2020年1-8月' })).toMatchObject({ kind: 'share', period: '1-7月' });
    expect(the(text, '57.1', { asOf: '2020年1-8月' }).kind).toBe('share');
  });

  it('a growth rate in brackets there stays a growth rate', () => {
    const text = '制造业下降4.4%,降幅比1-7月(-7.0%)收窄2.6个百分点。';
    expect(the(text, '-7.0', { asOf: '2020年1-8月' })).toMatchObject({ kind: 'growth', number: -7 });
    expect(the(text, '2.6', { asOf: '2020年1-8月' }).number).toBe(2.6);
  });
});

describe('a 分别为 list of names with their rates (保定 2021-07, held-out set 28)', () => {
  const baoding =
    '1-7月,22个县(市、区)规上工业增加值同比均实现正增长。其中,4个县(市、区)增速超过30%,分别为徐水区51.5%、莲池区47.2%、涿州市33.5%、顺平县30%;12个县(市、区)增速超过15%。';

  it('is of the growth rate that introduces it', () => {
    const figures = extractFigures(baoding, { asOf: '2021年1-7月' });
    expect(figures.filter((f) => ['51.5', '47.2', '33.5'].includes(f.value)).map((f) => [f.value, f.kind])).toEqual([
      ['51.5', 'growth'],
      ['47.2', 'growth'],
      ['33.5', 'growth'],
    ]);
    expect(figures.filter((f) => f.value === '30').map((f) => f.kind)).toEqual(['growth', 'growth']);
  });

  it('after a share, its items stay shares', () => {
    const text = '4个县(市、区)工业占比超过30%,分别为徐水区51.5%、莲池区47.2%。';
    expect(the(text, '51.5').kind).toBe('share');
  });
});

describe('a product made, counted by the piece (北京 2011-05, traditional characters)', () => {
  it('is its output, a level', () => {
    const beijing = '全市生産汽車12.6萬輛,同比速度由上月下降8.1%轉為增長3%;全市生産手機1563.6萬部,比4月份減少272.6萬部,持續兩個月減産。';
    expect(the(beijing, '1563.6', { asOf: '2011年1-5月' }).kind).toBe('level');
    expect(the(beijing, '272.6', { asOf: '2011年1-5月' })).toMatchObject({ kind: 'change', number: -272.6 });
  });

  it('not a production line or firms counted', () => {
    expect(the('新建生产线20套。', '20').kind).toBe('count');
    expect(the('新增规上工业企业20家。', '20').kind).toBe('count');
  });
});
