/**
 * A total named as such before 的 and a count ("总投资166.25亿元的37个项目", 封丘县's 2025 政府工作报告 on 2024, held-out
 * set 49) is the sum of the things counted, a figure: it was dropped as what each of them passes, as "超1000亿元的2个" is.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

const FENGQIU =
  '区域协同发展平稳有序。深入践行“长封一体化”发展战略,协同推进城南新区和飞地产业园区建设,总投资166.25亿元的37个项目,累计完成投资68.39亿元,2024年完成投资19.23亿元,目前已完工项目13个。';

describe('a total before the things it sums', () => {
  it('reads 总投资…亿元的N个项目 as the total, and the projects counted', () => {
    const f = the(FENGQIU, '166.25', { asOf: '2024年' });
    expect([f.number, f.unit, f.kind]).toEqual([166.25, '亿元', 'level']);
    expect(f.label).toContain('总投资');
    expect(the(FENGQIU, '37', { asOf: '2024年' }).kind).toBe('count');
  });

  it('with 投资总额', () => {
    expect(the('全年实施投资总额52亿元的12个重点项目。', '52').number).toBe(52);
  });

  it('keeps an amount each thing counted passes a class, no figure', () => {
    const values = extractFigures('年营业收入超1000亿元的2个,超500亿元的5个。').map((f) => f.value);
    expect(values).not.toContain('1000');
    expect(values).not.toContain('500');
  });
});
