/**
 * 产销 with two figures is what was made, then what was sold: the first figure is relabelled after the second is read
 * (figure-label.ts, read-sentence.ts). The relabelling is of that pair only: the sentences after it are read as
 * before. Written from extract-index's survivors (session 27): with the relabelling left on, the next sentence's
 * first figure looked for a figure before it that its sentence does not have, and the whole text failed to read.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// 新华社 on 中国汽车工业协会's figures for 2004's first half (http://auto.sohu.com/20040729/n221258869.shtml).
const TOP_TEN =
  '第十名是金杯汽车股份有限公司,产销量为56535辆和52520辆。 这十家企业上半年产销增幅最大的是北汽,双双增长70%以上,销量超过第四名东风汽车。';

describe('a pair made and sold, then another sentence', () => {
  it('labels the pair made, then sold', () => {
    expect(the(TOP_TEN, '56535')).toMatchObject({ unit: '辆', kind: 'level', label: '产量' });
    expect(the(TOP_TEN, '52520')).toMatchObject({ unit: '辆', kind: 'level', label: '销量' });
  });

  it('reads the next sentence’s figures as they are', () => {
    expect(extractFigures(TOP_TEN).map((f) => f.value)).toEqual(['十', '56535', '52520', '70', '四']);
    expect(the(TOP_TEN, '70')).toMatchObject({ unit: '%', kind: 'growth', qualifier: '以上', period: '上半年' });
  });
});
