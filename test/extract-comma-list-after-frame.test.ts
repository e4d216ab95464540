/**
 * A list of names set apart by commas (a page's ASCII commas read as ，) after a frame: "其中", "重点行业中", a period.
 * Each value of its 分别 list is its own name's, never the last name's for all of them.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

// 工信部 on December 2008 (chinanews.com.cn, 2009-02-01), its list as pages that write commas between names give it:
// "1-12月,冶金、有色、石化行业增加值分别增长10.5%、12.7%和7.5%".
const MIIT = '1-12月,冶金,有色,石化行业增加值分别增长10.5%,12.7%和7.5%。';

describe('names set apart by commas', () => {
  it('after a period: each value is its own name’s', () => {
    expect(labels(MIIT, ['10.5', '12.7', '7.5'])).toEqual(['冶金增加值增速', '有色增加值增速', '石化行业增加值增速']);
  });

  it('after 其中, in the first name’s clause or in its own', () => {
    // (made up, the brief's form) "钢铁、有色、建材增速分别为…" with commas.
    for (const text of ['其中钢铁,有色,建材增速分别为5.1%,3.2%,2.1%。', '其中,钢铁,有色,建材增速分别为5.1%,3.2%,2.1%。'])
      expect(labels(text, ['5.1', '3.2', '2.1'])).toEqual(['钢铁增速', '有色增速', '建材增速']);
  });

  it('after a frame ending in 中, and with no measure after the last name', () => {
    expect(labels('重点行业中,钢铁,有色,建材增速分别为5.1%,3.2%,2.1%。', ['5.1', '3.2', '2.1'])).toEqual([
      '钢铁增速',
      '有色增速',
      '建材增速',
    ]);
    expect(labels('1-10月,钢铁,有色,建材分别增长5.1%,3.2%,2.1%。', ['5.1', '3.2', '2.1'])).toEqual(['钢铁增速', '有色增速', '建材增速']);
  });
});
