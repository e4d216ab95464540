/**
 * 计划 before a rise (计划增长, 计划达到, 计划实现) makes the rest of its sentence targets, as 将 and 要 do, up to a clause
 * of results: "2023年全区规模以上工业计划增长10%以上,绿色工业固定资产投资增长10%以上、完成投资127亿元" (西藏 2022,
 * 中国西藏新闻网 2023-04-08, http://www.muslem.net.cn/hongguan/2023/04/08/107574.html, held-out set 44) read the
 * investment's rise and amount, the plan's too, as results.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const statuses = (text: string, asOf: string) => extractFigures(text, { asOf }).map((f) => [f.value, f.status]);

describe('计划 before a rise', () => {
  it('makes the clauses after it targets (西藏 2022, held-out set 44)', () => {
    const xizang =
      '“在绿色工业上,2023年全区规模以上工业计划增长10%以上,绿色工业固定资产投资增长10%以上、完成投资127亿元;在高新数字产业上,发展总体目标为数字经济计划增加值达230亿元,增长10%以上,高新数字产业计划完成投资23亿元,增长10%以上。”相关负责人告诉记者。';
    expect(statuses(xizang, '2023年一季度').map(([, s]) => s)).toEqual(Array(7).fill('target'));
  });

  it('not past a clause of results, nor in a sentence without it', () => {
    expect(statuses('全年规模以上工业增加值计划增长8%,实际增长9.2%。', '2022年')).toEqual([
      ['8', 'target'],
      ['9.2', 'actual'],
    ]);
    expect(statuses('全年规模以上工业增加值增长9.2%,固定资产投资增长10%。', '2022年').map(([, s]) => s)).toEqual(['actual', 'actual']);
  });
});
