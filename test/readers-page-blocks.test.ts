/**
 * A saved page's blocks as lines, where pages from Word and old government sites differ from a clean article:
 * text set straight in a <div> beside its paragraphs, cells holding paragraphs with trailing spaces, rows with
 * empty cells at their ends, a table inside a layout table's cell. Issue 26: the mutation run of dom-lines.ts.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { domLines } from '../src/main/readers/dom-lines';

const lines = (html: string) => domLines(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as never);

describe('a page as lines, beyond clean paragraphs', () => {
  it('puts text set straight in a block on lines of its own, apart from the paragraphs beside it', () => {
    expect(lines('<div>来源：市统计局<p>全市规模以上工业增加值增长10.3%。</p>发布时间：2017年1月20日</div>')).toBe(
      '来源：市统计局\n全市规模以上工业增加值增长10.3%。\n发布时间：2017年1月20日',
    );
  });

  it('keeps no space before a cell’s tab when the cell holds a paragraph ending in a space (Word’s saved tables)', () => {
    expect(lines('<table><tr><td><p>工业增加值 </p></td><td><p>10.3% </p></td></tr></table>')).toBe('工业增加值\t10.3%');
  });

  it('starts and ends a row at its text: empty cells at either end leave no tab', () => {
    expect(
      lines(
        '<table><tr><td></td><td></td><td>2016年</td><td>增速</td></tr><tr><td>合计</td><td>603.95</td><td></td><td></td></tr></table>',
      ),
    ).toBe('2016年\t增速\n合计\t603.95');
  });

  it('gives a table inside a layout table’s cell its own lines: its caption and each row', () => {
    expect(
      lines(
        '<table><tr><td>2016年主要指标<table><caption>表1 工业</caption><tr><td>指标</td><td>增速</td></tr>' +
          '<tr><td>工业增加值</td><td>10.3%</td></tr></table>（数据来源：市统计局）</td></tr></table>',
      ),
    ).toBe('2016年主要指标\n表1 工业\n指标\t增速\n工业增加值\t10.3%\n（数据来源：市统计局）');
  });
});
