/**
 * "三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9" (瓜州 2023, held-out set 31) and "同比速度由上月下降8.1%轉為增長3%"
 * (北京 2011 5月, held-out set 28): what moves from 上年 (上月) named right before it is of the year (the month) before
 * the figure's own, a result; where it moves to is of the figure's own time. Every part of a ratio moved from is.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GUAZHOU = '初步核算,2023年全縣實現地區生產總值131.7億元,比上年增長7%。三次產業結構由上年18.4:45.9:35.7調整為18.6:46.5:34.9。';
const BEIJING = '5月份,全市半數以上工業品産量增長。全市生産汽車12.6萬輛,同比速度由上月下降8.1%轉為增長3%;全市生産手機1563.6萬部。';

describe('a move from the year or the month before', () => {
  it('gives every part of the ratio moved from the year before (瓜州)', () => {
    for (const v of ['18.4', '45.9', '35.7']) expect(the(GUAZHOU, v, { asOf: '2023年' }).period).toBe('2022年');
    for (const v of ['18.6', '46.5', '34.9']) expect(the(GUAZHOU, v, { asOf: '2023年' }).period).toBe('2023年');
    expect(the(GUAZHOU, '18.4').period).toBe('2022年');
  });

  it('gives a rate moved from 上月 the month before (北京)', () => {
    const from = the(BEIJING, '8.1', { asOf: '2011年1-5月' });
    expect(from.period).toBe('2011年4月');
    expect(from.number).toBe(-8.1);
    expect(the(BEIJING, '3', { asOf: '2011年1-5月' }).period).toBe('2011年5月');
  });

  it('leaves a comparison with 上年, and a move from a year named, as they were', () => {
    expect(the(GUAZHOU, '7', { asOf: '2023年' }).period).toBe('2023年');
    expect(the('全年三次产业结构由2015年的19.8:41:39.2优化为17.9:43:39.1。', '19.8', { asOf: '2016年' }).period).toBe('2015年');
  });
});

describe('a move said with a one-character verb (增至, 降至)', () => {
  it('starts from the year before, as 增加到 does (安徽 2012, held-out set 43)', () => {
    const anhui = '全省62个县(市)GDP总量突破8000亿元大关,由上年的7342.9亿元增至8403.8亿元。';
    expect(the(anhui, '7342.9', { asOf: '2012年' }).period).toBe('2011年');
    expect(the(anhui, '8403.8', { asOf: '2012年' }).period).toBe('2012年');
    expect(the('全市工业企业亏损面由上年的15.2%降至12.1%。', '15.2', { asOf: '2013年' }).period).toBe('2012年');
  });
});
