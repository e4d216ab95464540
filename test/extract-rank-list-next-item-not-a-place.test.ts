/**
 * A place held, then 、 and no next place: "位居全国百强县投资潜力第3、新型城镇化质量第4、…" (长沙县 2022, held-out set 48)
 * reads the first item's measure only when the item after 、 is a measure and its place; when what follows 、 is no place
 * ("…第3、比上年提升2位") the place is read as any other, and the reading does not fail. Written from the survivors of
 * extract-subject's mutation run (session 32: figure-subject.ts, `ranked && next`).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

describe('a place held, then 、 and no next place', () => {
  it('is read without failing, and the move after it too', () => {
    const figures = extractFigures('位居全国县域经济第3、比上年提升2位。');
    expect(figures.map((f) => [f.value, f.kind])).toEqual([
      ['3', 'rank'],
      ['2', 'change'],
    ]);
  });
});
