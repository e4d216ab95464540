/**
 * The expectation a figure did better or worse than ("好于下降7%的预期") is of the figure before's subject, not of 好于.
 * 山西's 2016 政府工作报告 as a news report gave it (a 繁體 copy, held-out set 38,
 * test/corpus/shanxi-2016-government-work-traditional.txt).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';

const SHANXI =
  '樓陽生表示,2016年,山西全社會固定資產投資增長1%左右,低于預期11個百分點;社會消費品零售總額增長7%左右,高于預期1.5個百分點;' +
  '一般公共預算收入下降5.2%,好于下降7%的預期;';

describe('an expectation compared with', () => {
  it('"好于下降7%的预期" is 一般公共預算收入’s expected fall', () => {
    const f = extractFigures(SHANXI, { asOf: '2016年' }).filter((x) => x.value === '7')[1];
    expect([f.label, f.number, f.status]).toEqual(['一般公共預算收入增速', -7, 'target']);
  });

  it('the figures before keep their own subjects', () => {
    const read = () => extractFigures(SHANXI, { asOf: '2016年' });
    expect(read().find((x) => x.value === '5.2')?.label).toBe('一般公共預算收入增速');
    expect(read().filter((x) => x.value === '7')[0].label).toBe('社會消費品零售總額增速');
  });
});
