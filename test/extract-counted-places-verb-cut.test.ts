/**
 * The verb of a place held among the places counted, written right after them with no 中 between, is none of what is
 * counted: "1-5月份,大武口区规模以上工业增加值增长3%。增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名"
 * (大武口区 2022, test/corpus/dawukou-2022-05-industry) counts 7个沿黄市辖区; the label was 沿黄市辖区排第.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const count = (text: string) => extractFigures(text, { asOf: '2022年1-5月' }).find((f) => f.unit === '个')?.label;

describe('the verb of a place right after the places counted', () => {
  it('is cut from them (大武口区 2022)', () => {
    expect(count('1-5月份,大武口区规模以上工业增加值增长3%。增速在22县区排第14名,在7个沿黄市辖区排第4名,在全市排第1名。')).toBe(
      '沿黄市辖区',
    );
  });

  it('as it is after 中 (郑州 2015)', () => {
    expect(count('预计前三季度,我市工业增速在全国27个省会城市中排名第3位。')).toBe('省会城市');
  });
});
