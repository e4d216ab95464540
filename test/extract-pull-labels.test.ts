/**
 * A pull in points ("拉动规模以上工业增长3.6个百分点") after a growth rate and its change is the pull of that measure on
 * the whole, named with 拉动: not the change of the rate before it, which a bare change in points after a rate is
 * ("增速较1-2月加快2.6个百分点"). 陕西 2020 一季度 (corpus: shaanxi-2020-q1-industry).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHAANXI =
  '一季度,能源工业受疫情影响较小且受主要行业带动,对全省增速贡献突出,增加值同比增长7.4%,增速较1-2月加快2.6个百分点,拉动规模以上工业增长3.6个百分点。';

describe('a pull after a rate and its change', () => {
  it('is named as a pull, not as the rate’s change', () => {
    expect(the(SHAANXI, '2.6').label).toBe('能源工业增加值增速变化');
    const pull = the(SHAANXI, '3.6');
    expect(pull.label).toContain('拉动规模以上工业');
    expect(pull.label).not.toBe('能源工业增加值增速变化');
  });
});

/**
 * 港北區 2021 1-10月 (traditional characters, held-out set 41): an industry's long name and a pull on the district's
 * output went over the label's 30 characters and were cut from the head ("屬冶煉和壓延加工業…"). The pull's scope
 * gives way first: the place named in it, then all but the measure pulled.
 */
const GANGBEI =
  '1-10月,港北區21個行業大類中,16個行業工業總產值保持正增長。黑色金屬冶煉和壓延加工業工業總產值同比增長32.5%,拉動港北區規模以上工業總產值增長11.2個百分點;木材加工和木竹藤棕草制品業工業總產值同比增長32.9%,拉動港北區規模以上工業總產值增長2.4個百分點。';

describe('a long pull label', () => {
  it('keeps the name of what pulls whole, the scope shortened', () => {
    expect(the(GANGBEI, '11.2', { asOf: '2021年1-10月' }).label).toBe('黑色金屬冶煉和壓延加工業工業總產值拉動規上工業總產值增速變化');
    expect(the(GANGBEI, '2.4', { asOf: '2021年1-10月' }).label).toBe('木材加工和木竹藤棕草制品業工業總產值拉動總產值增速變化');
  });

  it('a short one keeps its scope as written', () => {
    expect(the('飼料加工工業總產值同比增長94.2%,拉動港北區規模以上工業總產值增長5個百分點。', '5').label).toBe(
      '飼料加工工業總產值拉動港北區規模以上工業總產值增速變化',
    );
  });
});
