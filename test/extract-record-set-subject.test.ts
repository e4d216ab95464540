/**
 * A measure and the record it set ("新增规模以上企业数量创历史新高"), in a clause with no figure, names the subject of
 * the bare figures after it (2006年增加757家), not the report's title or the figure before.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 安徽 2009 上半年, 新华社 (https://6462a5.com/list_1/1029.html.html).
const ANHUI =
  '安徽2009年上半年县域经济和小企业发展异军突起\n小企业发展快于大中型企业,上半年小企业工业增加值增长32.5%,高于大中型企业23.8个百分点,对工业增长贡献率达到73.5%。\n' +
  '此外,上半年全省新增规模以上企业数量创历史新高,2006年增加757家,2007年增加2045家,2008年增加2402家。';

describe('X创历史新高, 2006年增加757家', () => {
  it('is X’s', () => {
    expect(the(ANHUI, '757').label).toContain('新增规模以上企业数量');
    expect(the(ANHUI, '2402').label).toContain('新增规模以上企业数量');
  });
  it('leaves a record set by a figure’s own clause alone', () => {
    expect(the('全市工业用电量12.3亿千瓦时,创历史新高,同比增长8%。', '8').label).toBe('工业用电量增速');
  });
});
