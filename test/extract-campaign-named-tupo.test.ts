/**
 * 突破 then a name and its rise ("突破平度莱西增长51.4%") opens the name of what rose (青岛's 突破平度莱西 攻势), not a
 * predicate: the label is that name, not the clause's before it. 突破 before a number stays the verb it is.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 青岛 2020 1-5月 (http://news.bandao.cn/a/381997.html; test/corpus/qingdao-2020-05-industry).
const QINGDAO_2020 =
  '从15个攻势看,监测的9大攻势中有7个攻势投资保持增长,其中,海洋攻势投资增长3.8%,军民融合增长19.8%,乡村振兴增长33.3%,突破平度莱西增长51.4%,民营经济增长12.8%,科技引领增长64.3%,城市品质改善增长8.5%。';

describe('突破 before a name and its rise', () => {
  it('labels the figure with the name (青岛 2020)', () => {
    expect(the(QINGDAO_2020, '51.4', { asOf: '2020年1-5月' }).label).toMatch(/平度莱西/u);
    expect(the(QINGDAO_2020, '33.3', { asOf: '2020年1-5月' }).label).toMatch(/^乡村振兴/u);
  });

  it('leaves 突破 before a number the verb ("销售收入突破1300亿元")', () => {
    expect(the('全市规上工业销售收入突破1300亿元,增长8%。', '1300').label).toMatch(/销售收入/u);
    expect(the('全市规上工业销售收入突破1300亿元,增长8%。', '1300').label).not.toMatch(/突破/u);
  });
});
