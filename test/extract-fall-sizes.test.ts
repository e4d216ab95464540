/**
 * "降幅由年初的7.5%缩小到全年的0.3%": the rate a fall's size moved to is a fall too, -7.5 and -0.3. A fall written with
 * its sign ("降幅由年初的-7.5%缩小到全年的-0.3%") is read as written, not turned again; and a multiple is never turned
 * negative by the verb before it ("下降1.2倍": the report's own number).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const numbers = (text: string) => extractFigures(text).map((f) => f.number);

describe('the size of a fall', () => {
  it('is a fall, written without its sign', () => {
    expect(numbers('全市规模以上工业增加值降幅由年初的7.5%缩小到全年的0.3%。')).toEqual([-7.5, -0.3]);
  });

  it('is read as written with its sign', () => {
    expect(numbers('全市规模以上工业增加值降幅由年初的-7.5%缩小到全年的-0.3%。')).toEqual([-7.5, -0.3]);
  });
});

describe('a multiple after a verb of falling', () => {
  it('keeps the report’s number', () => {
    const [multiple] = extractFigures('全市规模以上工业利润比上年下降1.2倍。');
    expect([multiple.kind, multiple.number]).toEqual(['multiple', 1.2]);
  });
});
