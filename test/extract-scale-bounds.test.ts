/**
 * The bound a firm passes to be counted 规模以上 ("国家将规模以上工业企业由年销售收入500万元提高到2000万元后", 天水 2010,
 * held-out set 19) is a class's, no figure of the report; the amounts around it still are.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const values = (text: string) => extractFigures(text, { asOf: '2010年' }).map((f) => f.value);

describe('the bound of 规模以上', () => {
  it('is no figure, before 提高到 or after it', () => {
    expect(
      values(
        '今年,按照新的统计口径,国家将规模以上工业企业由年销售收入500万元提高到2000万元后,预计实现规模以上工业增加值54.7亿元,增长14%。',
      ),
    ).toEqual(['54.7', '14']);
    expect(values('从2011年起,规模以上工业企业起点标准由年主营业务收入500万元提高到2000万元。')).toEqual([]);
  });

  it('a firm’s own sales are a figure', () => {
    expect(values('规模以上工业企业实现年销售收入500亿元,增长12%。')).toEqual(['500', '12']);
  });
});
