/** "比去年新增3637元": an amount added since the year before is a change of the level just given, as 比去年增加 is. */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('比去年新增', () => {
  it('is a change', () => {
    // 长顺县 2016 统计公报 (http://www.ilynn.cn/document_detail/11374.html).
    const text = '全年人均地區生產總值達28322元,比去年新增3637元,增長12.7%。';
    expect(the(text, '3637').kind).toBe('change');
    expect(the(text, '28322').kind).toBe('level');
  });
  it('while firms 新增 are counted', () => {
    expect(the('全年新增规上工业企业12家。', '12').kind).toBe('count');
  });
});
