/** "“40升15降”": how many rose and how many fell, two counts written without a counter (泰州 2024, held-out set 35). */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 泰州市工业和信息化局, 2024-03-25 (held-out set 35).
const TAIZHOU = '55个细分领域“40升15降”,其中两位数增长的细分领域达31个,疫苗、海工装备等7个领域增速在50%以上。';

describe('N升M降', () => {
  it('is two counts of what is named before it', () => {
    expect(the(TAIZHOU, '40', { asOf: '2024年1-2月' })).toMatchObject({ kind: 'count', number: 40, unit: '' });
    expect(the(TAIZHOU, '15', { asOf: '2024年1-2月' })).toMatchObject({ kind: 'count', number: 15, unit: '' });
    expect(the(TAIZHOU, '40', { asOf: '2024年1-2月' }).label).toContain('细分领域');
  });

  it('not a bare number before 升 alone, nor a decimal (made up)', () => {
    expect(extractFigures('容量40升的储罐,价格下降明显。').map((f) => f.value)).toEqual([]);
    expect(extractFigures('指标“4.5升1.5降”。').map((f) => f.value)).toEqual([]);
  });
});
