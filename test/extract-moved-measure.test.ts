/**
 * A verb of change before the measure it moves, the number after both (held-out set 35): the measure's change, not
 * its level or a share.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

const SHANGHAI =
  '同时,上海“十一五”以来累计淘汰落后产能3600多个,减少产值超过1000亿元,节约标煤超过500万吨。建立“批项目、核能耗”制度,加强新建项目节能评估与审查,重大项目平均核减能耗5%以上。';
// 山西 2017 政府工作报告 (中新社, traditional): the output cut, a noun between verb and measure.
const SHANXI = '2016年,山西省退出煤炭產能2325萬噸,居中國第一位。淘汰鋼鐵產能82萬噸,全年壓減煤炭產量1.43億噸,占中國煤炭減量的40%左右。';

describe('减少产值, 核减能耗, 压减煤炭产量 before a number', () => {
  it('is a fall of that measure', () => {
    expect(the(SHANGHAI, '1000', { asOf: '2011年' })).toMatchObject({ number: -1000, kind: 'change', qualifier: '超过' });
    expect(the(SHANGHAI, '5', { asOf: '2011年' })).toMatchObject({ number: -5, kind: 'growth', qualifier: '以上' });
    expect(the(SHANXI, '1.43')).toMatchObject({ number: -1.43, kind: 'change' });
  });

  it('leaves a saving, a count and the noun 增加值 alone', () => {
    expect(the(SHANGHAI, '500', { asOf: '2011年' })).toMatchObject({ number: 500, kind: 'level' });
    expect(the(SHANGHAI, '3600', { asOf: '2011年' })).toMatchObject({ number: 3600, kind: 'count' });
    expect(the('全市规模以上工业增加值603.95亿元,增加收入12亿元。', '603.95')).toMatchObject({ number: 603.95, kind: 'level' });
    expect(the('全市规模以上工业增加值603.95亿元,增加收入12亿元。', '12')).toMatchObject({ number: 12, kind: 'change' });
    // 陕西 2007 (台灣網, traditional, held-out set 35): 增加值能耗 is the noun 增加值's energy use, not 增加 moving it.
    const shaanxi = '單位工業增加值能耗2.270噸標準煤/萬元,下降7.81%,列全國第十位、西部省區第三位。';
    expect(the(shaanxi, '2.270').kind).toBe('level');
  });
});
