/**
 * Words of a city's report on growth projects (常州 2023 上半年) and a county's industry (长垣 2023), read wrong
 * before: 新增产值 cut at 增产, 新增长点 at 增长, "完成全年目标的56.6%" labelled 目标 and given the whole year, an amount
 * naming a class of firms dropped from the label, "1月至4月" left in it.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 常州 2023 (市工信局, 工业经济新增长点项目).
const CHANGZHOU =
  '上半年,我市200个工业经济新增长点项目发展良好,有力支撑了全市工业经济平稳发展。全市工业经济新增长点项目企业实现产值2072.8亿元,同比增长18.6%;新增产值282.8亿元,完成全年目标的56.6%,超时序进度6.6个百分点。其中,新增产值超亿元企业达75家,比去年同期增加10家;新增产值超10亿元企业有6家,新增产值超30亿元企业有1家。';
const opts = { asOf: '2023年上半年' };

describe('新增产值 and 新增长点', () => {
  it('are words of the subject, not a verb inside it', () => {
    expect(the(CHANGZHOU, '282.8', opts).label).toBe('新增产值');
    expect(the(CHANGZHOU, '2072.8', opts).label).toBe('工业经济新增长点项目企业产值');
    expect(the(CHANGZHOU, '75', opts).label).toBe('新增产值超亿元企业');
  });
});

describe('what part of a year’s target is done', () => {
  it('is of the measure before, over the report’s months', () => {
    expect(the(CHANGZHOU, '56.6', opts)).toMatchObject({ label: '新增产值完成全年目标', period: '上半年', kind: 'share' });
    expect(the('1-6月,全市完成工业投资120亿元,完成年度计划的55%。', '55').label).toBe('工业投资完成年度计划');
  });

  it('with no measure before it, is still read: a share of the target', () => {
    expect(the('上半年,完成全年目标的56.6%。', '56.6', opts)).toMatchObject({ number: 56.6, unit: '%', kind: 'share', period: '上半年' });
  });
});

describe('an amount naming the firms counted', () => {
  it('stays in their label', () => {
    expect(the(CHANGZHOU, '6', opts).label).toBe('新增产值超10亿元企业');
    expect(the(CHANGZHOU, '1', opts).label).toBe('新增产值超30亿元企业');
  });
});

describe('months written 1月至4月', () => {
  it('are the period, not the subject', () => {
    // 长垣 2023 (新华社).
    const changyuan = '当地起重机产业近年来逆势成长,今年1月至4月实现规模以上销售收入88.8亿元,同比增长6.2%;完成税收5.7亿元。';
    expect(the(changyuan, '88.8', { asOf: '2023年1-4月' })).toMatchObject({ label: '规模以上销售收入', period: '1-4月' });
  });
});
