/**
 * The rates a growth rate moved from are growth rates too: "由一季度的7.9%、8.5%回升至8.1%、9.3%", also written without
 * 由 ("增速一季度的7.9%回升至8.1%") and after a clause that already says the rate fell ("增速回落,由一季度的7.9%回落至
 * 5.1%": the move is read in the rate's own clause). Not a share's value moving (占比, 产销率), nor a price index's, nor a place. Written from
 * the survivors of extract-figure's mutation run (session 33: figure-kind.ts, the rule before MOVED_TO).
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('the rate a growth rate moved from', () => {
  it('is a growth rate, each of a list', () => {
    const text = '规上工业增加值和工业投资增速由一季度的7.9%、8.5%回升至8.1%、9.3%。';
    expect(the(text, '7.9')).toMatchObject({ kind: 'growth', period: '一季度' });
    expect(the(text, '8.5')).toMatchObject({ kind: 'growth', period: '一季度' });
  });

  it('is a growth rate without 由', () => {
    const text = '规上工业增加值增速一季度的7.9%回升至8.1%。';
    expect(the(text, '7.9')).toMatchObject({ kind: 'growth', label: '规上工业增加值增速', period: '一季度' });
  });

  it('is a growth rate after a clause that says the rate fell', () => {
    const text = '规上工业增加值增速回落,由一季度的7.9%回落至5.1%。';
    expect(the(text, '7.9')).toMatchObject({ kind: 'growth', label: '规上工业增加值增速', period: '一季度', number: 7.9 });
  });

  it('is no growth rate where a share moved', () => {
    expect(the('高技术制造业占比由30.1%回落至28.2%。', '30.1')).toMatchObject({ kind: 'share', label: '高技术制造业占比' });
    expect(the('工业产销率由一季度的97.9%回落至95.1%。', '97.9')).toMatchObject({ kind: 'share', label: '工业产销率' });
  });

  it('is no growth rate where a price index moved', () => {
    const text = '居民消费价格指数由上月的102.1%回落至101.5%。';
    expect(the(text, '102.1')).toMatchObject({ kind: 'level', label: '居民消费价格指数' });
  });

  it('is no growth rate where a place moved', () => {
    expect(the('规上工业增加值增速由一季度的第7位回升至第5位。', '7')).toMatchObject({ kind: 'rank', period: '一季度' });
  });
});
