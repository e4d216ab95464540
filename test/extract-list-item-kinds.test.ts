/**
 * Figures listed with 、 after one subject ("区属地区生产总值达到379.95亿元、增长9.3%"): an item of the list of another
 * kind than its lead (a growth rate or an amount added after an amount) is labelled for its own kind, not with the
 * lead's label (index.ts, the label of an item of a run with the lead's subject).
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('an item of a 、 list of another kind than the lead', () => {
  it('is labelled for its own kind: the rates after the amounts (涪城 2018, written in traditional characters)', () => {
    const text =
      '2018年涪城全區經濟社會發展取得顯著成效。區屬地區生產總值達到379.95億元、增長9.3%;全社會固定資產投資207.11億元、增長13.1%;地方一般公共預算收入20.84億元、增長9.7%。';
    expect(labels(text, ['379.95', '9.3', '207.11', '13.1', '9.7'])).toEqual([
      '區屬地區生產總值',
      '區屬地區生產總值增速',
      '全社會固定資產投資',
      '全社會固定資產投資增速',
      '地方一般公共預算收入增速',
    ]);
  });

  it('is labelled for its own kind in the same unit: the amount added after the amount', () => {
    const text = '地方一般公共预算收入20.84亿元、增加2.1亿元。';
    expect(labels(text, ['20.84', '2.1'])).toEqual(['地方一般公共预算收入', '地方一般公共预算收入变化']);
  });
});
