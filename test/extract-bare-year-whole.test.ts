/**
 * A year written without its 年 right before 全年 ("比2015全年回落0.9個百分點", 广西 2016 1至2月, held-out set 25) is that
 * year: a base after 比, not the report's own 全年 that the paragraph's later figures would take as their period.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { periodMentions } from '../src/shared/extract/periods';

const GUANGXI =
  '1至2月,廣西規模以上工業增加值高於全國1.6個百分點,但比上年同期回落1.0個百分點,比2015全年回落0.9個百分點。其中,高技術六大産業全部實現增長,增速高於規模以上工業增速0.1個百分點。同時,廣西小微工業企業也實現較快增長,同比增長15.3%。';

describe('a bare year before 全年', () => {
  it('is that year, a base after 比, a time where it opens the sentence', () => {
    expect(periodMentions('比2015全年回落0.9个百分点。', 2016).map((m) => [m.text, m.role])).toEqual([['2015年', 'base']]);
    expect(periodMentions('2015全年工业增加值增长8%。', 2016).map((m) => [m.text, m.role])).toEqual([['2015年', 'time']]);
    // Not the end of a longer number.
    expect(periodMentions('产值12015全年', 2016).map((m) => m.text)).toEqual(['2016年']);
  });

  it('leaves the sentence’s and the paragraph’s figures in their own months', () => {
    const periods = extractFigures(GUANGXI, { asOf: '2016年1-2月' }).map((f) => [f.value, f.period]);
    expect(periods).toEqual([
      ['1.6', '1-2月'],
      ['1.0', '1-2月'],
      ['0.9', '1-2月'],
      ['0.1', '1-2月'],
      ['15.3', '1-2月'],
    ]);
  });
});
