/**
 * What a number counts, read after it, stops before what is done to or by it: a verb with 了 ("对34家化工企业实施了…",
 * 东昌府 2018 政府工作报告; "以占全省6.2%的土地面积创造了40%的工业产值", 江苏 2022 高新区) and when the verb happened
 * ("入驻46家企业陆续投产", 建平 2018 政府工作报告). The labels had been 化工企业实施了, 土地面积创造了 and 企业陆续.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a counted noun stops before its verb', () => {
  it('drops a verb done (了)', () => {
    expect(labels('对34家化工企业实施了“四评级一评价”,关闭、拆除不合格企业23家。', ['34'])).toEqual(['化工企业']);
  });

  it('drops a verb done after a share', () => {
    expect(labels('2022年江苏54家省级以上高新区以占全省6.2%的土地面积创造了40%的工业产值。', ['6.2'])).toEqual(['土地面积']);
  });

  it('drops 陆续 before the verb', () => {
    expect(labels('经济开发区家居产业园60万平方米标房入驻46家企业陆续投产。', ['46'])).toEqual(['企业']);
  });
});
