/**
 * A ratio whose parts name no items ("轻重工业比例由41.8:58.2转为39.9:60.1"; "三次产业比例为8.5:46.2:45.3" names three
 * sectors, extract-three-sectors-named.test.ts): a 分别 list after it in the sentence is still read, each value with its
 * own kind and number.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

describe('a list after a ratio of unnamed parts', () => {
  it('is read after a ratio', () => {
    const figures = extractFigures('三次产业比例为8.5:46.2:45.3,分别增长5.1%、6.2%和7.3%。');
    expect(figures.map((f) => [f.value, f.kind])).toEqual([
      ['8.5', 'share'],
      ['46.2', 'share'],
      ['45.3', 'share'],
      ['5.1', 'growth'],
      ['6.2', 'growth'],
      ['7.3', 'growth'],
    ]);
    expect(figures[0].label).toBe('第一产业占比');
  });

  it('is read after a ratio moved to another', () => {
    const figures = extractFigures('轻重工业比例由41.8:58.2转为39.9:60.1,分别增长5.1%和6.2%。');
    expect(figures.map((f) => [f.value, f.kind])).toEqual([
      ['41.8', 'share'],
      ['58.2', 'share'],
      ['39.9', 'share'],
      ['60.1', 'share'],
      ['5.1', 'growth'],
      ['6.2', 'growth'],
    ]);
    expect(figures[2].label).toBe('轻重工业比例');
  });
});
