/**
 * A change in points of a rate the clause names right after its subject ("…增加值增速同比提高15.4个百分点") is that
 * rate's change: the label keeps the rate (增速, 增幅, 涨幅, 降幅), which the subject stops before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a rate named before its change', () => {
  it('stays in the label', () => {
    // xinjiang-2024-q1-industry-traditional (held-out set 36).
    const xinjiang =
      '一季度,規模以上高技術製造業、戰略性新興產業增加值同比分別增長6.2%和16.1%,其中:戰略性新興產業增加值增速同比提高15.4個百分點,快於規模以上工業增加值增速8.1個百分點。';
    expect(the(xinjiang, '15.4', { asOf: '2024年一季度' }).label).toBe('戰略性新興產業增加值增速變化');
    // (made up, the brief's form)
    expect(the('规上工业产值增速提高2个百分点。', '2').label).toBe('规上工业产值增速变化');
    expect(the('规上工业增加值降幅收窄1.2个百分点。', '1.2').label).toBe('规上工业增加值降幅变化');
  });

  it('not when the subject already ends in a rate, nor when none is written', () => {
    expect(the('全市规上工业增加值增长8.2%,增速提高2个百分点。', '2').label).toBe('规上工业增加值增速变化');
    expect(the('高技术产业占比提高1.2个百分点。', '1.2').label).toBe('高技术产业占比变化');
  });
});
