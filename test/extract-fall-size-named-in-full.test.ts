/**
 * A fall's size named in full (下降幅度, 降低幅度, 减少幅度) is a fall, as 降幅 is; 增长幅度 a rise, as 增幅: "而仪器仪表、
 * 航空航天和电子计算机及办公设备制造业则出现下降趋势,下降幅度均超过10%" (常州 2014 上半年 工业投资, held-out set 50)
 * was read as a share of +10%.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('a fall’s size named in full (下降幅度)', () => {
  it('is a fall, its bound kept', () => {
    const s =
      '增长相对滞后的新能源、电子通讯设备和医药制造业呈个位数增长,而仪器仪表、航空航天和电子计算机及办公设备制造业则出现下降趋势,下降幅度均超过10%。';
    const f = the(s, '10', { asOf: '2014年1-6月' });
    expect(f.number).toBe(-10);
    expect(f.kind).toBe('growth');
    expect(f.qualifier).toBe('超过');
  });
  it('is a fall after 降低幅度 and 减少幅度 too, and 增长幅度 a rise', () => {
    expect(the('纺织业降低幅度为10%。', '10').number).toBe(-10);
    expect(the('纺织业减少幅度为10%。', '10').number).toBe(-10);
    const up = the('纺织业增长幅度为10%。', '10');
    expect(up.number).toBe(10);
    expect(up.kind).toBe('growth');
  });
});
