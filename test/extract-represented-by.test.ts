/**
 * "以X等为代表的Y": the examples Y is represented by (or the core it is built on: 以…为主的) are not the subject; Y is.
 * 为 there is no verb ending the subject (as in "占比为7.9%").
 */
import { describe, expect, it } from 'vitest';
import { the } from './extract-helpers';

describe('以…为代表的', () => {
  it('leaves the industry after it as the subject', () => {
    // 三明 2023 1-4月 (http://tjj.sm.gov.cn/xxgk/tjzl/tjxx/202306/t20230601_1911217.htm).
    const text = '其中钢铁与装备制造产业增长9.3%,增速高于全市规上工业增速8.3个百分点;以氟化工、石墨稀等为代表的新材料产业增长2.5%。';
    expect(the(text, '2.5').label).toBe('新材料产业增速');
    expect(the('其中,以新能源汽车为主的汽车制造业增加值增长20.3%。', '20.3').label).toBe('汽车制造业增加值增速');
  });
  it('keeps 为 a verb elsewhere', () => {
    expect(the('高技术产业增加值占全市规模工业的比重为7.9%。', '7.9').label).toBe('高技术产业增加值占全市规模工业的比重');
  });
});
