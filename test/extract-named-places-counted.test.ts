/**
 * A whole number right after the names of as many places, before one place noun (市, 县, 区…), counts them, the
 * counter left out, as "22县区" does: "其中,阜新、沈阳、盘锦、铁岭、大连、丹东6市已经实现正增长" (辽宁 2020 4月, held-out
 * set 54): 6市 was not read.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2020年4月' }).map((f) => `${f.value}${f.unit} ${f.label} ${f.kind}`);

describe('places named, then counted with one place noun', () => {
  it('is a count of the places, labelled by their noun', () => {
    const liaoning = () => read('辽宁省大部分城市当月生产形势较3月有所好转。其中,阜新、沈阳、盘锦、铁岭、大连、丹东6市已经实现正增长。');
    expect(liaoning()).toEqual(['6 市 count']);
    // 等 closing the names.
    const shanxi = () => read('太原、运城、长治、吕梁、大同、晋中、阳泉、忻州、晋城等9市实现增长。');
    expect(shanxi()).toEqual(['9 市 count']);
  });

  it('not when the names are not as many as the number, nor without names before it', () => {
    expect(read('其中,阜新、沈阳6市已经实现正增长。')).toEqual([]);
    expect(read('其中,全省6市已经实现正增长。')).toEqual([]);
  });
});
