/**
 * The parts of a ratio are joined by a colon, ASCII or full-width ("6.4:5.8:87.8", "6.4：5.8：87.8"): only numbers
 * joined so are one ratio, whose parts are handed the items named before it (ratioJoint in index.ts). Two ratios
 * in one clause, the structure before and after it changed ("三次产业结构由…调整为…", the common wording of a work
 * report's review), are two: the second is not labelled by the verb between them.
 */
import { describe, expect, it } from 'vitest';
import { labels } from './extract-helpers';

describe('a ratio’s parts', () => {
  it('are joined by a full-width colon as by an ASCII one (华龙区 2025 前三季度, held-out set 15)', () => {
    const text = '前三季度,制造业、电热气水的供应业、采矿业增加值总量在全区规上工业增加值的占比为：6.4：5.8：87.8。';
    expect(labels(text, ['6.4', '5.8', '87.8'])).toEqual([
      '制造业增加值总量在全区规上工业增加值的占比',
      '电热气水的供应业增加值总量在全区规上工业增加值的占比',
      '采矿业增加值总量在全区规上工业增加值的占比',
    ]);
  });

  it('of a structure changed are of the structure, before the change and after it', () => {
    const text = '三次产业结构由上年的8.5:46.2:45.3调整为8.1:45.4:46.5。';
    // (Each the part of its sector: extract-three-sectors-named.test.ts.)
    expect(labels(text, ['8.5', '45.3', '8.1', '45.4', '46.5'])).toEqual([
      '第一产业占比',
      '第三产业占比',
      '第一产业占比',
      '第二产业占比',
      '第三产业占比',
    ]);
  });
});

describe('two ratios in one sentence', () => {
  it('are two: the first’s parts are its own items’ (两年的三次产业比例)', () => {
    const text = '农业、工业、服务业比例分别为8.5:46.2:45.3、9.1:40.2:50.7。';
    expect(labels(text, ['8.5', '46.2', '45.3'])).toEqual(['农业比例', '工业比例', '服务业比例']);
  });

  it('are two when a colon after the first opens a clause (…45.3：上年同期为…)', () => {
    const text = '农业、工业、服务业比例为8.5:46.2:45.3：上年同期为9.1:40.2:50.7。';
    expect(labels(text, ['8.5', '46.2', '45.3'])).toEqual(['农业比例', '工业比例', '服务业比例']);
  });
});
