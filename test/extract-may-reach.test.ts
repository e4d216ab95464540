/**
 * What a report says may be reached (或达, 或将, 或突破) is an estimate, as 预计 and 有望 are: never a result.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('may reach (或达)', () => {
  it('is an estimate: "全年工业投资或达3000亿元" (重庆 2012-10, a headline over 1-10月 results)', () => {
    // test/corpus/chongqing-2012-10-industry: the headline, and the results it is written over.
    const text = '全年工业投资或达3000亿元\n\n今年1-10月,我市工业完成投资2353亿元,同比增长23.1%,占全社会总投资的32.4%。';
    expect(the(text, '3000', { asOf: '2012年1-10月' }).status).toBe('estimate');
    expect(the(text, '2353', { asOf: '2012年1-10月' }).status).toBe('actual');
  });

  it('或将 and 或突破 too; 或 alone is no estimate', () => {
    expect(the('全年规上工业产值或将突破1000亿元。', '1000').status).toBe('estimate');
    expect(the('全年规上工业产值或突破1000亿元。', '1000').status).toBe('estimate');
    expect(the('新增或技改项目120个。', '120').status).toBe('actual');
  });
});
