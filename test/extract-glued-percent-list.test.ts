/**
 * A page that lost the 、 between the rates of a 分别 list glues them ("17.1%14.0%13.8%"): after 分别 they are the
 * list's items, each its own name's, as they are with a comma between.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

// 河北 2019 1-10月 高新技术产业 (http://tjj.hebei.gov.cn/hbstjj/sj/zxfb/101702088649267.html).
describe('分别增长17.1%14.0%13.8%11.9%5.4%', () => {
  it('gives each rate its own field', () => {
    const text = '新能源、新材料、生物、高端技术装备制造、电子信息五个领域分别增长17.1%14.0%13.8%11.9%5.4%,航空航天领域下降13.1%。';
    expect(labels(text, ['17.1', '14.0', '13.8', '11.9', '5.4'])).toEqual([
      '新能源增速',
      '新材料增速',
      '生物增速',
      '高端技术装备制造增速',
      '电子信息增速',
    ]);
  });
  it('but not rates glued with no 分别 before them', () => {
    expect(labels('工业增加值增长8.1%9月当月增长7.2%。', ['8.1'])).toEqual(['工业增加值增速']);
  });
});
