/**
 * A headline that sets results against what was expected ("好于预期", "超预期") heads a year's results, not a list of
 * targets: "2020年十堰工业经济好于预期 实现规上工业总产值2201.3亿" (十堰广电 on 市经信局 figures, held-out set 36) had
 * every figure under it read as a target.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract/index';
import { opensTargets } from '../src/shared/extract/status';
import { the } from './extract-helpers';

const SHIYAN = [
  '2020年十堰工业经济好于预期 实现规上工业总产值2201.3亿',
  '',
  '统计显示,2020年,全市规模以上工业企业完成工业总产值2201.3亿元,同比下降仅为3.3%,降幅较一季度收窄41.1个百分点以上。规模以上工业增加值同比下降3.8%,降幅比一季度收窄38.9个百分点。',
].join('\n');

describe('a headline of results beating expectations', () => {
  it('leaves the figures under it results', () => {
    for (const v of ['41.1', '3.8', '38.9']) expect(the(SHIYAN, v, { asOf: '2020年' }).status).toBe('actual');
    const totals = extractFigures(SHIYAN, { asOf: '2020年' }).filter((f) => f.value === '2201.3');
    expect(totals.map((f) => f.status)).toEqual(['actual', 'actual']);
  });

  it('does not open targets, while a heading of targets still does', () => {
    expect(opensTargets('2020年十堰工业经济好于预期 实现规上工业总产值2201.3亿')).toBe(false);
    expect(opensTargets('一季度经济运行超预期')).toBe(false);
    expect(opensTargets('二、2018年发展主要预期目标')).toBe(true);
    expect(opensTargets('2021年预期目标')).toBe(true);
  });
});
