/**
 * How many times a record was set (N次刷新…, N次创…新高, N次打破…) is no figure of the report: "单日最高产量突破820辆,
 * 3次刷新历史最好成绩" (十堰 2020, 市经信局 figures, held-out set 36). Times done (培训50次) still are.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract/index';
import { the } from './extract-helpers';

const SHIYAN = '其中:东风商用车充分发挥关键支撑作用,单日最高产量突破820辆,3次刷新历史最好成绩,全年产销中重卡22万辆。';

describe('times a record was set', () => {
  it('are no figure; the figures around them stay', () => {
    const values = extractFigures(SHIYAN, { asOf: '2020年' }).map((f) => f.value);
    expect(values).toEqual(['820', '22']);
    expect(the(SHIYAN, '820', { asOf: '2020年' }).qualifier).toBe('突破');
  });

  it('also after 创 and 打破, while times done are counted', () => {
    const text = '全年开展技能培训50次,工业用电量2次创历史新高,1次打破单月纪录。';
    expect(extractFigures(text).map((f) => f.value)).toEqual(['50']);
  });
});
