/**
 * The second end of a range ("增长6%-6.5%", "12%至15%") is written right after the first with only a dash, 至 or 到
 * between; a figure after a word that only opens with 到 (到位资金) is a figure of its own.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('到 opening the words before a figure', () => {
  it('is no range: 到位资金 is the figure’s own subject', () => {
    const text = '全年招商引资签约项目15个到位资金20亿元。';
    expect(the(text, '20')).toMatchObject({ label: '到位资金', kind: 'level' });
    expect(the(text, '15')).toMatchObject({ label: '招商引资签约项目', kind: 'count' });
  });
});

describe('a figure in brackets', () => {
  it('is the figure before in another unit only right after it ("减少815千公顷（1222万亩）"); after words of its own it is theirs', () => {
    const area = '全市粮食播种面积减少815千公顷（1222万亩）。';
    expect(the(area, '1222')).toMatchObject({ label: '粮食播种面积变化', number: -1222 });
    expect(the('全年引进项目120个总投资（85亿元）。', '85')).toMatchObject({ label: '总投资', kind: 'level' });
  });
});
