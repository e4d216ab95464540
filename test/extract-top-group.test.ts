/**
 * The first N of a ranking said of what follows with 的 ("居制造业前10位的行业中") name a group, not a place of a
 * subject: no figure. Said of the subject before it ("比重居前3位,分别为…", "储量排名全国前10位") it is one, a rank.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

describe('the first N places', () => {
  it('before 的 and what they hold name a group: no figure', () => {
    // 赣州 2020 1-9月, 市统计局 (held-out set 25).
    const text =
      '全市35个工业行业大类中,1-9月有17个行业增加值实现正增长,增长面为48.6%。其中居制造业前10位的行业中,电气机械和器材制造业,纺织服装、服饰业,化学原料和化学制品制造业增势抢眼,分别增长15.4%、25.3%、22.0%。';
    expect(extractFigures(text, { asOf: '2020年1-9月' }).map((f) => f.value + f.unit)).toEqual([
      '35个',
      '17个',
      '48.6%',
      '15.4%',
      '25.3%',
      '22.0%',
    ]);
  });

  it('said of the subject before them are its rank', () => {
    expect(the('化学原料和化学制品制造业、农副食品加工业所占比重居前3位,分别为14.1%、13%。', '3').kind).toBe('rank');
    expect(the('其中50种储量排名全国前10位。', '10').kind).toBe('rank');
  });
});
