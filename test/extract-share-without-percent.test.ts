/**
 * A share whose % the page left out: "占全市规上工业增加值比重达45.9,比上半年提升2.6个百分点" (楚雄市 2023 前三季度,
 * http://www.cxs.gov.cn/info/egovinfo/1016/xxgkcontent/cxs006-/2023-1129021.htm, held-out set 38) lost the figure,
 * a number without a unit being no figure. A number with decimals right after 比重/占比 (and 达, 为) that ends its
 * clause is now that share, its unit as written (none).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const CHUXIONG = '前三季度,非烟工业增加值增长13.4%,比上半年提升2.7个百分点,占全市规上工业增加值比重达45.9,比上半年提升2.6个百分点。';

describe('a share with its % left out', () => {
  it('is read, a share with no unit, of the noun it is a share of', () => {
    const f = extractFigures(CHUXIONG, { asOf: '2023年前三季度' }).find((x) => x.value === '45.9');
    expect(f).toMatchObject({ number: 45.9, unit: '', kind: 'share', period: '前三季度' });
    expect(f?.label).toContain('非烟工业');
    expect(extractFigures(CHUXIONG, { asOf: '2023年前三季度' }).map((x) => x.value)).toEqual(['13.4', '2.7', '45.9', '2.6']);
  });

  it('not a whole number there, nor a number the clause goes on from, nor one after another verb', () => {
    const values = (text: string) => extractFigures(text, { asOf: '2023年' }).map((x) => x.value);
    expect(values('高新技术产业占比为3,居全省前列。')).toEqual([]);
    expect(values('占全市比重达45.9和46.2,比上年提高。')).toEqual([]);
    expect(values('占比提高0.5,居全省前列。')).toEqual([]);
  });
});
