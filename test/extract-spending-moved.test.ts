/**
 * 增支 and 减支 (spending more or less) move an amount as 增收 and 减收 do: "地方一般預算支出484.5億元,比上年增支126.5億元"
 * (海南's 2010 政府工作報告, a 繁體 copy, http://crushexpo.com/reports/2010-02/01/content_19346152.htm, held-out set 44)
 * read the 126.5亿元 added as a level.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const kinds = (text: string) => extractFigures(text, { asOf: '2009年' }).map((f) => [f.value, f.kind, f.number]);

describe('增支 and 减支', () => {
  it('are a change of the spending just given (海南 2009, held-out set 44)', () => {
    expect(kinds('地方一般預算支出484.5億元,比上年增支126.5億元,完成年度預算任務。')).toEqual([
      ['484.5', 'level', 484.5],
      ['126.5', 'change', 126.5],
    ]);
  });

  it('减支 is a fall', () => {
    expect(kinds('一般公共预算支出320亿元,比上年减支12亿元。')).toEqual([
      ['320', 'level', 320],
      ['12', 'change', -12],
    ]);
  });
});
