/**
 * A 分别 list of changes after figures of one subject in clauses of their own ("固定资产投资7568亿元,增长23.9%,扣除价格因素
 * 实际增长23.2%,名义和实际增速分别比一季度回升6.9和7.8个百分点") is that subject's rate's change, not a change of two
 * subjects taken from the figures just before; and the changes of two falls after them are those falls'. 浙江's 2012
 * 上半年 economy (test/corpus/zhejiang-2012-h1-economy.txt). Written from the survivors of extract-subject's mutation
 * run (session 31: list-subjects.ts, `new Set(previous.map((f) => f.entity)).size === n`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const ZHEJIANG =
  '规模以上工业增加值5073亿元,增长5.2%,增速比一季度回升0.4百分点;固定资产投资7568亿元,增长23.9%,扣除价格因素实际增长23.2%,' +
  '名义和实际增速分别比一季度回升6.9和7.8个百分点,商品房销售面积和销售额分别下降18.6%和16.9%,降幅分别比一季度收窄18.6和21.2个百分点;';

const figure = (value: string, unit: string) => {
  const f = extractFigures(ZHEJIANG, { asOf: '2012年上半年' }).find((x) => x.value === value && x.unit === unit);
  return f && { label: f.label, kind: f.kind, number: f.number };
};

describe('a list of changes after clauses of one subject', () => {
  it('"名义和实际增速分别比一季度回升6.9和7.8个百分点" are 固定资产投资’s rate’s', () => {
    expect(figure('6.9', '个百分点')).toEqual({ label: '固定资产投资增速变化', kind: 'change', number: 6.9 });
    expect(figure('7.8', '个百分点')).toEqual({ label: '固定资产投资增速变化', kind: 'change', number: 7.8 });
  });

  it('"降幅分别比一季度收窄18.6和21.2个百分点" are the two falls’', () => {
    expect(figure('18.6', '个百分点')).toEqual({ label: '商品房销售面积降幅变化', kind: 'change', number: 18.6 });
    expect(figure('21.2', '个百分点')).toEqual({ label: '商品房销售额降幅变化', kind: 'change', number: 21.2 });
  });
});
