/**
 * An industry and how it fared, then its figures in the next clause: "X增长势头迅猛" is X (as "X发展势头良好" was), and
 * "五大产业中X" (the group it is one of, before 中) is X too.
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

// 常州 2011 前11个月 (https://tjj.changzhou.gov.cn/html/tjj/2011/OPOEMFCL_0111/4637.html).
const CHANGZHOU = '五大产业中新能源产业增长势头迅猛,当月完成产值33.8亿元,增速实现翻番,同比增长118.1%;累计完成产值273.1亿元,同比增长61.3%。';

describe('X增长势头迅猛, …产值', () => {
  it('is X’s', () => {
    expect(the(CHANGZHOU, '33.8').label).toBe('新能源产业产值');
    expect(the(CHANGZHOU, '273.1').label).toBe('新能源产业产值');
    expect(the('电子信息产业增长态势良好,实现产值20亿元。', '20').label).toBe('电子信息产业产值');
  });
});
