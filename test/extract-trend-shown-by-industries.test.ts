/**
 * Industries named with the trend they show ("而…制造业则出现下降趋势") own the size of that trend in the next clause
 * ("下降幅度均超过10%"), not the industry of the figure before. 常州's 2014 上半年 工业投资 report
 * (test/corpus/changzhou-2014-h1-industrial-investment.txt).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const CHANGZHOU =
  '高新技术产业分行业看,比重最大的智能装备制造业完成投资165.8亿元,增长34.7%;增速最快的新材料制造业完成投资71.2亿元,' +
  '增长38.6%;增长相对滞后的新能源、电子通讯设备和医药制造业呈个位数增长,而仪器仪表、航空航天和电子计算机及办公设备制造业' +
  '则出现下降趋势,下降幅度均超过10%。';

const read = () => extractFigures(CHANGZHOU, { asOf: '2014年上半年' });

describe('the trend industries show', () => {
  it('"下降幅度均超过10%" is of 仪器仪表、航空航天…制造业, a fall', () => {
    const f = read().find((x) => x.value === '10');
    expect(f?.label).toMatch(/^仪器仪表、航空航天和电子计算机及办公设备制造业/u);
    expect(f?.number).toBe(-10);
  });

  it('the figures before keep their own industries', () => {
    expect(read().find((x) => x.value === '38.6')?.label).toMatch(/^新材料制造业/u);
  });
});
