/**
 * The fields an industry is divided into (细分领域), picked out by the clause before 的, are what a count after them
 * counts, as firms, industries and projects are ("…增长的行业有").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 台州 2024 1-2月 (http://gxj.taizhou.gov.cn/xwdt/gzdt/art/2024/art_70910ac1ba0045f2a4d2deef1c6d8076.html;
// test/corpus/taizhou-2024-02-industry).
const TAIZHOU_2024 =
  '55个细分领域“40升15降”,其中两位数增长的细分领域达31个,疫苗、海工装备、生物药、调味品、新能源汽车零部件、舾装设备、船用管系等7个领域增速在50%以上。';

describe('fields picked out by the clause before 的', () => {
  it('are what the count counts ("两位数增长的细分领域达31个", 台州 2024)', () => {
    expect(the(TAIZHOU_2024, '31', { asOf: '2024年1-2月' }).label).toBe('细分领域');
  });
});
