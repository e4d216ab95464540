/**
 * A bound word (低于, 高于) with a space between it and its number is still the figure's qualifier: "黔东南、安顺低于
 * 1000 亿元,分别为 899.22、819.17 亿元" (贵州 2021 前三季度 by 市州, ZAKER贵阳 on 贵州省统计局's figures, a page that
 * sets every number off by spaces, held-out set 53): 1000亿元 lost its 低于 and read as the two's level.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GUIZHOU =
  '黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间,分别为 1310.35、1098.90、1081.33、1050.40 亿元;黔东南、安顺低于 1000 亿元,分别为 899.22、819.17 亿元。';

describe('a bound word spaced from its number', () => {
  it('is kept as the qualifier', () => {
    const bound = () => the(GUIZHOU.slice(GUIZHOU.indexOf('黔东南')), '1000', { asOf: '2021年1-9月' });
    expect(bound().qualifier).toBe('低于');
  });

  it('reads as the unspaced bound does, and a bound named after stays none', () => {
    expect(the('全年有3个月增速低于 10%。', '10').qualifier).toBe('低于');
    expect(the('全年有3个月增速低于10%。', '10').qualifier).toBe('低于');
    expect(the('增速高于 7.3%的全国年均增幅。', '7.3').qualifier).toBeNull();
    expect(the('增速低于全省 0.5 个百分点。', '0.5').qualifier).toBeNull();
  });

  it('leaves a spaced number after another word without a bound', () => {
    expect(the('铜仁完成 1098.90 亿元。', '1098.90').qualifier).toBeNull();
  });
});
