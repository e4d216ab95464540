/**
 * A group opening a clause and what it includes ("增长较快行业包括…") frames the name after it, which is the subject, as
 * "…产品中汽车" does. 新疆 2014 前三季度 (a 繁體 copy, held-out set 45, test/corpus/xinjiang-2014-q3-industry-traditional.txt).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const XINJIANG =
  '前三季度,新疆工業生產保持平穩,產品銷售率進一步回升。非石油工業增長12.1%,對規模以上工業的貢獻率較大達到66.2%,' +
  '增長較快行業包括電力、熱力生產和供應業增長44.5%,有色金屬冶煉和壓延加工業增長44%等。';

describe('a group and what it includes', () => {
  it('the name after 包括 is the subject: 電力、熱力生產和供應業 (新疆 2014)', () => {
    const read = () => extractFigures(XINJIANG, { asOf: '2014年前三季度' });
    expect(read().find((f) => f.value === '44.5')?.label).toBe('電力、熱力生產和供應業增速');
    expect(read().find((f) => f.value === '44')?.label).toBe('有色金屬冶煉和壓延加工業增速');
  });
});
