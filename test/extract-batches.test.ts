/**
 * Batches in words (三批次) group what the figure after them counts: "全方位保障三批次135个重点项目建设" (中宁县 2025
 * 政府工作报告, https://www.znzf.gov.cn/xxgk/zfgzbg/202602/t20260212_5171293.html, held-out set 38) gave "三批" as a
 * figure (labelled 数据次), and the 135 projects its noun only while 三批 stood before them.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const ZHONGNING = '发展动能更加强劲。扎实开展“五比”活动,全方位保障三批次135个重点项目建设,超额完成开(复)工目标。';

describe('batches in words before a count', () => {
  it('are no figure; the count after them is of its noun', () => {
    const got = extractFigures(ZHONGNING, { asOf: '2025年' });
    expect(got.map((f) => [f.value, f.unit])).toEqual([['135', '个']]);
    expect(got[0]).toMatchObject({ kind: 'count', period: '2025年' });
    expect(got[0].label).toContain('重点项目');
  });
});
