/**
 * A gap is signed by the direction of its comparison, once: 落后 (falls behind) says a gap below as 低于 does, and 大于/
 * 小于 compare as 高于/低于 do, so that "降幅大于全省" is a fall bigger than the province's (−), as "降幅比去年高0.3个百分点"
 * (安徽 2012, held-out set 39) is. 落后 compares only before a place or an average ("淘汰落后产能" compares nothing).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// (made up: the genre's "增速落后全市平均水平", a county's 2023 上半年 analysis, with its gap written after it)
const GROWTH = '全市规上工业增加值增长5.4%,';
const FALL = '全市规上工业增加值下降2.1%,';

describe('a gap behind or bigger', () => {
  it('落后 a place or its average is a gap below', () => {
    expect(the(`${GROWTH}落后全省0.7个百分点。`, '0.7')).toMatchObject({ number: -0.7, label: '规上工业增加值落后全省' });
    expect(the(`${GROWTH}增速落后于全国平均水平0.7个百分点。`, '0.7')).toMatchObject({
      number: -0.7,
      label: '规上工业增加值增速落后于全国平均水平',
    });
  });

  it('a fall bigger than another is a loss, one smaller a gain; a rate bigger a gain', () => {
    expect(the(`${FALL}降幅大于全省0.7个百分点。`, '0.7')).toMatchObject({ number: -0.7, label: '规上工业增加值降幅大于全省' });
    expect(the(`${FALL}降幅小于全省0.7个百分点。`, '0.7')).toMatchObject({ number: 0.7, label: '规上工业增加值降幅小于全省' });
    expect(the(`${GROWTH}增速大于全省0.7个百分点。`, '0.7')).toMatchObject({ number: 0.7, label: '规上工业增加值增速大于全省' });
  });

  it('落后 as an adjective compares nothing', () => {
    // 上海 on the 十一五 years (held-out set 35).
    const shanghai = '上海“十一五”以来累计淘汰落后产能3600多个,减少产值超过1000亿元。';
    expect(extractFigures(shanghai, { asOf: '2011年' }).find((f) => f.value === '3600')).toMatchObject({ number: 3600, kind: 'count' });
  });
});
