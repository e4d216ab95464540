/**
 * Names placed between two marks, or below one, in the clause before a 分别 list are its items, as names that passed a
 * mark together are ("宜昌、襄阳双双突破3000亿元,分别达3715.4、3301.2亿元"): "黔南、铜仁、六盘水、黔西南位于 1000 亿元至
 * 1500 亿元之间,分别为 1310.35、1098.90、1081.33、1050.40 亿元;黔东南、安顺低于 1000 亿元,分别为 899.22、819.17 亿元"
 * (贵州 2021 前三季度 by 市州, ZAKER贵阳 on 贵州省统计局's figures, held-out set 53): 1050.40 and 899.22 were labelled 之间.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

const GUIZHOU =
  '黔南、铜仁、六盘水、黔西南位于 1000 亿元至 1500 亿元之间,分别为 1310.35、1098.90、1081.33、1050.40 亿元;黔东南、安顺低于 1000 亿元,分别为 899.22、819.17 亿元。';

describe('names placed by marks before a 分别 list', () => {
  it('are its items, between two marks and below one', () => {
    const read = () => labels(GUIZHOU, ['1310.35', '1098.90', '1081.33', '1050.40', '899.22', '819.17']);
    expect(read()).toEqual(['黔南', '铜仁', '六盘水', '黔西南', '黔东南', '安顺']);
  });

  it('reads the marks written without spaces, and above one', () => {
    const plain = '黔东南、安顺低于1000亿元,分别为899.22、819.17亿元。';
    expect(labels(plain, ['899.22', '819.17'])).toEqual(['黔东南', '安顺']);
    const above = '遵义、贵阳均高于3000亿元,分别为3037.87、3102.44亿元。';
    expect(labels(above, ['3037.87', '3102.44'])).toEqual(['遵义', '贵阳']);
  });

  it('leaves a list after a clause of other figures as before', () => {
    const passed = '宜昌、襄阳双双突破3000亿元,分别达3715.4、3301.2亿元。';
    expect(labels(passed, ['3715.4', '3301.2'])).toEqual(['宜昌', '襄阳']);
  });
});
