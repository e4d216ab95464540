/**
 * A group's research institute named by its number ("中国电子科技集团34所", "中国电科38所") is a name, not institutes
 * counted (桂林 2011, 广西新闻网, held-out set 33); schools counted in 所 stay counts.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const GUILIN =
  '全年将完成园区基础设施建设投入12.5亿元,增长25%以上,新增入园项目100个,着力推动中国机械工业集团电工电子新材料生产基地、中国电子科技集团34所民品生产产业化等重大项目建设。';

describe('an institute by its number', () => {
  it('is no figure', () => {
    expect(extractFigures(GUILIN, { asOf: '2011年' }).map((f) => f.value)).toEqual(['12.5', '25', '100']);
    expect(extractFigures('中国电科38所、航天科工二院23所项目落户高新区。').map((f) => f.value)).toEqual([]);
  });

  it('schools counted in 所 stay counts', () => {
    const counted = extractFigures('全市新建学校12所,新增幼儿园5所。');
    expect(counted.map((f) => [f.value, f.unit, f.kind])).toEqual([
      ['12', '所', 'count'],
      ['5', '所', 'count'],
    ]);
  });
});
