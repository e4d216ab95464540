/**
 * A place held among a counted group that a region, not the whole country or province, scopes: "2016年,全市工业增速
 * 在中部6个省会城市中排第1位" (the lead's reading of an imported report's slide, issue 19; the corpus's own is "我市工业增速在
 * 全国27个省会城市中排名第3位", 郑州 2015, test/corpus/zhengzhou-2015-q3-industry) is the place of the rate, 工业增速位次,
 * and 6个 counts the 省会城市 compared against, as the corpus annotates 27个. The place was labelled 省会城市中排位次,
 * naming the places it is held among instead of what is placed; after a measure in the clause before ("…增长9.8%,增速在
 * 中部6个省会城市中排第1位") it is that measure's rate's place.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const read = (text: string) => extractFigures(text, { asOf: '2016年' });
const rank = (text: string) => read(text).find((f) => f.kind === 'rank');

describe('a place among a counted group a region scopes', () => {
  it('is the place of what stands before 在 (中部6个省会城市)', () => {
    const figures = read('2016年,全市工业增速在中部6个省会城市中排第1位。');
    expect(figures.map((f) => [f.value, f.label, f.kind])).toEqual([
      ['6', '省会城市', 'count'],
      ['1', '工业增速位次', 'rank'],
    ]);
    expect(rank('2016年,全市工业增速在中部地区6个省会城市中排名第1位。')?.label).toBe('工业增速位次');
  });

  it('is the place of the rate of the measure before, its 增速 bare', () => {
    expect(rank('全市规模以上工业增加值增长9.8%,增速在中部6个省会城市中排第1位。')?.label).toBe('规模以上工业增加值增速位次');
    expect(rank('全市规模以上工业增加值增长9.8%,增速在长三角16个城市中列第1位。')?.label).toBe('规模以上工业增加值增速位次');
  });

  it('as it was among a group the whole country scopes (郑州 2015)', () => {
    expect(rank('预计前三季度,我市工业增速在全国27个省会城市中排名第3位。')?.label).toBe('工业增速位次');
  });
});
