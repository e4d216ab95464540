/**
 * 仅 between a verb of change and its number says how little the figure moved, not what it is: "同比下降仅3.3%" and
 * "同比下降仅为3.3%" (十堰's 2020 industry results, held-out set 36) are falls of 3.3%, not a share of 3.3%.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHIYAN =
  '2020年,我市面对复杂多变的经济形势,工业经济发展好于预期,实现规模以上工业总产值2201.3亿元,同比下降仅3.3%,降幅较一季度收窄41个百分点。';
const SHIYAN_AGAIN = '统计显示,2020年,全市规模以上工业企业完成工业总产值2201.3亿元,同比下降仅为3.3%,降幅较一季度收窄41.1个百分点以上。';

describe('仅 after a verb of change', () => {
  it('leaves the verb governing the number: a fall stays a fall', () => {
    for (const text of [SHIYAN, SHIYAN_AGAIN]) {
      const f = the(text, '3.3', { asOf: '2020年' });
      expect(f.number).toBe(-3.3);
      expect(f.kind).toBe('growth');
    }
  });

  it('reads a rise and 只 the same way, and a rate named before 仅为 as it was', () => {
    const text = '全市工业投资增长仅0.5%,出口交货值增加只有1.2%,规上工业增加值增速仅为3.4%。';
    expect(the(text, '0.5')).toMatchObject({ number: 0.5, kind: 'growth' });
    expect(the(text, '1.2')).toMatchObject({ number: 1.2, kind: 'growth' });
    expect(the(text, '3.4')).toMatchObject({ number: 3.4, kind: 'growth' });
  });

  it('keeps 下降为 the level a figure fell to', () => {
    const f = the('全市城镇登记失业率下降为3.1%。', '3.1');
    expect(f.number).toBe(3.1);
    expect(f.kind).not.toBe('growth');
  });
});
