/**
 * A sentence holding no figure is no part of a period it sums: its 当月 is the time of the sentence after it, as 当月
 * opening a sentence is. "4月以来,疫情防控进入常态化,市场需求有所提升。辽宁省大部分城市当月生产形势较3月有所好转。
 * 其中,阜新、沈阳、盘锦、铁岭、大连、丹东6市已经实现正增长" (辽宁 2020 4月, held-out set 54): the count of cities was
 * given 1-4月, the report's months to date.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const periods = (text: string, asOf: string) => extractFigures(text, { asOf }).map((f) => `${f.value} ${f.period}`);

describe('当月 in a sentence holding no figure', () => {
  it('is the time of the part after it', () => {
    const read = () =>
      periods('4月以来,疫情防控进入常态化。全省大部分城市当月生产形势较3月有所好转。其中,阜新增长5.1%,沈阳增长2.3%。', '2020年1-4月');
    expect(read()).toEqual(['5.1 2020年4月', '2.3 2020年4月']);
  });

  it('a 当月 among figures stays a part of what they sum; a sentence without 当月 leaves the months to date', () => {
    const part = () => periods('1-8月,规模工业增加值增长8.9%,当月增幅列全省第三。其中,阜新增长5.1%。', '2020年1-8月');
    expect(part()).toEqual(['8.9 1-8月', '三 2020年8月', '5.1 1-8月']);
    const none = () => periods('全省大部分城市生产形势有所好转。其中,阜新增长5.1%。', '2020年1-4月');
    expect(none()).toEqual(['5.1 2020年1-4月']);
  });
});
