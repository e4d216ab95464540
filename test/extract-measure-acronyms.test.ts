/**
 * A number glued to the Latin name of a measure (GDP762 億元) is that measure's value, not part of a code (5G, PM2.5,
 * C919); and the economy's output owns no measure named bare after it (營業收入 is no GDP營業收入).
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/shared/extract';
import { the } from './extract-helpers';

// A 高新区's 2017 review (http://www.shannonangel.com/news/show-67461.html).
const REVIEW =
  '一、經濟運行總體平穩。全年實現 GDP762 億元,同比增長 1.2%;營業收入 2124.3 億元,同比下降 8.8%;工業總產值 2057.3 億元,同比下降 6.7%。';

describe('GDP762 億元', () => {
  it('is the GDP, and its rate is the GDP’s', () => {
    const f = the(REVIEW, '762');
    expect([f.unit, f.label, f.kind]).toEqual(['億元', 'GDP', 'level']);
    expect(the(REVIEW, '1.2').label).toBe('GDP增速');
  });
  it('lends no owner to the bare measure after it', () => {
    expect(the(REVIEW, '2124.3').label).toBe('營業收入');
    expect(the('全年实现地区生产总值762亿元,同比增长1.2%;营业收入2124.3亿元,同比下降8.8%。', '2124.3').label).toBe('营业收入');
  });
  it('leaves codes glued to letters alone', () => {
    expect(extractFigures('PM2.5浓度下降5%,5G基站新增300个,C919交付3架。').map((x) => x.value)).toEqual(['5', '300', '3']);
    expect(extractFigures('型号ABGDP762已停产。').map((x) => x.value)).toEqual([]);
  });
});
