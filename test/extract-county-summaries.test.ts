/**
 * Two county reports of the genre (search pages) read wrong before: a 分别 list after a second pair of amounts took
 * the first pair's subjects; "提前一个月完成…任务" gave the paragraph the period 1-1月; an amount "…的任务" was a result
 * labelled 提前一个月市下; a slogan in quotes before a year (“三年翻两番”2022年目标) was a multiple.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// A county in 湖北, 2011 (县工业主管部门, news).
const COUNTY_2011 =
  '2011年,我县认真贯彻落实科学发展观,工业经济呈现出又好又快的发展态势。全县完成工业总产值60.54亿元,增加值16.03亿元,同比分别增长53.7%和25.1%;其中规模以上工业实现产值22.09亿元,增加值6.93亿元,同比分别增长106.1%和42%。园区建设实现新突破,入驻邓坪工业园区的2家企业正式投产。';
// A county's 工信局, on 2021 1-11月 and its 2022 plan.
const COUNTY_2022 = [
  '一、2021年1-11月工业经济指标完成情况',
  '全县规模以上工业增加值同比增长13%,增幅全市排名第二;规模以上工业企业营收为30.86亿元,提前一个月完成市下达的30亿元的任务;全县工业税收完成1.96亿元,同比增长31.7%。',
  '县“三年翻两番”2022年目标任务是:全县规模以上开业增加值达到10.86亿元。',
].join('\n');

describe('a 分别 list after a second pair of amounts', () => {
  it('gives the rates the subjects of the amounts just before it', () => {
    expect(the(COUNTY_2011, '53.7', { asOf: '2011年' }).label).toBe('工业总产值增速');
    expect(the(COUNTY_2011, '106.1', { asOf: '2011年' }).label).toBe('规模以上工业产值增速');
    expect(the(COUNTY_2011, '42', { asOf: '2011年' }).label).toBe('规模以上工业增加值增速');
  });

  it('and the firms counted stop before 正式', () => {
    expect(the(COUNTY_2011, '2', { asOf: '2011年' }).label).toBe('企业');
  });
});

describe('ahead of time by a month', () => {
  it('is no period, and the amount of the task is a target of the year', () => {
    expect(the(COUNTY_2022, '1.96').period).toBe('2021年1-11月');
    expect(the(COUNTY_2022, '30')).toMatchObject({ label: '规模以上工业企业营收目标', status: 'target', period: '2021年' });
    expect(the(COUNTY_2022, '30.86').status).toBe('actual');
  });
});

describe('a slogan in quotes before a year', () => {
  it('is no figure', () => {
    expect(extractFigures(COUNTY_2022).map((f) => f.value)).not.toContain('翻两番');
    expect(the(COUNTY_2022, '10.86')).toMatchObject({ period: '2022年', status: 'target' });
  });
});
