/**
 * A rate reckoned another way, "扣除价格因素实际增长23.2%" and "名义和实际增速分别…回升6.9和7.8个百分点" (浙江 2012,
 * held-out set 22): how the rate is reckoned is not what it is of; the subject is the amount's before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const ZHEJIANG =
  '固定资产投资7568亿元,增长23.9%,扣除价格因素实际增长23.2%,名义和实际增速分别比一季度回升6.9和7.8个百分点;' +
  '社会消费品零售总额6373亿元,增长13%,扣除价格因素实际增长9.7%,实际增速比一季度加快0.7个百分点。';

describe('a rate after 扣除价格因素 or 名义/实际', () => {
  it('is the rate of the amount before it', () => {
    expect(the(ZHEJIANG, '23.2').label).toBe('固定资产投资增速');
    expect(the(ZHEJIANG, '6.9').label).toContain('固定资产投资');
    expect(the(ZHEJIANG, '7.8').label).toContain('固定资产投资');
    expect(the(ZHEJIANG, '9.7').label).toBe('社会消费品零售总额增速');
    expect(the(ZHEJIANG, '0.7').label).toContain('社会消费品零售总额');
    expect(the(ZHEJIANG, '0.7').kind).toBe('change');
  });

  it('leaves a measure named 实际 alone (实际利用外资)', () => {
    expect(the('实际利用外资7.3亿美元,增长19.8%。', '7.3').label).toBe('实际利用外资');
  });
});
