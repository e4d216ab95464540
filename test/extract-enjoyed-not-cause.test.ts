/**
 * 受 after 享, 接 or 承 (享受, 接受, 承受) is part of a verb, never the 受 of a cause ("受疫情影响"): what was enjoyed
 * stays in the label, not cut off after 享.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 江苏 2023, a 繁體 copy (http://www.dps-hk.com.cn/index.php/news/info/20753.html; test/corpus/jiangsu-2023-industry-traditional).
const JIANGSU_2023 = '同時,全省還扎實抓好國家先進制造業企業增值稅加計抵減等惠企政策落實,累計2.2萬家企業享受增值稅加計抵減額超100億元。';

describe('享受 is no cause', () => {
  it('keeps what was enjoyed in the label ("企业享受增值税加计抵减额超100亿元", 江苏 2023)', () => {
    const x = the(JIANGSU_2023, '100', { asOf: '2023年' });
    expect(x.label).toMatch(/增值稅加計抵減額$/u);
    expect(x.qualifier).toBe('超');
  });

  it('while a cause is still cut ("受疫情影响")', () => {
    expect(the('全市规上工业企业受疫情影响产值下降5.2%。', '5.2').label).not.toMatch(/疫情/u);
  });
});
